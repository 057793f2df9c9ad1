using System.Text.Json.Nodes;

namespace StepGen.SourceGenerators.Tests;

internal static class PolicyAssert
{
    /// <summary>No wildcard action, no unconditioned "*" resource, unique Sids.</summary>
    public static void LeastPrivilege(JsonNode policy)
    {
        Assert.Equal("2012-10-17", (string?)policy["Version"]);
        var sids = new HashSet<string>();
        foreach (JsonNode? statement in policy["Statement"]!.AsArray())
        {
            Assert.True(sids.Add((string)statement!["Sid"]!), "duplicate Sid " + statement["Sid"]);
            foreach (JsonNode? action in statement["Action"]!.AsArray())
            {
                Assert.DoesNotContain("*", (string)action!);
            }

            foreach (JsonNode? resource in statement["Resource"]!.AsArray())
            {
                if ((string?)resource == "*")
                {
                    Assert.NotNull(statement["Condition"]);
                }
            }
        }
    }
}
