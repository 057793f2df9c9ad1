using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using static StepGen.Asl.Tests.RuleCases.Model;

namespace StepGen.Asl.Tests.RuleCases;

/// <summary>
/// SG2003 for the context-object fields that exist only in some places: <c>$$.Map</c> in a Map's ItemSelector (or its
/// older name, the Map's Parameters) and <c>$$.Task.Token</c> in a callback task's payload. The compiler passes where
/// a value is written along with it; these cases pin each way a path gets there.
/// </summary>
public sealed class ContextPlaceRuleTests
{
    private static SourceMachine OneTask(string resource, params SourceAttribute[] extras) =>
        Machine("Call", State("Call", new[] { Attr("Task", ("Resource", resource), ("End", true)) }.Concat(extras).ToArray()));

    private static SourceMachine OneTask(string resource, string parameters) =>
        Machine("Call", State("Call", Attr("Task", ("Resource", resource), ("Parameters", parameters), ("End", true))));

    [Fact]
    public void Map_fields_are_read_in_the_ItemSelector_and_in_the_older_Parameters()
    {
        Clean(MapMachine(("ItemSelector", """{ "index.$": "$$.Map.Item.Index", "value.$": "$$.Map.Item.Value" }""")));
        Clean(MapMachine(("Parameters", """{ "index.$": "$$.Map.Item.Index" }""")));
        Clean(MapMachine(("ItemSelector", """{ "text.$": "States.Format('{}', $$.Map.Item.Index)" }""")));
    }

    [Fact]
    public void Map_fields_elsewhere_are_SG2003_at_the_field_name()
    {
        Problem problem = Single(OneTask("arn:aws:states:::lambda:invoke", """{ "index.$": "$$.Map.Item.Index" }"""), Rules.ContextField);
        Assert.Equal("Parameters", problem.Location.Argument);
        Single(OneTask("arn:aws:states:::lambda:invoke", """{ "text.$": "States.Format('{}', $$.Map.Item.Index)" }"""), Rules.ContextField);
        Single(MapMachine(("ResultSelector", """{ "index.$": "$$.Map.Item.Index" }"""), ("ItemSelector", """{ "value.$": "$$.Map.Item.Value" }""")), Rules.ContextField);
    }

    [Fact]
    public void The_task_token_is_read_only_in_a_callback_tasks_payload()
    {
        const string callback = "arn:aws:states:::sqs:sendMessage.waitForTaskToken";
        const string plain = "arn:aws:states:::sqs:sendMessage";
        Clean(OneTask(callback, """{ "QueueUrl": "https://sqs.us-east-1.amazonaws.com/1/q", "MessageBody": { "token.$": "$$.Task.Token" } }"""));
        Single(OneTask(plain, """{ "QueueUrl": "https://sqs.us-east-1.amazonaws.com/1/q", "MessageBody": { "token.$": "$$.Task.Token" } }"""), Rules.ContextField);

        // The same through [Parameter] attributes, whose paths are checked one by one.
        SourceAttribute queue = Attr("Parameter", ("name", "QueueUrl"), ("value", "https://sqs.us-east-1.amazonaws.com/1/q"));
        SourceAttribute token = Attr("Parameter", ("name", "Token"), ("Path", "$$.Task.Token"));
        None(OneTask(callback, queue, token), Rules.ContextField);
        Assert.Equal("Path", Single(OneTask(plain, queue, token), Rules.ContextField).Location.Argument);
    }

    [Fact]
    public void A_place_does_not_leak_into_the_next_field()
    {
        // The ItemSelector's place ends with it: the same state's OutputPath, applied after the iterations, has no $$.Map.
        Single(MapMachine(("ItemSelector", """{ "value.$": "$$.Map.Item.Value" }"""), ("OutputPath", "$$.Map.Item.Value")), Rules.ContextField);
    }
}
