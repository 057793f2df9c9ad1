using System.Globalization;

namespace StepGen.Testing.Tests.GuideExamples;

/// <summary>
/// The worked examples of the developer guide's page "Wait" (amazon-states-language-wait-state.md): each Wait state
/// with a NextState after it, on the virtual clock.
/// </summary>
public class AmazonStatesLanguageWaitStateTests
{
    private static readonly DateTimeOffset Start = DateTimeOffset.Parse("2016-03-14T00:00:00Z", CultureInfo.InvariantCulture);

    private static async Task<ExecutionResult> Run(string name, string state, string input = "{}")
    {
        var runner = StateMachineRunner.FromDefinition("""
            {"StartAt": "@NAME@", "States": {"@NAME@": @STATE@, "NextState": {"Type": "Succeed"}}}
            """.Replace("@NAME@", name).Replace("@STATE@", state));
        ExecutionResult result = await runner.RunAsync(input, new ExecutionOptions { StartTime = Start });
        Assert.True(result.Status == ExecutionStatus.Succeeded, result.ToString());
        return result;
    }

    [Fact]
    public async Task wait_ten_seconds_delays_the_next_state_by_10_seconds()
    {
        // amazon-states-language-wait-state.md, "Wait State Examples": "The following Wait state introduces a
        // 10-second delay into a state machine."
        ExecutionResult result = await Run("wait_ten_seconds", """
            {
              "Type": "Wait",
              "Seconds": 10,
              "Next": "NextState"
            }
            """);

        Assert.Equal(Start.AddSeconds(10), result.State("NextState")[0].Entered);
    }

    [Fact]
    public async Task wait_until_waits_until_the_Timestamp()
    {
        // amazon-states-language-wait-state.md, "Wait State Examples": the page's prose says "March 14, 2016, at 1:59 PM
        // UTC", but the timestamp it gives, 2016-03-14T01:59:00Z, is 1:59 AM: the prose is the typo, the value is the
        // definition, and the next state starts at 01:59:00Z.
        ExecutionResult result = await Run("wait_until", """
            {
              "Type": "Wait",
              "Timestamp": "2016-03-14T01:59:00Z",
              "Next": "NextState"
            }
            """);

        Assert.Equal(DateTimeOffset.Parse("2016-03-14T01:59:00Z", CultureInfo.InvariantCulture), result.State("NextState")[0].Entered);
    }

    [Fact]
    public async Task wait_until_reads_the_timestamp_from_expirydate()
    {
        // amazon-states-language-wait-state.md, "Wait State Examples": TimestampPath "$.expirydate" with the page's input.
        ExecutionResult result = await Run(
            "wait_until",
            """
            {
                "Type": "Wait",
                "TimestampPath": "$.expirydate",
                "Next": "NextState"
            }
            """,
            """
            {
              "expirydate": "2016-03-14T01:59:00Z"
            }
            """);

        Assert.Equal(DateTimeOffset.Parse("2016-03-14T01:59:00Z", CultureInfo.InvariantCulture), result.State("NextState")[0].Entered);
        GuideJson.Output("""{"expirydate": "2016-03-14T01:59:00Z"}""", result);
    }
}
