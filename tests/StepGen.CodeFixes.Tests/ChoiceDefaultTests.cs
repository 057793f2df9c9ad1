using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace StepGen.CodeFixes.Tests;

using Verify = CodeFixVerifier<ChoiceDefaultCodeFixProvider>;

/// <summary>SG1018, a Choice without Default: Default = nameof(a Fail state of the same scope).</summary>
public class ChoiceDefaultTests
{
    private static DiagnosticResult NoDefault(int markup) => new DiagnosticResult("SG1018", DiagnosticSeverity.Warning).WithLocation(markup);

    [Fact]
    public async Task Default_NamesTheFailState()
    {
        var test = new Verify(
            """
            [StateMachine(StartAt = nameof(Route))]
            public partial class Refunds
            {
                [{|#0:Choice|}]
                [When("$.amount < 100", Next = nameof(AutoRefund))]
                public partial class Route;

                [Succeed] public partial class AutoRefund;
                [{|SG1005:Fail|}(Error = "NoRoute")] public partial class Unrouted;
            }
            """,
            """
            [StateMachine(StartAt = nameof(Route))]
            public partial class Refunds
            {
                [Choice(Default = nameof(Unrouted))]
                [When("$.amount < 100", Next = nameof(AutoRefund))]
                public partial class Route;

                [Succeed] public partial class AutoRefund;
                [Fail(Error = "NoRoute")] public partial class Unrouted;
            }
            """)
        {
            CodeActionEquivalenceKey = "StepGen.SG1018.DefaultToFail.1",
        };
        test.TestState.ExpectedDiagnostics.Add(NoDefault(0));
        await test.RunAsync();
    }

    private const string TwoFailStates = """
        [StateMachine(StartAt = nameof(Route))]
        public partial class Refunds
        {
            [Choice(Comment = "route", Default = null)]
            [When("$.amount < 100", Next = nameof(AutoRefund))]
            [When("$.amount > 10000", Next = nameof(TooLarge))]
            public partial class Route;

            [Succeed] public partial class AutoRefund;
            [Fail(Error = "TooLarge")] public partial class TooLarge;
            [Fail(Error = "NoRoute")] public partial class Unrouted;
        }
        """;

    [Fact]
    public async Task TwoFailStates_TheSecondAction_NamesTheSecond_AndANullDefaultIsReplaced()
    {
        var test = new Verify(
            TwoFailStates.Replace("[Fail(Error = \"NoRoute\")]", "[{|SG1005:Fail|}(Error = \"NoRoute\")]"),
            TwoFailStates.Replace("Default = null", "Default = nameof(Unrouted)"))
        {
            CodeActionIndex = 1,
            CodeActionEquivalenceKey = "StepGen.SG1018.DefaultToFail.2",
        };
        test.TestState.ExpectedDiagnostics.Add(new DiagnosticResult("SG1018", DiagnosticSeverity.Warning).WithSpan(5, 6, 5, 12));
        await test.RunAsync();
    }

    [Fact]
    public async Task NoFailState_NoFix()
    {
        const string source = """
            [StateMachine(StartAt = nameof(Route))]
            public partial class Refunds
            {
                [{|#0:Choice|}]
                [When("$.amount < 100", Next = nameof(AutoRefund))]
                public partial class Route;

                [Succeed] public partial class AutoRefund;
            }
            """;
        var test = new Verify(source, source);
        test.TestState.ExpectedDiagnostics.Add(NoDefault(0));
        await test.RunAsync();
    }

    /// <summary>A Choice with neither rules nor Default has SG1008 (no fix) and SG1018 (fixed, once).</summary>
    [Fact]
    public async Task WithoutRules_TheErrorHasNoFix_TheWarningIsFixed()
    {
        var test = new Verify(
            """
            [StateMachine(StartAt = nameof(Route))]
            public partial class Refunds
            {
                [{|#0:{|SG1008:Choice|}|}]
                public partial class Route;

                [{|SG1005:Fail|}(Error = "NoRoute")] public partial class Unrouted;
            }
            """,
            """
            [StateMachine(StartAt = nameof(Route))]
            public partial class Refunds
            {
                [{|SG1008:Choice|}(Default = nameof(Unrouted))]
                public partial class Route;

                [Fail(Error = "NoRoute")] public partial class Unrouted;
            }
            """);
        test.TestState.ExpectedDiagnostics.Add(NoDefault(0));
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        await test.RunAsync();
    }

    [Fact]
    public async Task FixAll_InABranchAndTheMachine_EachNamesAFailStateOfItsOwnScope()
    {
        var test = new Verify(
            """
            [StateMachine(StartAt = nameof(Route))]
            public partial class Refunds
            {
                [{|#0:Choice|}]
                [When("$.fan == true", Next = nameof(Fan))]
                public partial class Route;

                [Parallel(Branches = new[] { typeof(Left) }, End = true)] public partial class Fan;
                [{|SG1005:Fail|}(Error = "MachineFailed")] public partial class MachineFailed;

                [Branch(StartAt = nameof(Check))]
                public partial class Left
                {
                    [{|#1:Choice|}]
                    [When("$.ok == true", Next = nameof(Done))]
                    public partial class Check;

                    [Succeed] public partial class Done;
                    [{|SG1005:Fail|}(Error = "BranchFailed")] public partial class BranchFailed;
                }
            }
            """,
            """
            [StateMachine(StartAt = nameof(Route))]
            public partial class Refunds
            {
                [Choice(Default = nameof(MachineFailed))]
                [When("$.fan == true", Next = nameof(Fan))]
                public partial class Route;

                [Parallel(Branches = new[] { typeof(Left) }, End = true)] public partial class Fan;
                [Fail(Error = "MachineFailed")] public partial class MachineFailed;

                [Branch(StartAt = nameof(Check))]
                public partial class Left
                {
                    [Choice(Default = nameof(BranchFailed))]
                    [When("$.ok == true", Next = nameof(Done))]
                    public partial class Check;

                    [Succeed] public partial class Done;
                    [Fail(Error = "BranchFailed")] public partial class BranchFailed;
                }
            }
            """);
        test.TestState.ExpectedDiagnostics.Add(NoDefault(0));
        test.TestState.ExpectedDiagnostics.Add(NoDefault(1));
        await test.RunAsync();
    }
}
