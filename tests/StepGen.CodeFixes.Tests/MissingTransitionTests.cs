using Microsoft.CodeAnalysis.Testing;

namespace StepGen.CodeFixes.Tests;

using Verify = CodeFixVerifier<MissingTransitionCodeFixProvider>;

/// <summary>SG1002: End = true by default, or Next = nameof(the state declared after it).</summary>
public class MissingTransitionTests
{
    [Fact]
    public Task SetEnd_AddsAnArgumentList_ToABareAttribute() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [{|SG1002:Pass|}]
            public partial class Prepare;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(End = true)]
            public partial class Prepare;
        }
        """,
        "StepGen.SG1002.SetEnd");

    [Fact]
    public Task SetEnd_IsTheDefaultAction_AndFollowsTheListsLayout() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [{|SG1002:Pass|}(Result = "{}",
                  ResultPath = "$.order") /* keep me */]
            public partial class Prepare;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Result = "{}",
                  ResultPath = "$.order",
                  End = true) /* keep me */]
            public partial class Prepare;
        }
        """);

    [Fact]
    public Task SetEnd_CopiesTheLineBreakAfterAComma_ButNotItsComment() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [{|SG1002:Pass|}(Result = "{}", // the order
                  ResultPath = "$.order")]
            public partial class Prepare;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Result = "{}", // the order
                  ResultPath = "$.order",
                  End = true)]
            public partial class Prepare;
        }
        """);

    [Fact]
    public Task SetEnd_FollowsTheSpacingAroundEquals() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [{|SG1002:Pass|}(Result="{}")] public partial class Prepare;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Result="{}", End=true)] public partial class Prepare;
        }
        """);

    [Fact]
    public Task SetEnd_KeepsACommentAfterTheLastArgument() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [{|SG1002:Pass|}(Result = "{}" // the order
            )]
            public partial class Prepare;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Result = "{}", End = true // the order
            )]
            public partial class Prepare;
        }
        """);

    [Fact]
    public Task SetEnd_TurnsEndFalseIntoTrue() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(End = {|SG1002:false|}, Comment = "first")] public partial class Prepare;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(End = true, Comment = "first")] public partial class Prepare;
        }
        """);

    [Fact]
    public Task SetNext_NamesTheStateDeclaredAfterIt() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Route))]
        public partial class Orders
        {
            [Choice(Default = nameof(Prepare))]
            [When("$.express == true", Next = nameof(Ship))]
            public partial class Route;

            [{|SG1002:Pass|}(Result = "{}")] public partial class Prepare;
            [Succeed] public partial class Ship;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Route))]
        public partial class Orders
        {
            [Choice(Default = nameof(Prepare))]
            [When("$.express == true", Next = nameof(Ship))]
            public partial class Route;

            [Pass(Result = "{}", Next = nameof(Ship))] public partial class Prepare;
            [Succeed] public partial class Ship;
        }
        """,
        "StepGen.SG1002.SetNext");

    [Fact]
    public Task SetNext_ReplacesEndFalse_InItsPlace() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(End = {|SG1002:false|}, Comment = "first")] public partial class Prepare;
            [{|SG1005:Succeed|}] public partial class Ship;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Next = nameof(Ship), Comment = "first")] public partial class Prepare;
            [Succeed] public partial class Ship;
        }
        """,
        "StepGen.SG1002.SetNext");

    [Fact]
    public Task SetNext_ReplacesANullNext() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [{|SG1002:Pass|}(Next = null)] public partial class Prepare;
            [{|SG1005:Succeed|}] public partial class Ship;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Next = nameof(Ship))] public partial class Prepare;
            [Succeed] public partial class Ship;
        }
        """,
        "StepGen.SG1002.SetNext");

    [Fact]
    public Task SetEnd_DropsANullNext() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [{|SG1002:Pass|}(Next = null, Comment = "only")] public partial class Prepare;
        }
        """,
        """
        [StateMachine(StartAt = nameof(Prepare))]
        public partial class Orders
        {
            [Pass(Comment = "only", End = true)] public partial class Prepare;
        }
        """,
        "StepGen.SG1002.SetEnd");

    [Fact]
    public Task SetNext_InABranch_NamesTheBranchsNextState() => Verify.VerifyAsync(
        """
        [StateMachine(StartAt = nameof(Fan))]
        public partial class Orders
        {
            [Parallel(Branches = new[] { typeof(Left) }, End = true)] public partial class Fan;

            [Branch(StartAt = nameof(Load))]
            public partial class Left
            {
                [{|SG1002:Pass|}] public partial class Load;
                [{|SG1005:Succeed|}] public partial class Done;
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
                [Pass(Next = nameof(Done))] public partial class Load;
                [Succeed] public partial class Done;
            }
        }
        """,
        "StepGen.SG1002.SetNext");

    [Fact]
    public async Task FixAll_SetNext_ChainsEveryStateToTheOneAfterIt_AndTheLastOneEnds()
    {
        // The last state has no following state, so Fix All with Next leaves it; End fixes it after.
        var test = new Verify(
            """
            [StateMachine(StartAt = nameof(A))]
            public partial class Orders
            {
                [{|SG1002:Pass|}] public partial class A;
                [{|SG1002:{|SG1005:Pass|}|}] public partial class B;
                [{|SG1002:{|SG1005:Wait|}|}(Seconds = 1)] public partial class C;
            }
            """,
            """
            [StateMachine(StartAt = nameof(A))]
            public partial class Orders
            {
                [Pass(Next = nameof(B))] public partial class A;
                [Pass(Next = nameof(C))] public partial class B;
                [{|SG1002:Wait|}(Seconds = 1)] public partial class C;
            }
            """)
        {
            CodeActionEquivalenceKey = "StepGen.SG1002.SetNext",
            CodeActionIndex = 1,
        };
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_SetEnd_AcrossDocuments()
    {
        var test = new Verify(
            """
            [StateMachine(StartAt = nameof(A))]
            public partial class First
            {
                [{|SG1002:Pass|}] public partial class A;
            }
            """,
            """
            [StateMachine(StartAt = nameof(A))]
            public partial class First
            {
                [Pass(End = true)] public partial class A;
            }
            """);
        test.TestState.Sources.Add(("Second.cs", Verify.Usings + """
            [StateMachine(StartAt = nameof(B))]
            public partial class Second
            {
                [{|SG1002:Task|}(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f")] public partial class B;
            }
            """));
        test.FixedState.Sources.Add(("Second.cs", Verify.Usings + """
            [StateMachine(StartAt = nameof(B))]
            public partial class Second
            {
                [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:f", End = true)] public partial class B;
            }
            """));
        await test.RunAsync();
    }
}
