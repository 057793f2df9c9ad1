using StepGen.Asl.Compile;

namespace StepGen.Asl.Tests;

public class CoreRulesTests
{
    [Theory]
    [InlineData("https://hooks.slack.com/triggers/1/2/3", true)]
    [InlineData("https://api.example.com", true)]
    [InlineData("${ApiBase}/tickets", true)]
    [InlineData("HTTPS://api.example.com/x", true)]
    [InlineData("http://api.example.com/x", false)]
    [InlineData("api.example.com/x", false)]
    [InlineData("https:///path", false)]
    [InlineData("https://api.example.com/a b", false)]
    public void EndpointMustBeAbsoluteHttps(string endpoint, bool ok) => Assert.Equal(ok, HttpTask.EndpointProblem(endpoint) is null);

    [Theory]
    [InlineData("Authorization", false)]
    [InlineData("authorization", false)]
    [InlineData("X-Amz-Date", false)]
    [InlineData("x-forwarded-for", false)]
    [InlineData("Host", false)]
    [InlineData("Content-Type", true)]
    [InlineData("X-Api-Version", true)]
    public void ForbiddenHeadersAreCaseInsensitive(string header, bool ok) => Assert.Equal(ok, HttpTask.HeaderProblem(header) is null);

    [Theory]
    [InlineData("arn:aws:events:us-east-1:123456789012:connection/Stripe/81210c42-8af1-456b-9c4a-6ff02fc664ac", true)]
    [InlineData("arn:aws-us-gov:events:us-gov-west-1:123456789012:connection/a.b_c-d/1", true)]
    [InlineData("arn:aws:events:us-east-1:123456789012:connection/Stripe", false)]
    [InlineData("arn:aws:events:us-east-1:12345:connection/Stripe/1", false)]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:f", false)]
    public void ConnectionArnShape(string arn, bool ok) => Assert.Equal(ok, HttpTask.IsConnectionArn(arn));

    [Theory]
    [InlineData("2016-03-14T01:59:00Z", true)]
    [InlineData("2016-03-14T01:59:00.123Z", true)]
    [InlineData("2016-03-14T01:59:00+02:00", true)]
    [InlineData("2016-03-14t01:59:00z", false)]
    [InlineData("2016-03-14 01:59:00Z", false)]
    [InlineData("2016-13-14T01:59:00Z", false)]
    [InlineData("2016-03-14T01:59:00", false)]
    [InlineData("2023-02-30T00:00:00Z", false)]
    public void Timestamps(string value, bool ok) => Assert.Equal(ok, Conditions.TimestampLiteral.Check(value) is null);

    [Fact]
    public void Substitutions_AreCollectedByName()
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        Substitutions.Collect("${A} and ${B_2}/x ${A} but not ${} nor ${1x} nor ${a b} nor $A", names);
        Assert.Equal(new[] { "A", "B_2" }, names);
        Assert.True(Substitutions.IsWholeSubstitution("${Conn}"));
        Assert.False(Substitutions.IsWholeSubstitution("${Conn}/x"));
        Assert.True(Substitutions.StartsWithSubstitution("${Conn}/x"));
    }

    [Theory]
    [InlineData("Finsh", "Finish")]
    [InlineData("finish", "Finish")]
    [InlineData("SendNotifcation", "SendNotification")]
    [InlineData("Completely", null)]
    public void ClosestName(string typed, string? expected) =>
        Assert.Equal(expected, Names.Closest(typed, new[] { "Start", "Finish", "SendNotification" }));

    [Theory]
    [InlineData("Data Pipeline Failed!", true, true)]
    [InlineData("", false, true)]
    [InlineData("tab\there", true, false)]
    public void StateNames(string name, bool accepted, bool unremarkable)
    {
        // A control character is doubtful, not refused: the developer guide allows any JSON string as a state name.
        Assert.Equal(accepted, Names.StateNameProblem(name) is null);
        Assert.Equal(unremarkable, Names.StateNameDoubt(name) is null);
    }

    [Fact]
    public void StateNamesCountCodePoints()
    {
        Assert.Null(Names.StateNameProblem(string.Concat(Enumerable.Repeat("😀", 80))));
        Assert.NotNull(Names.StateNameProblem(new string('a', 81)));
    }

    [Theory]
    [InlineData("SlackNotification", true)]
    [InlineData("nightly-pipeline_v2", true)]
    [InlineData("Data Pipeline", false)]
    [InlineData("a/b", false)]
    [InlineData("${Name}", false)]
    public void MachineNames(string name, bool ok) => Assert.Equal(ok, Names.MachineNameProblem(name) is null);
}
