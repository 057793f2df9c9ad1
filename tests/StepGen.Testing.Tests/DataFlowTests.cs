using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>
/// The JSONPath data flow through whole executions, with the developer guide's own examples where it has them
/// ("Processing input and output": InputPath, Parameters, ResultSelector, ResultPath, OutputPath).
/// </summary>
public class DataFlowTests
{
    [Fact]
    public async Task Guide_ResultPath_example_keeps_the_input_and_adds_the_result()
    {
        // The guide's ResultPath page: input {"comment": "This is a test of the input and output of a Task state.",
        // "details": "Default example", "who": "AWS Step Functions"} with a Lambda returning "Hello, AWS Step Functions!"
        // and ResultPath "$.taskresult" gives the input plus "taskresult".
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Hello", "States": {"Hello": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction",
              "ResultPath": "$.taskresult", "End": true}}}
            """).MockState("Hello", _ => TaskOutcome.Return("\"Hello, AWS Step Functions!\""));

        ExecutionResult result = await runner.RunAsync("""
            {"comment": "This is a test of the input and output of a Task state.", "details": "Default example", "who": "AWS Step Functions"}
            """);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(
            """{"comment":"This is a test of the input and output of a Task state.","details":"Default example","who":"AWS Step Functions","taskresult":"Hello, AWS Step Functions!"}""",
            result.OutputJson);
    }

    [Fact]
    public async Task InputPath_Parameters_ResultSelector_ResultPath_OutputPath_apply_in_order()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
              "InputPath": "$.order",
              "Parameters": {"FunctionName": "f", "Payload": {"id.$": "$.id", "fixed": 1}},
              "ResultSelector": {"total.$": "$.Payload.total"},
              "ResultPath": "$.priced",
              "OutputPath": "$.priced",
              "End": true}}}
            """);
        string? payload = null;
        runner.MockState("Call", call =>
        {
            payload = call.PayloadJson;
            return TaskOutcome.Return("""{"StatusCode": 200, "Payload": {"total": 42}}""");
        });

        ExecutionResult result = await runner.RunAsync("""{"order": {"id": "o-1"}, "other": true}""");

        Assert.Equal("""{"FunctionName":"f","Payload":{"id":"o-1","fixed":1}}""", payload);
        // ResultPath merges into the raw input, so OutputPath "$.priced" finds the selected result there.
        Assert.Equal("""{"total":42}""", result.OutputJson);
    }

    [Fact]
    public async Task Null_InputPath_gives_an_empty_object_and_null_ResultPath_keeps_the_input()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "A", "States": {
              "A": {"Type": "Pass", "InputPath": null, "ResultPath": "$.seen", "Next": "B"},
              "B": {"Type": "Pass", "Result": {"ignored": true}, "ResultPath": null, "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"x": 1}""");

        Assert.Equal("""{"x":1,"seen":{}}""", result.OutputJson);
    }

    [Fact]
    public async Task A_reference_path_that_finds_nothing_fails_the_execution_with_States_Runtime()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "InputPath": "$.missing", "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"x": 1}""");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("States.Runtime", result.Error);
        // AWS's wording, as execution histories show it (the guide does not print it).
        Assert.Equal("An error occurred while executing the state 'A' (entered at the event id #2). Invalid path '$.missing' : No results for path: $['missing']", result.Cause);
    }

    [Fact]
    public async Task Context_object_gives_the_execution_the_state_and_the_virtual_time()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Wait", "States": {
              "Wait": {"Type": "Wait", "Seconds": 90, "Next": "Look"},
              "Look": {"Type": "Pass", "Parameters": {"name.$": "$$.Execution.Name", "state.$": "$$.State.Name",
                "entered.$": "$$.State.EnteredTime", "started.$": "$$.Execution.StartTime", "input.$": "$$.Execution.Input.x",
                "machine.$": "$$.StateMachine.Name"}, "End": true}}}
            """, "Orders");

        ExecutionResult result = await runner.RunAsync("""{"x": "in"}""", new ExecutionOptions { Name = "run-7" });

        Assert.Equal(
            """{"name":"run-7","state":"Look","entered":"2026-01-01T00:01:30.000Z","started":"2026-01-01T00:00:00.000Z","input":"in","machine":"Orders"}""",
            result.OutputJson);
    }

    [Fact]
    public async Task Variables_assigned_in_one_state_are_read_in_a_later_one()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Keep", "States": {
              "Keep": {"Type": "Pass", "Assign": {"customer.$": "$.customer", "tries": 1}, "Next": "Drop"},
              "Drop": {"Type": "Pass", "Result": {}, "Next": "Use"},
              "Use": {"Type": "Pass", "Parameters": {"who.$": "$customer", "n.$": "$tries"}, "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""{"customer": "ann"}""");

        Assert.Equal("""{"who":"ann","n":1}""", result.OutputJson);
    }

    [Fact]
    public async Task A_matched_Choice_rule_assigns_only_its_own_Assign_and_Default_the_states()
    {
        // The States Language, Choice State: "If a Choice Rule is chosen, the interpreter evaluates the Choice Rule's
        // "Assign" field, if any, and does not evaluate the state's top-level "Assign" field."
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Start", "States": {
              "Start": {"Type": "Pass", "Assign": {"range": "none"}, "Next": "Dispatch"},
              "Dispatch": {"Type": "Choice", "Assign": {"range": "default"}, "Default": "Done", "Choices": [
                {"Variable": "$.value", "NumericGreaterThanEquals": 20, "Assign": {"range": "twenties"}, "Next": "Done"},
                {"Variable": "$.value", "NumericEquals": 5, "Next": "Done"}]},
              "Done": {"Type": "Pass", "Parameters": {"range.$": "$range"}, "End": true}}}
            """);

        Assert.Equal("""{"range":"twenties"}""", (await runner.RunAsync("""{"value": 22}""")).OutputJson);
        Assert.Equal("""{"range":"none"}""", (await runner.RunAsync("""{"value": 5}""")).OutputJson);
        Assert.Equal("""{"range":"default"}""", (await runner.RunAsync("""{"value": 1}""")).OutputJson);
    }
}
