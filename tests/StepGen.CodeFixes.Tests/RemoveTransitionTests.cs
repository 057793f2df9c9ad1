using Microsoft.CodeAnalysis.Testing;

namespace StepGen.CodeFixes.Tests;

using Verify = CodeFixVerifier<RemoveTransitionCodeFixProvider>;

/// <summary>SG1003 (Next and End) and SG1007 (Next or End on Choice, Succeed, Fail): the argument goes.</summary>
public class RemoveTransitionTests
{
    [Fact]
    public Task NextAndEnd_RemoveEnd_IsTheDefault() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Next = nameof(Done), End = {|SG1003:true|})]
            public partial class Prepare;

            [Succeed] public partial class Done;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Next = nameof(Done))]
            public partial class Prepare;

            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public Task NextAndEnd_RemoveNext_KeepsEnd() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Route))]
        public partial class Orders
        {
            [Choice(Default = nameof(Prepare))]
            [When("$.express == true", Next = nameof(Done))]
            public partial class Route;

            [Pass(
                Next = nameof(Done),
                End = {|SG1003:true|})]
            public partial class Prepare;

            [Succeed] public partial class Done;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Route))]
        public partial class Orders
        {
            [Choice(Default = nameof(Prepare))]
            [When("$.express == true", Next = nameof(Done))]
            public partial class Route;

            [Pass(
                End = true)]
            public partial class Prepare;

            [Succeed] public partial class Done;
        }
        """,
        "StepGen.SG1003.RemoveNext");

    [Fact]
    public Task NextAndEnd_RemoveEnd_OnItsOwnLine_KeepsTheParenthesisLine() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(
                Next = nameof(Done),
                End = {|SG1003:true|}
            )]
            public partial class Prepare;

            [Succeed] public partial class Done;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(
                Next = nameof(Done)
            )]
            public partial class Prepare;

            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public Task NextAndEnd_RemoveEnd_KeepsTheCommentAfterNext() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Next = nameof(Done), // on to the end
                  End = {|SG1003:true|})]
            public partial class Prepare;

            [Succeed] public partial class Done;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Next = nameof(Done) // on to the end
                  )]
            public partial class Prepare;

            [Succeed] public partial class Done;
        }
        """);

    [Fact]
    public Task NotAllowed_ACommentedArgumentInTheMiddle_GoesWithItsComment() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = nameof(Failed))] public partial class Charge;

            [Fail(
                Error = "Declined",
                // should never happen
                End = {|SG1007:true|},
                Cause = "The card was declined")]
            public partial class Failed;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = nameof(Failed))] public partial class Charge;

            [Fail(
                Error = "Declined",
                Cause = "The card was declined")]
            public partial class Failed;
        }
        """);

    [Fact]
    public Task NotAllowed_OnSucceed_DropsTheEmptyArgumentList() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = nameof(Charged))] public partial class Charge;
            [Succeed(End = {|SG1007:true|})] public partial class Charged;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Pass(Next = nameof(Charged))] public partial class Charge;
            [Succeed] public partial class Charged;
        }
        """,
        "StepGen.SG1007.Remove");

    [Fact]
    public Task NotAllowed_FirstArgument_TheNextTakesItsPlace() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Route))]
        public partial class Orders
        {
            [Choice(Next = {|SG1007:nameof(Done)|}, Default = nameof(Done))]
            [When("$.express == true", Next = nameof(Done))]
            public partial class Route;

            [Succeed] public partial class Done;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Route))]
        public partial class Orders
        {
            [Choice(Default = nameof(Done))]
            [When("$.express == true", Next = nameof(Done))]
            public partial class Route;

            [Succeed] public partial class Done;
        }
        """);

    /// <summary>
    /// Both arguments of one attribute in one Fix All pass: a text-merging batch fixer would see the two removals
    /// overlap at the comma between them and need a second pass.
    /// </summary>
    [Fact]
    public async Task NotAllowed_FixAll_RemovesNextAndEndOfOneAttribute_InOnePass()
    {
        var test = new Verify(
            """
            [StateMachine(StartAt = nameof(Charge))]
            public partial class Orders
            {
                [Pass(Next = nameof(Failed))] public partial class Charge;
                [Fail(Error = "Declined", Next = {|SG1007:nameof(Charge)|}, End = {|SG1007:false|})] public partial class Failed;
                [Succeed(Comment = "never", End = {|SG1007:true|})] public partial class Unused;
            }
            """,
            """
            [StateMachine(StartAt = nameof(Charge))]
            public partial class Orders
            {
                [Pass(Next = nameof(Failed))] public partial class Charge;
                [Fail(Error = "Declined")] public partial class Failed;
                [Succeed(Comment = "never")] public partial class Unused;
            }
            """)
        {
            NumberOfIncrementalIterations = 3,
            NumberOfFixAllIterations = 1,
        };
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("SG1005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithSpan(7, 6, 7, 13));
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("SG1005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithSpan(7, 6, 7, 13));
        await test.RunAsync();
    }

    [Fact]
    public async Task NextAndEnd_FixAll_RemoveNext_AcrossTheMachine()
    {
        var test = new Verify(
            """
            [StateMachine(StartAt = nameof(Route))]
            public partial class Orders
            {
                [Choice(Default = nameof(A))]
                [When("$.b == true", Next = nameof(B))]
                [When("$.done == true", Next = nameof(Done))]
                public partial class Route;

                [Pass(Next = nameof(Done), End = {|SG1003:true|})] public partial class A;
                [Pass(End = {|SG1003:true|}, Next = nameof(Done))] public partial class B;
                [Succeed] public partial class Done;
            }
            """,
            """
            [StateMachine(StartAt = nameof(Route))]
            public partial class Orders
            {
                [Choice(Default = nameof(A))]
                [When("$.b == true", Next = nameof(B))]
                [When("$.done == true", Next = nameof(Done))]
                public partial class Route;

                [Pass(End = true)] public partial class A;
                [Pass(End = true)] public partial class B;
                [Succeed] public partial class Done;
            }
            """)
        {
            CodeActionEquivalenceKey = "StepGen.SG1003.RemoveNext",
            CodeActionIndex = 1,
        };
        await test.RunAsync();
    }
}
