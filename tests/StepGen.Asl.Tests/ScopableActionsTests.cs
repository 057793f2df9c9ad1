using StepGen.Asl.Iam;

namespace StepGen.Asl.Tests;

public class ScopableActionsTests
{
    [Theory]
    [InlineData("events:RetrieveConnectionCredentials", "connection/")]
    [InlineData("secretsmanager:GetSecretValue", "secret:events!connection/")]
    [InlineData("secretsmanager:DescribeSecret", "secret:events!connection/")]
    [InlineData("lambda:InvokeFunction", ":function:")]
    [InlineData("LAMBDA:invokefunction", ":function:")]
    [InlineData("sns:Publish", "arn:aws:sns:")]
    [InlineData("sqs:SendMessage", "arn:aws:sqs:")]
    [InlineData("dynamodb:PutItem", ":table/")]
    [InlineData("states:StartExecution", ":stateMachine:")]
    [InlineData("events:PutEvents", ":event-bus/")]
    public void ScopableActions_SayWhatToScopeThemTo(string action, string arnPart)
    {
        ScopableAction? entry = ScopableActions.Find(action);
        Assert.NotNull(entry);
        Assert.Contains(arnPart, entry.Arn, StringComparison.Ordinal);
        Assert.StartsWith("the ", entry.ScopedTo, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("states:InvokeHTTPEndpoint")]
    [InlineData("ecs:StopTask")]
    [InlineData("logs:CreateLogDelivery")]
    [InlineData("sns:*")]
    [InlineData("")]
    public void OtherActions_AreNotInTheList(string action) => Assert.Null(ScopableActions.Find(action));

    [Fact]
    public void EveryEntry_IsOneServiceAction_Once()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (ScopableAction entry in ScopableActions.All)
        {
            Assert.Matches("^[a-z0-9-]+:[A-Z][A-Za-z]+$", entry.Action);
            Assert.True(seen.Add(entry.Action), entry.Action + " is listed twice");
            Assert.StartsWith("arn:aws:", entry.Arn, StringComparison.Ordinal);
        }
    }
}
