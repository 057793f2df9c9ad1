using StepGen.Asl.Iam.Reference;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

/// <summary>What every derived policy must be, checked against the Service Authorization Reference.</summary>
internal static class PolicyChecks
{
    /// <summary>
    /// Actions granted on "*" that have resource types, because the developer guide's template for the integration does
    /// so: SageMaker's training and transform jobs tag and list tags on "*" (connect-sagemaker.html).
    /// </summary>
    private static readonly string[] GuideGrantsOnAnyResource = { "sagemaker:AddTags", "sagemaker:ListTags" };

    /// <summary>
    /// Every action exists and has no wildcard; every resource can match a resource type of each action of its statement;
    /// "*" only for actions IAM cannot scope (or that the guide grants so), or under a condition; Sids unique.
    /// </summary>
    public static void AssertMatchesReference(JsonObject policy)
    {
        Assert.Equal("2012-10-17", ((JsonString)policy.Get("Version")!).Value);
        var sids = new HashSet<string>();
        JsonArray statements = (JsonArray)policy.Get("Statement")!;
        Assert.NotEmpty(statements.Items);
        foreach (JsonObject statement in statements.Items.Cast<JsonObject>())
        {
            Assert.True(sids.Add(((JsonString)statement.Get("Sid")!).Value), "Sids must be unique");
            string[] actions = ((JsonArray)statement.Get("Action")!).Items.Select(a => ((JsonString)a).Value).ToArray();
            string[] resources = ((JsonArray)statement.Get("Resource")!).Items.Select(r => ((JsonString)r).Value).ToArray();
            var known = new List<IamAction>();
            foreach (string action in actions)
            {
                Assert.DoesNotContain("*", action);
                IamAction? found = IamReference.ForWorkflow(action);
                Assert.True(found is not null, $"{action} is not an IAM action");
                Assert.Equal(found!.FullName, action);
                known.Add(found);
            }

            bool deny = statement.Get("Effect") is JsonString { Value: "Deny" };
            foreach (IamAction action in known)
            {
                if (resources.Contains("*"))
                {
                    Assert.True(action.OnlyOnAnyResource || deny || statement.Get("Condition") is not null || GuideGrantsOnAnyResource.Contains(action.FullName), $"unconditioned \"*\" for {action.FullName}, which IAM can scope");
                }
                else
                {
                    Assert.False(action.OnlyOnAnyResource, $"{action.FullName} has no resource type, so IAM matches it only with \"*\", not {string.Join(", ", resources)}");
                    Assert.True(resources.Any(resource => ArnFormats.Serves(resource, action)), $"none of {string.Join(", ", resources)} is a resource {action.FullName} acts on");
                }
            }

            foreach (string resource in resources.Where(r => r != "*"))
            {
                Assert.True(known.Any(action => ArnFormats.Serves(resource, action)), $"{resource} is not a resource any of {string.Join(", ", actions)} acts on");
            }
        }
    }
}
