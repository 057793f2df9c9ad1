namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// The JSONata diagnostics through the analyzer, at the characters the markup names: the same sources are planted in
/// the package's DiagnosticsTests, which checks that `dotnet build` prints them at these lines and columns.
/// </summary>
public class JsonAtaAnalyzerTests
{
    [Fact]
    public Task SyntaxError_IsOnTheTokenAtFault() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Summarize), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class JsonAtaSyntax
        {
            [Pass(Output = """{ "big": "{% $states.input.total ={|SG2008:=|} 100 %}" }""", End = true)]
            public partial class Summarize;
        }
        """");

    [Fact]
    public Task UnknownFunction_IsOnItsName() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Greet), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class UnknownFunction
        {
            [Pass(Output = """{ "length": "{% {|SG2009:$lenght|}($states.input.name) %}" }""", End = true)]
            public partial class Greet;
        }
        """");

    [Fact]
    public Task ResultInAPassState_IsOnTheStatesRead() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Shape), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class ResultInPass
        {
            [Pass(Output = """{ "id": "{% {|SG2010:$states.result|}.id %}" }""", End = true)]
            public partial class Shape;
        }
        """");

    [Fact]
    public Task VariableNoStateAssigns_IsOnTheRead() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Remember), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class VariableTypo
        {
            [Pass(Assign = """{ "orderId": "{% $states.input.id %}" }""", Next = nameof(Report))]
            public partial class Remember;

            [Pass(Output = """{ "id": "{% {|SG2011:$orderID|} %}" }""", End = true)]
            public partial class Report;
        }
        """");

    [Fact]
    public Task VariableSomePathsAssign_IsASuggestionOnTheRead() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Route), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class SometimesAssigned
        {
            [Choice(Default = nameof(Report))]
            [When("{% $states.input.vip %}", Next = nameof(Discount))]
            public partial class Route;

            [Pass(Assign = """{ "discount": 10 }""", Next = nameof(Report))]
            public partial class Discount;

            [Pass(Output = """{ "discount": "{% {|SG2012:$discount|} %}" }""", End = true)]
            public partial class Report;
        }
        """");

    [Fact]
    public Task VariableAssignedInABranch_IsOnTheReadOutside() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Fan), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class BranchVariable
        {
            [Parallel(Branches = new[] { typeof(PriceBranch) }, Next = nameof(Report))]
            public partial class Fan;

            [Branch(StartAt = nameof(Price))]
            public partial class PriceBranch
            {
                [Pass(Assign = """{ "price": 42 }""", End = true)]
                public partial class Price;
            }

            [Pass(Output = """{ "price": "{% {|SG2013:$price|} %}" }""", End = true)]
            public partial class Report;
        }
        """");

    [Fact]
    public Task JsonAtaInAJsonPathState_IsOnTheWholeExpression() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Shape))]
        public partial class JsonAtaInJsonPath
        {
            [Pass(Parameters = """{ "id": "{|SG2014:{% $states.input.id %}|}" }""", End = true)]
            public partial class Shape;
        }
        """");

    [Fact]
    public Task NewerOperator_IsOnTheOperation() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Greet), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class NewerOperator
        {
            [Pass(Output = """{ "name": "{% {|SG2015:$states.input.name ?? 'anonymous'|} %}" }""", End = true)]
            public partial class Greet;
        }
        """");

    [Fact]
    public Task ContextFieldBelowStatesContext_IsOnTheRead() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Label), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class ContextTypo
        {
            [Pass(Output = """{ "name": "{% {|SG2003:$states.context.Execution.Nme|} %}" }""", End = true)]
            public partial class Label;
        }
        """");

    [Fact]
    public Task ValidJsonAta_ReportsNothing() => AnalyzerVerifier.VerifyAsync(""""
        [StateMachine(StartAt = nameof(Load), QueryLanguage = QueryLanguage.JsonAta)]
        public partial class Valid
        {
            [Pass(Assign = """{ "items": "{% $states.input.items %}", "rate": 0.2 }""", Next = nameof(Each))]
            public partial class Load;

            [Map(Processor = typeof(PerItem), Items = "{% $items %}", ItemSelector = """{ "item": "{% $states.context.Map.Item.Value %}", "index": "{% $states.context.Map.Item.Index %}" }""",
                 Assign = """{ "count": "{% $count($states.result) %}" }""", Next = nameof(Report))]
            public partial class Each;

            [Branch(StartAt = nameof(Price))]
            public partial class PerItem
            {
                [Pass(Output = """{ "net": "{% $states.input.item.price * (1 - $rate) %}", "tags": "{% $states.input.item.tags[$contains($, /^a/i)] %}" }""", End = true)]
                public partial class Price;
            }

            [Pass(Output = """
                {
                  "count": "{% $count %}",
                  "byTag": "{% $items{ $string(tags[0]): $sum(price) } %}",
                  "parents": "{% $items.tags.{ 'tag': $, 'owner': %.name } %}",
                  "indexed": "{% $items#$i[$i < 2].name %}",
                  "joined": "{% ($f := function($a, $b) { $a & ',' & $b }; $reduce($items.name, $f)) %}",
                  "sorted": "{% $items^(>price).name %}",
                  "when": "{% $states.context.Execution.StartTime %}"
                }
                """, End = true)]
            public partial class Report;
        }
        """");
}
