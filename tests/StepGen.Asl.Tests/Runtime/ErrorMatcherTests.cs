using StepGen.Asl.Runtime;

namespace StepGen.Asl.Tests.Runtime;

/// <summary>Which error names an ErrorEquals entry matches ("Handling errors in Step Functions").</summary>
public class ErrorMatcherTests
{
    [Theory]
    [InlineData("Custom.Error", "Custom.Error", true)]
    [InlineData("Custom.Error", "custom.error", false)] // names are case-sensitive
    [InlineData("States.ALL", "Custom.Error", true)]
    [InlineData("States.ALL", "States.Timeout", true)]
    [InlineData("States.ALL", "States.Runtime", false)]
    [InlineData("States.ALL", "States.DataLimitExceeded", false)]
    [InlineData("States.TaskFailed", "States.Http.StatusCode.503", true)]
    [InlineData("States.TaskFailed", "States.Timeout", false)]
    [InlineData("States.TaskFailed", "States.HeartbeatTimeout", false)]
    [InlineData("States.TaskFailed", "States.Runtime", false)]
    [InlineData("States.Timeout", "States.HeartbeatTimeout", true)]
    [InlineData("States.HeartbeatTimeout", "States.Timeout", false)]
    [InlineData("States.Runtime", "States.Runtime", false)] // terminal: not even its own name catches it
    [InlineData("States.DataLimitExceeded", "States.DataLimitExceeded", false)]
    public void An_entry_matches_what_the_guide_says(string entry, string error, bool matches)
    {
        Assert.Equal(matches, ErrorMatcher.Matches(entry, error));
    }

    [Fact]
    public void A_list_matches_when_any_entry_does()
    {
        Assert.True(ErrorMatcher.Matches(new[] { "A", "B" }, "B"));
        Assert.False(ErrorMatcher.Matches(new[] { "A", "B" }, "C"));
        Assert.False(ErrorMatcher.Matches(System.Array.Empty<string>(), "A"));
    }
}
