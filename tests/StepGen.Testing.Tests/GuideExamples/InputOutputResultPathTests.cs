namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The worked examples of the developer guide's page "ResultPath" (input-output-resultpath.md): the Lambda of the
/// "Creating a Step Functions State Machine That Uses Lambda" tutorial, which returns "Hello, AWS Step Functions!",
/// in a one-Task machine with the ResultPath each section sets.
/// </summary>
public class InputOutputResultPathTests
{
    private const string TutorialInput = """
        {
          "comment": "This is a test of the input and output of a Task state.",
          "details": "Default example",
          "who": "AWS Step Functions"
        }
        """;

    private static StateMachineRunner HelloWorld(string resultPathMember) => StateMachineRunner.FromDefinition("""
        {"StartAt": "HelloWorld", "States": {"HelloWorld": {"Type": "Task",
          "Resource": "arn:aws:lambda:us-east-1:123456789012:function:HelloFunction", @RESULTPATHMEMBER@ "End": true}}}
        """.Replace("@RESULTPATHMEMBER@", resultPathMember)).MockState("HelloWorld", _ => TaskOutcome.Return("\"Hello, AWS Step Functions!\""));

    [Theory]
    [InlineData("")]
    [InlineData("\"ResultPath\": \"$\",")]
    public async Task No_ResultPath_or_dollar_replaces_the_input_with_the_result(string resultPath)
    {
        // input-output-resultpath.md, "Use ResultPath to Replace the Input with the Result".
        ExecutionResult result = await HelloWorld(resultPath).RunAsync(TutorialInput);

        GuideJson.Output("\"Hello, AWS Step Functions!\"", result);
    }

    [Fact]
    public async Task Null_ResultPath_discards_the_result_and_keeps_the_input()
    {
        // input-output-resultpath.md, "Discard the Result and Keep the Original Input" (the section shows only a
        // diagram; the input is the page's tutorial input).
        ExecutionResult result = await HelloWorld("\"ResultPath\": null,").RunAsync(TutorialInput);

        GuideJson.Output(TutorialInput, result);
    }

    [Fact]
    public async Task ResultPath_taskresult_includes_the_result_with_the_input()
    {
        // input-output-resultpath.md, "Use ResultPath to Include the Result with the Input". The page prints the
        // output with "comment": "This is a test of input and output of a Task state." and "details": "Default
        // behavior example", which are not the input's values: a typo, since ResultPath "$.taskresult" changes
        // nothing but "taskresult". The input's values are asserted.
        ExecutionResult result = await HelloWorld("\"ResultPath\": \"$.taskresult\",").RunAsync(TutorialInput);

        GuideJson.Output("""
            {
              "comment": "This is a test of the input and output of a Task state.",
              "details": "Default example",
              "who": "AWS Step Functions",
              "taskresult": "Hello, AWS Step Functions!"
            }
            """, result);
    }

    [Fact]
    public async Task ResultPath_into_a_child_node_inserts_the_result_under_strings()
    {
        // input-output-resultpath.md, "Use ResultPath to Include the Result with the Input", the second example
        // ("ResultPath": "$.strings.lambdaresult").
        ExecutionResult result = await HelloWorld("\"ResultPath\": \"$.strings.lambdaresult\",").RunAsync("""
            {
              "comment": "An input comment.",
              "strings": {
                "string1": "foo",
                "string2": "bar",
                "string3": "baz"
              },
              "who": "AWS Step Functions"
            }
            """);

        GuideJson.Output("""
            {
              "comment": "An input comment.",
              "strings": {
                "string1": "foo",
                "string2": "bar",
                "string3": "baz",
                "lambdaresult": "Hello, AWS Step Functions!"
              },
              "who": "AWS Step Functions"
            }
            """, result);
    }

    [Fact]
    public async Task ResultPath_comment_overwrites_the_existing_node()
    {
        // input-output-resultpath.md, "Use ResultPath to Update a Node in the Input with the Result". The page prints
        // "details": "Default behavior example" (the input has "Default example") and a trailing comma after the last
        // member: typos, since only "comment" is replaced. The input's "details" is asserted.
        ExecutionResult result = await HelloWorld("\"ResultPath\": \"$.comment\",").RunAsync(TutorialInput);

        GuideJson.Output("""
            {
              "comment": "Hello, AWS Step Functions!",
              "details": "Default example",
              "who": "AWS Step Functions"
            }
            """, result);
    }

    [Fact]
    public async Task A_Catch_with_ResultPath_error_keeps_the_input_and_adds_the_error_output()
    {
        // input-output-resultpath.md, "Use ResultPath to Include Both Error and Input in a Catch": input
        // {"foo": "bar"}, an error "Error here" caught by the page's catcher, and the state output the page prints.
        // The error carries no cause, so the error output has no "Cause" (concepts-error-handling.md, "Error output":
        // the object "usually" contains Cause).
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Task", "States": {
              "Task": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:FailFunction",
                "Catch": [{
                  "ErrorEquals": ["States.ALL"],
                  "Next": "NextTask",
                  "ResultPath": "$.error"
                }],
                "End": true},
              "NextTask": {"Type": "Pass", "End": true}}}
            """).MockState("Task", _ => TaskOutcome.Throw("Error here"));

        ExecutionResult result = await runner.RunAsync("""{"foo": "bar"}""");

        const string CaughtOutput = """
            {
              "foo": "bar",
              "error": {
                "Error": "Error here"
              }
            }
            """;
        GuideJson.Equal(CaughtOutput, result.State("NextTask")[0].InputJson);
        GuideJson.Output(CaughtOutput, result);
    }
}
