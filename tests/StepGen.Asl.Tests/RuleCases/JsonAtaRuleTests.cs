using StepGen.Asl.Collections;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using static StepGen.Asl.Tests.RuleCases.Model;

namespace StepGen.Asl.Tests.RuleCases;

/// <summary>
/// The JSONata rules (SG2008-SG2014) on source models built directly: where each lands inside its argument, and the
/// correct forms that must stay clean.
/// </summary>
public sealed class JsonAtaRuleTests
{
    /// <summary>[StateMachine(StartAt, QueryLanguage = JsonAta)].</summary>
    private static SourceMachine JsonAtaMachine(string startAt, params SourceState[] states) =>
        Machine(Attr("StateMachine", ("StartAt", startAt), ("QueryLanguage", new EnumArgument(1))), states);

    private static SourceMachine OnePass(params (string, object?)[] arguments) =>
        JsonAtaMachine("Start", State("Start", Attr("Pass", arguments.Append(("End", (object?)true)).ToArray())));

    [Fact]
    public void SG2008_syntax_error_lands_on_the_characters_at_fault_inside_the_json_text()
    {
        const string output = """{ "total": "{% $sum($states.input.items.price %}" }""";
        Problem problem = Single(OnePass(("Output", output)), Rules.JsonAtaSyntax);
        Assert.Equal("Output", problem.Location.Argument);
        Assert.Contains("S0", problem.Message, StringComparison.Ordinal);
        int expressionStart = output.IndexOf("{%", StringComparison.Ordinal) + 2;
        Assert.InRange(problem.Location.Offset, expressionStart, output.IndexOf("%}", StringComparison.Ordinal) + 1);
        Clean(OnePass(("Output", """{ "total": "{% $sum($states.input.items.price) %}" }""")));
    }

    [Fact]
    public void SG2008_in_a_whole_value_expression_counts_from_the_start_of_the_argument()
    {
        Problem problem = Single(OnePass(("Output", "{% 1 + %}")), Rules.JsonAtaSyntax);
        Assert.Equal("Output", problem.Location.Argument);
        Assert.InRange(problem.Location.Offset, 2, 7);
    }

    [Fact]
    public void SG2009_unknown_function_and_wrong_argument_count()
    {
        Problem unknown = Single(OnePass(("Output", """{ "n": "{% $lenght($states.input.name) %}" }""")), Rules.JsonAtaFunction);
        Assert.Contains("lenght", unknown.Message, StringComparison.Ordinal);
        Single(OnePass(("Output", "{% $substring() %}")), Rules.JsonAtaFunction);
        Clean(OnePass(("Output", "{% $substring($states.input.name, 0, 3) %}")));
        Clean(OnePass(("Output", "{% ($double := function($x) { $x * 2 }; $double(4)) %}")));
    }

    [Theory]
    [InlineData("( $f := function($k) { $k <= 1 ? 1 : $k * $f($k - 1) }; $f(5) )")]
    [InlineData("( $even := function($n) { $n = 0 ? true : $odd($n - 1) }; $odd := function($n) { $n = 0 ? false : $even($n - 1) }; $even(4) )")]
    [InlineData("( $g := function() { $h(2) }; $h := function($q) { $q }; $g() )")]
    [InlineData("( $loop := function($i, $acc) { $i = 0 ? $acc : $loop($i - 1, $acc + $i) }; $loop(10, 0) )")]
    [InlineData("( $later := function() { $value }; $value := 3; $later() )")]
    public void SG2009_and_SG2011_not_for_functions_a_lambda_calls_before_the_block_binds_them(string expression) =>
        Clean(OnePass(("Output", "{% " + expression + " %}")));

    [Fact]
    public void SG2009_still_for_an_unknown_function_inside_a_lambda()
    {
        Problem problem = Single(OnePass(("Output", "{% $map([1, 2], function($v) { $dubble($v) }) %}")), Rules.JsonAtaFunction);
        Assert.Contains("$dubble", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SG2009_eval_which_step_functions_does_not_provide()
    {
        Problem problem = Single(OnePass(("Output", "{% $eval('1 + 2') %}")), Rules.JsonAtaFunction);
        Assert.Contains("$parse", problem.Message, StringComparison.Ordinal);
        Clean(OnePass(("Output", "{% $parse('{\"a\": 1}') %}")));
    }

    [Fact]
    public void SG2003_context_field_below_states_context()
    {
        Problem problem = Single(OnePass(("Output", "{% $states.context.Execution.Nme %}")), Rules.ContextField);
        Assert.Contains("$states.context.Execution.Nme", problem.Message, StringComparison.Ordinal);
        Assert.EndsWith("Name", problem.Suggestion, StringComparison.Ordinal);
        Assert.Equal("Output", problem.Location.Argument);
        Clean(OnePass(("Output", "{% $states.context.Execution.Name %}")));
    }

    [Fact]
    public void SG2015_operators_newer_than_the_jsonata_step_functions_runs()
    {
        Problem problem = Single(OnePass(("Output", "{% $states.input.name ?? 'anonymous' %}")), Rules.NewerJsonAta);
        Assert.Contains("2.0.6", problem.Message, StringComparison.Ordinal);
        Single(OnePass(("Output", "{% $states.input.name ?: 'anonymous' %}")), Rules.NewerJsonAta);
        Clean(OnePass(("Output", "{% $exists($states.input.name) ? $states.input.name : 'anonymous' %}")));
    }

    [Fact]
    public void SG2010_result_where_the_state_has_none_and_a_field_states_does_not_have()
    {
        Problem pass = Single(OnePass(("Output", "{% $states.result.id %}")), Rules.StatesField);
        Assert.Contains("$states.result", pass.Message, StringComparison.Ordinal);
        Problem typo = Single(OnePass(("Output", "{% $states.inputs.id %}")), Rules.StatesField);
        Assert.Equal("input", typo.Suggestion);

        SourceMachine task = JsonAtaMachine("Call", State("Call",
            Attr("Task", ("Resource", "arn:aws:states:::lambda:invoke"), ("Arguments", """{ "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:f", "Payload": "{% $states.result %}" }"""),
                ("Output", "{% $states.result.Payload %}"), ("End", true))));
        Problem arguments = Single(task, Rules.StatesField);
        Assert.Equal("Arguments", arguments.Location.Argument);
    }

    [Fact]
    public void SG2010_error_output_only_in_a_catcher()
    {
        SourceMachine machine(string catchOutput, string stateOutput) => JsonAtaMachine("Call",
            State("Call",
                Attr("Task", ("Resource", "arn:aws:states:::lambda:invoke"), ("Arguments", """{ "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:f" }"""),
                    ("Output", stateOutput), ("End", true)),
                Attr("Catch", ("errorEquals", new[] { "States.ALL" }), ("Next", "Failed"), ("Output", catchOutput))),
            State("Failed", Attr("Fail", ("Error", "Failed"))));

        Clean(machine("{% $states.errorOutput %}", "{% $states.result %}"));
        Problem inState = Single(machine("{% $states.errorOutput %}", "{% $states.errorOutput %}"), Rules.StatesField);
        Assert.Equal(0, inState.Location.Attribute);
        Problem inCatch = Single(machine("{% $states.result %}", "{% $states.result %}"), Rules.StatesField);
        Assert.Equal(1, inCatch.Location.Attribute);
    }

    [Fact]
    public void SG2011_variable_no_state_assigns()
    {
        SourceMachine never = JsonAtaMachine("Remember",
            State("Remember", Attr("Pass", ("Assign", """{ "orderId": "{% $states.input.id %}" }"""), ("Next", "Report"))),
            State("Report", Attr("Pass", ("Output", """{ "id": "{% $orderID %}" }"""), ("End", true))));
        Problem problem = Single(never, Rules.VariableNeverAssigned);
        Assert.Contains("$orderID", problem.Message, StringComparison.Ordinal);
        Assert.Equal(new FieldRef("Report", 0, "Output", Offset: 12, Length: 8), problem.Location);
    }

    [Fact]
    public void SG2012_variable_some_paths_assign()
    {
        SourceMachine sometimes = JsonAtaMachine("Route",
            State("Route", Attr("Choice", ("Default", "Report")), Attr("When", ("condition", "{% $states.input.vip %}"), ("Next", "Discount"))),
            State("Discount", Attr("Pass", ("Assign", """{ "discount": 10 }"""), ("Next", "Report"))),
            State("Report", Attr("Pass", ("Output", """{ "d": "{% $discount %}" }"""), ("End", true))));
        Single(sometimes, Rules.VariableSometimesAssigned);
        None(sometimes, Rules.VariableNeverAssigned);
    }

    [Fact]
    public void SG2013_variable_assigned_only_inside_a_map_iteration()
    {
        const string processorKey = "global::Shop.M.Items";
        SourceMachine machine = JsonAtaMachine("Each",
            State("Each", Attr("Map", ("Processor", new TypeOf(processorKey)), ("Next", "Report"))),
            State("Report", Attr("Pass", ("Output", """{ "last": "{% $lastItem %}" }"""), ("End", true))));
        var processor = new SourceScope(processorKey, "Items", IsPartial: true, new[] { Attr("Branch", ("StartAt", "Item")) }.ToEquatableArray(),
            new[] { State("Item", Attr("Pass", ("Assign", """{ "lastItem": "{% $states.input %}" }"""), ("End", true))) }.ToEquatableArray());
        machine = machine with { Branches = new[] { processor }.ToEquatableArray() };

        Problem problem = Single(machine, Rules.VariableAssignedInside);
        Assert.Contains("'Each'", problem.Message, StringComparison.Ordinal);
        None(machine, Rules.VariableNeverAssigned);
    }

    [Fact]
    public void Variables_the_expression_binds_itself_and_function_names_are_not_workflow_variables()
    {
        Clean(OnePass(("Output", "{% ($x := 2; $map([1, 2], function($v) { $v * $x }) ~> $sum) %}")));
        Clean(OnePass(("Output", "{% $map($states.input.names, $uppercase) %}")));
    }

    [Fact]
    public void SG2014_jsonata_text_in_a_jsonpath_state()
    {
        SourceMachine machine = Machine("Start", State("Start", Attr("Pass", ("Parameters", """{ "id": "{% $states.input.id %}" }"""), ("End", true))));
        Problem problem = Single(machine, Rules.JsonAtaInJsonPathState);
        Assert.Equal("Parameters", problem.Location.Argument);
        None(machine, Rules.JsonAtaSyntax);
    }
}
