using StepGen.Asl.Compile;
using StepGen.Asl.Shapes;
using StepGen.Asl.Source;
using static StepGen.Asl.Tests.RuleCases.Model;

namespace StepGen.Asl.Tests.JsonAta;

/// <summary>Typed records from JSONata states: the execution input from $states.input reads, the output from Output literals.</summary>
public sealed class JsonAtaRecordsTests
{
    private static SourceMachine JsonAtaMachine(string startAt, params SourceState[] states) =>
        Machine(Attr("StateMachine", ("StartAt", startAt), ("QueryLanguage", new EnumArgument(1))), states);

    private static TypedRecord Record(CompiledMachine compiled, TypedRecordKind kind) => Assert.Single(compiled.Records, r => r.Kind == kind);

    [Fact]
    public void The_execution_input_has_the_fields_the_states_read_below_states_input_while_they_see_it()
    {
        CompiledMachine compiled = Clean(JsonAtaMachine("Route",
            State("Route", Attr("Choice", ("Default", "Charge")), Attr("When", ("condition", "{% $states.input.customer.vip %}"), ("Next", "Charge"))),
            State("Charge", Attr("Task", ("Resource", "arn:aws:states:::lambda:invoke"),
                ("Arguments", """{ "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:charge", "Payload": { "amount": "{% $states.input.order.total %}" } }"""),
                ("Next", "Done"))),
            State("Done", Attr("Pass", ("Output", "{% $states.input.notInTheExecutionInput %}"), ("End", true)))));

        Shape input = Record(compiled, TypedRecordKind.ExecutionInput).Shape;
        Assert.Equal(["customer", "order"], input.Fields.Select(f => f.Name));
        Assert.Equal(["vip"], input.Field("customer")!.Fields.Select(f => f.Name));
        Assert.Equal(["total"], input.Field("order")!.Fields.Select(f => f.Name));
    }

    [Fact]
    public void A_comparison_with_a_literal_gives_the_read_its_kind()
    {
        CompiledMachine compiled = Clean(JsonAtaMachine("Route",
            State("Route", Attr("Choice", ("Default", "Done")),
                Attr("When", ("condition", "{% $states.input.order.total > 100 and $states.input.order.priority = 'express' and $states.input.order.gift = true %}"), ("Next", "Done"))),
            State("Done", Attr("Succeed"))));

        Shape order = Record(compiled, TypedRecordKind.ExecutionInput).Shape.Field("order")!;
        Assert.Equal(ShapeKind.Number, order.Field("total")!.Kind);
        Assert.Equal(ShapeKind.String, order.Field("priority")!.Kind);
        Assert.Equal(ShapeKind.Boolean, order.Field("gift")!.Kind);
    }

    [Fact]
    public void A_read_below_a_path_an_earlier_state_wrote_is_not_the_input()
    {
        CompiledMachine compiled = Clean(Machine("Lookup",
            State("Lookup", Attr("Pass", ("Result", """{ "found": true }"""), ("ResultPath", "$.lookup"), ("Next", "Report"))),
            State("Report", Attr("Pass", ("QueryLanguage", new EnumArgument(1)), ("Output", """{ "id": "{% $states.input.id %}", "found": "{% $states.input.lookup.found %}" }"""), ("End", true)))));

        Assert.Equal(["id"], Record(compiled, TypedRecordKind.ExecutionInput).Shape.Fields.Select(f => f.Name));
    }

    [Fact]
    public void The_execution_output_is_the_final_output_literal_with_each_expression_kind()
    {
        CompiledMachine compiled = Clean(JsonAtaMachine("Summarize",
            State("Summarize", Attr("Pass",
                ("Output", """{ "orderId": "{% $states.input.id %}", "count": "{% $count($states.input.items) %}", "label": "{% 'order ' & $states.input.id %}", "paid": "{% $states.input.total > 0 %}", "source": "web" }"""),
                ("End", true)))));

        Shape output = Record(compiled, TypedRecordKind.ExecutionOutput).Shape;
        Assert.Equal(ShapeKind.Any, output.Field("orderId")!.Kind);
        Assert.Equal(ShapeKind.Number, output.Field("count")!.Kind);
        Assert.Equal(ShapeKind.String, output.Field("label")!.Kind);
        Assert.Equal(ShapeKind.Boolean, output.Field("paid")!.Kind);
        Assert.Equal(ShapeKind.String, output.Field("source")!.Kind);
    }

    [Theory]
    [InlineData("'text'", ShapeKind.String)]
    [InlineData("42", ShapeKind.Integer)]
    [InlineData("4.5", ShapeKind.Number)]
    [InlineData("true", ShapeKind.Boolean)]
    [InlineData("$uppercase('a')", ShapeKind.String)]
    [InlineData("$sum([1, 2])", ShapeKind.Number)]
    [InlineData("$exists($x)", ShapeKind.Boolean)]
    [InlineData("$append([1], [2])", ShapeKind.Array)]
    [InlineData("$x ? 'a' : 'b'", ShapeKind.String)]
    [InlineData("$x ? 'a' : 1", ShapeKind.Any)]
    [InlineData("$states.input.anything", ShapeKind.Any)]
    [InlineData("(1; 'last')", ShapeKind.String)]
    [InlineData("not valid (", ShapeKind.Any)]
    public void An_expression_kind_comes_from_its_outermost_node(string expression, ShapeKind kind) =>
        Assert.Equal(kind, JsonAtaShapes.OfExpression(expression).Kind);
}
