namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The developer guide's page "Intrinsic functions" (amazon-states-language-intrinsic-functions.md). Its examples are
/// expressions, tested without a runner in tests/StepGen.Asl.Tests/Runtime/IntrinsicEvaluatorTests.cs; the one that
/// is a whole payload template (States.Array) runs here as a Pass state's Parameters, and the page's table of the
/// fields that take intrinsics is checked for Pass, Task, Parallel and Map.
/// </summary>
public class AmazonStatesLanguageIntrinsicFunctionsTests
{
    [Fact]
    public async Task States_Array_payload_builds_the_new_payload()
    {
        // amazon-states-language-intrinsic-functions.md, "States.Array": the payload and input the page gives, and "The
        // new payload after processing".
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Build", "States": {"Build": {"Type": "Pass",
              "Parameters": {
                "foo.$": "States.Array('Foo', 2022, $.someJson, null)"
              },
              "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync("""
            {
              "someJson": {
                "random": "abcdefg"
              },
              "zebra": "stripe"
            }
            """);

        GuideJson.Output("""
            {
              "foo": [
                "Foo",
                2022,
                {
                  "random": "abcdefg"
                },
                null
              ]
            }
            """, result);
    }

    [Fact]
    public async Task Parameters_and_ResultSelector_take_intrinsics_in_the_states_the_table_marks()
    {
        // amazon-states-language-intrinsic-functions.md, "Fields that support intrinsic functions": Parameters in Pass,
        // Task, Parallel and Map; ResultSelector in Task, Parallel and Map. Each uses the page's States.Format example
        // (input {"name": "Arnav", "template": "Hello, my name is {}."} gives "Hello, my name is Arnav."); the Map
        // iterates over "names", added to the input.
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Pass", "States": {
              "Pass": {"Type": "Pass", "Parameters": {"name.$": "$.name", "template.$": "$.template", "names.$": "$.names",
                "pass.$": "States.Format('Hello, my name is {}.', $.name)"}, "Next": "Task"},
              "Task": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Echo",
                "Parameters": {"greeting.$": "States.Format($.template, $.name)"},
                "ResultSelector": {"task.$": "States.Format('{}', $.greeting)"}, "ResultPath": "$.task", "Next": "Parallel"},
              "Parallel": {"Type": "Parallel", "Parameters": {"p.$": "States.Format($.template, $.name)"},
                "Branches": [{"StartAt": "B", "States": {"B": {"Type": "Pass", "End": true}}}],
                "ResultSelector": {"parallel.$": "States.Format('{}', $[0].p)"}, "ResultPath": "$.parallel", "Next": "Map"},
              "Map": {"Type": "Map", "ItemsPath": "$.names", "ItemSelector": {"m.$": "States.Format($.template, $$.Map.Item.Value)"},
                "ItemProcessor": {"StartAt": "M", "States": {"M": {"Type": "Pass", "End": true}}},
                "ResultSelector": {"map.$": "States.Format('{}', $[0].m)"}, "ResultPath": "$.map", "End": true}}}
            """).MockState("Task", call => TaskOutcome.Return(call.PayloadJson));

        ExecutionResult result = await runner.RunAsync("""
            {
             "name": "Arnav",
             "template": "Hello, my name is {}.",
             "names": ["Arnav"]
            }
            """);

        const string Hello = "Hello, my name is Arnav.";
        GuideJson.Output("""
            {"name": "Arnav", "template": "Hello, my name is {}.", "names": ["Arnav"], "pass": "@HELLO@",
             "task": {"task": "@HELLO@"}, "parallel": {"parallel": "@HELLO@"}, "map": {"map": "@HELLO@"}}
            """.Replace("@HELLO@", Hello), result);
    }
}
