using StepGen.Testing;

namespace StepGen.Testing.Tests;

/// <summary>Definitions the runner cannot run are refused up front, with the state, the field and what to do.</summary>
public class DefinitionTests
{
    [Theory]
    [InlineData("{\"StartAt\": \"A\", ", "not valid JSON")]
    [InlineData("""{"States": {"A": {"Type": "Succeed"}}}""", "has no StartAt")]
    [InlineData("""{"StartAt": "B", "States": {"A": {"Type": "Succeed"}}}""", "StartAt of the state machine names 'B'")]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Nope"}}}""", "State 'A': Next names 'Nope'")]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Pass"}}}""", "State 'A' has neither Next nor End")]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Pas", "End": true}}}""", "has Type 'Pas'")]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Task", "End": true}}}""", "State 'A' has no Resource")]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Wait", "Seconds": "10", "End": true}}}""", "Seconds must be an integer, not the string \"10\"")]
    [InlineData("""{"StartAt": "A", "States": {"A": {"Type": "Task", "Resource": "r", "Retry": [{"MaxAttempts": 1}], "End": true}}}""", "Retry[0].ErrorEquals")]
    public void A_definition_that_cannot_run_is_refused_with_a_message_that_says_where(string definition, string expected)
    {
        var e = Assert.Throws<StateMachineDefinitionException>(() => StateMachineRunner.FromDefinition(definition));

        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Mocking_a_state_the_machine_does_not_have_is_a_mistake_in_the_test()
    {
        var runner = StateMachineRunner.FromDefinition("""{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""");

        var e = Assert.Throws<ArgumentException>(() => runner.MockState("B", _ => TaskOutcome.Return("1")));

        Assert.Contains("'B'", e.Message);
    }

    [Fact]
    public async Task A_mock_result_that_is_not_JSON_is_reported_with_the_state()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "Call", "States": {"Call": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true}}}
            """).MockState("Call", _ => TaskOutcome.Return("{'single': 'quotes'}"));

        var e = await Assert.ThrowsAsync<InvalidMockException>(() => runner.RunAsync());

        Assert.Contains("'Call'", e.Message);
        Assert.Contains("not JSON", e.Message);
    }

    [Fact]
    public async Task Names_the_machine_does_not_have_are_typos_in_the_test_and_are_refused()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "Call"},
              "Call": {"Type": "Task", "Resource": "arn:aws:states:::sqs:sendMessage", "End": true}}}
            """).MockState("Call", _ => TaskOutcome.Return("{}"));

        var onPass = Assert.Throws<ArgumentException>(() => runner.MockState("A", _ => TaskOutcome.Return("1")));
        var resource = Assert.Throws<ArgumentException>(() => runner.MockResource("arn:aws:states:::sqs:sendMesage", _ => TaskOutcome.Return("1")));
        var testCase = Assert.Throws<ArgumentException>(() => runner.UseMockConfig(
            MockConfigFile.Parse("""{"StateMachines": {"M": {"TestCases": {"T": {"Cal": "R"}}}}, "MockedResponses": {"R": {"0": {"Return": 1}}}}"""), "T"));
        ExecutionResult result = await runner.RunAsync();
        var visits = Assert.Throws<ArgumentException>(() => result.State("Cal"));

        Assert.Contains("Pass state, not a Task state", onPass.Message);
        Assert.Contains("arn:aws:states:::sqs:sendMessage", resource.Message);
        Assert.Contains("'Cal'", testCase.Message);
        Assert.Contains("its states are A, Call", visits.Message);
        Assert.DoesNotContain(result.State("A"), v => v.Error != null);
    }

    [Fact]
    public async Task Input_that_is_not_JSON_is_refused()
    {
        var runner = StateMachineRunner.FromDefinition("""{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""");

        await Assert.ThrowsAsync<ArgumentException>(() => runner.RunAsync("{oops"));
    }

    [Fact]
    public async Task A_JSONata_state_after_a_JSONPath_state_runs_with_its_own_query_language()
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "Next": "B"},
              "B": {"Type": "Pass", "QueryLanguage": "JSONata", "Output": "{% 1 %}", "End": true}}}
            """);

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("1", result.OutputJson);
    }

    [Fact]
    public void A_QueryLanguage_that_is_neither_JSONPath_nor_JSONata_is_refused()
    {
        var e = Assert.Throws<StateMachineDefinitionException>(() => StateMachineRunner.FromDefinition("""
            {"StartAt": "A", "States": {"A": {"Type": "Pass", "QueryLanguage": "jsonata", "End": true}}}
            """));

        Assert.Contains("State 'A': QueryLanguage is \"jsonata\"", e.Message);
    }

    [Fact]
    public async Task Substitutions_replace_placeholders_before_the_definition_is_read()
    {
        var runner = StateMachineRunner.FromDefinition(
            """{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "${Greeting}", "End": true}}}""",
            substitutions: new Dictionary<string, string> { ["Greeting"] = "hello" });

        ExecutionResult result = await runner.RunAsync();

        Assert.Equal("\"hello\"", result.OutputJson);
    }
}
