using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace StepGen.CodeFixes.Tests;

using Verify = CodeFixVerifier<StateReferenceCodeFixProvider>;

/// <summary>SG1004 and SG1001: a name that is no state becomes nameof(a close state), one action per candidate.</summary>
public class StateReferenceTests
{
    [Fact]
    public Task UnknownNext_BecomesNameofTheClosestState() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:charge", Next = {|SG1004:"Finsh"|})]
            public partial class Charge;

            [Succeed] public partial class Finish;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:charge", Next = nameof(Finish))]
            public partial class Charge;

            [Succeed] public partial class Finish;
        }
        """,
        "StepGen.SG1004.Target.1");

    private const string TwoCandidates = """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:charge", Next = {|SG1004:"Finsh"|})]
            [Catch("States.ALL", Next = nameof(Finch))]
            public partial class Charge;

            [Succeed] public partial class Finish;
            [Fail(Error = "Failed")] public partial class Finch;
        }
        """;

    [Fact]
    public Task TwoCandidates_TheClosestIsTheFirstAction() => Verify.VerifyAsync(
        TwoCandidates,
        TwoCandidates.Replace("{|SG1004:\"Finsh\"|}", "nameof(Finish)"));

    [Fact]
    public async Task TwoCandidates_TheSecondActionNamesTheOther()
    {
        var test = new Verify(TwoCandidates, TwoCandidates.Replace("{|SG1004:\"Finsh\"|}", "nameof(Finch)"))
        {
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = "StepGen.SG1004.Target.2",
            CodeActionVerifier = (action, verifier) => verifier.Equal("Use nameof(Finch)", action.Title),
        };

        // Finish is no longer reached from anywhere.
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("SG1005", DiagnosticSeverity.Warning).WithSpan(9, 6, 9, 13));
        await test.RunAsync();
    }

    [Fact]
    public Task ANameOverride_IsACandidate_AndNameofNamesItsClass() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = {|SG1004:"All dne"|})] public partial class Charge;
            [Succeed(Name = "All done")] public partial class Completed;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = nameof(Completed))] public partial class Charge;
            [Succeed(Name = "All done")] public partial class Completed;
        }
        """);

    [Fact]
    public Task ACaseDifference_IsFixed_AndTriviaAroundTheValueStays() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = /* where to */ {|SG1004:"finish"|} /* go */)] public partial class Charge;
            [Succeed] public partial class Finish;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = /* where to */ nameof(Finish) /* go */)] public partial class Charge;
            [Succeed] public partial class Finish;
        }
        """);

    /// <summary>The fixed code is the code: no action is offered. (SG1005 is held back while the scope has an SG1004.)</summary>
    [Fact]
    public Task NothingClose_NoFix() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = {|SG1004:"Completely different"|})] public partial class Charge;
            [Succeed] public partial class Finish;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = {|SG1004:"Completely different"|})] public partial class Charge;
            [Succeed] public partial class Finish;
        }
        """);

    [Fact]
    public Task InABranch_OnlyTheBranchsStatesAreCandidates() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Fan))]
        public partial class Orders
        {
            [Parallel(Branches = new[] { typeof(Left) }, Next = nameof(Finished))] public partial class Fan;
            [Succeed] public partial class Finished;

            [Branch(StartAt = nameof(Load))]
            public partial class Left
            {
                [Pass(Next = {|SG1004:"Finishd"|})] public partial class Load;
                [Succeed] public partial class Finish;
            }
        }
        """,
        """
        [StateMachine(StartAt = nameof(Fan))]
        public partial class Orders
        {
            [Parallel(Branches = new[] { typeof(Left) }, Next = nameof(Finished))] public partial class Fan;
            [Succeed] public partial class Finished;

            [Branch(StartAt = nameof(Load))]
            public partial class Left
            {
                [Pass(Next = nameof(Finish))] public partial class Load;
                [Succeed] public partial class Finish;
            }
        }
        """);

    [Fact]
    public Task FixAll_DefaultWhenAndCatch_AcrossDocuments() => new Verify(
        """
        [StateMachine(StartAt = nameof(Route))]
        public partial class Orders
        {
            [Choice(Default = {|SG1004:"Reviw"|})]
            [When("$.amount < 100", Next = {|SG1004:"Refnd"|})]
            public partial class Route;

            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:refund", Next = nameof(Review))]
            [Catch("States.ALL", Next = {|SG1004:"reveiw"|})]
            public partial class Refund;

            [Succeed] public partial class Review;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Route))]
        public partial class Orders
        {
            [Choice(Default = nameof(Review))]
            [When("$.amount < 100", Next = nameof(Refund))]
            public partial class Route;

            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:refund", Next = nameof(Review))]
            [Catch("States.ALL", Next = nameof(Review))]
            public partial class Refund;

            [Succeed] public partial class Review;
        }
        """)
    {
        TestState = { Sources = { ("Second.cs", Verify.Usings + SecondMachine.Replace("nameof(Done)", "{|SG1004:\"Don\"|}")) } },
        FixedState = { Sources = { ("Second.cs", Verify.Usings + SecondMachine) } },
    }.RunAsync();

    private const string SecondMachine = """
        [StateMachine(StartAt = nameof(Start))]
        public partial class Second
        {
            [Pass(Next = nameof(Done))] public partial class Start;
            [Succeed] public partial class Done;
        }
        """;

    [Fact]
    public Task StartAt_Unknown_BecomesNameofTheClosestState() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = {|SG1001:"Frist"|})]
        public partial class Orders
        {
            [Pass(Next = nameof(Done))] public partial class First;
            [Succeed] public partial class Done;
        }
        """,
        """
        [StateMachine(StartAt = nameof(First))]
        public partial class Orders
        {
            [Pass(Next = nameof(Done))] public partial class First;
            [Succeed] public partial class Done;
        }
        """,
        "StepGen.SG1001.StartAt.1");

    [Fact]
    public Task StartAt_Missing_IsAddedNamingTheFirstState() => Verify.VerifyAsync(
        """
        [{|SG1001:StateMachine|}(Comment = "orders")]
        public partial class Orders
        {
            [Pass(Next = nameof(Done))] public partial class First;
            [Succeed] public partial class Done;
        }
        """,
        """
        [StateMachine(Comment = "orders", StartAt = nameof(First))]
        public partial class Orders
        {
            [Pass(Next = nameof(Done))] public partial class First;
            [Succeed] public partial class Done;
        }
        """,
        "StepGen.SG1001.StartAt.1");

    [Fact]
    public Task StartAt_Null_NamesTheFirstState() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = {|SG1001:null|})]
        public partial class Orders
        {
            [Pass(Next = nameof(Done))] public partial class First;
            [Succeed] public partial class Done;
        }
        """,
        """
        [StateMachine(StartAt = nameof(First))]
        public partial class Orders
        {
            [Pass(Next = nameof(Done))] public partial class First;
            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public Task StartAt_OfABranch_NamesAStateOfThatBranch() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Fan))]
        public partial class Orders
        {
            [Parallel(Branches = new[] { typeof(Left) }, End = true)] public partial class Fan;

            [Branch(StartAt = {|SG1001:"Lod"|})]
            public partial class Left
            {
                [Pass(End = true)] public partial class Load;
            }
        }
        """,
        """
        [StateMachine(StartAt = nameof(Fan))]
        public partial class Orders
        {
            [Parallel(Branches = new[] { typeof(Left) }, End = true)] public partial class Fan;

            [Branch(StartAt = nameof(Load))]
            public partial class Left
            {
                [Pass(End = true)] public partial class Load;
            }
        }
        """);
}
