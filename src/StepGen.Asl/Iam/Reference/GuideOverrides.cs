using System;
using System.Collections.Generic;

namespace StepGen.Asl.Iam.Reference;

/// <summary>
/// Where the Step Functions developer guide and the Service Authorization Reference disagree, the guide wins: it is
/// what AWS evaluates a running workflow against. Each entry names the page that says so; a test names each case.
/// </summary>
public static class GuideOverrides
{
    /// <summary>
    /// Resource types the guide grants an action on beyond the reference's.
    /// <list type="bullet">
    /// <item><c>states:InvokeHTTPEndpoint</c>: the reference lists no resource type, but the HTTP Task page ("Call HTTPS
    /// APIs in Step Functions workflows", IAM section, https://docs.aws.amazon.com/step-functions/latest/dg/call-https-apis.html)
    /// grants it on the state machine's ARN with the <c>states:HTTPMethod</c> and <c>states:HTTPEndpoint</c> keys.</item>
    /// <item><c>bedrock-agentcore:InvokeAgentRuntime</c>: the reference scopes it to runtimes, but the AgentCore page
    /// (https://docs.aws.amazon.com/step-functions/latest/dg/connect-bedrockagentcore.html) grants it with
    /// <c>InvokeHarness</c> on the harness that <c>invokeHarness</c> calls.</item>
    /// </list>
    /// </summary>
    private static readonly Dictionary<string, IamResourceType> Resources = new(StringComparer.OrdinalIgnoreCase)
    {
        ["states:InvokeHTTPEndpoint"] = new("statemachine", new[] { "arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}" }),
        ["bedrock-agentcore:InvokeAgentRuntime"] = new("harness", new[] { "arn:${Partition}:bedrock-agentcore:${Region}:${Account}:harness/${HarnessId}" }),
    };

    /// <summary>Condition keys the guide documents for an action, beyond the reference's.</summary>
    private static readonly Dictionary<string, string[]> ConditionKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["states:InvokeHTTPEndpoint"] = new[] { "states:HTTPEndpoint", "states:HTTPMethod" },
    };

    /// <summary>Every action the guide overrides, for the test that names them.</summary>
    public static IEnumerable<string> Actions => Resources.Keys;

    /// <summary>The action as the workflow needs it: the reference entry with what the guide adds, or null when unknown.</summary>
    public static IamAction? Apply(IamAction? fromReference, string action)
    {
        if (!Resources.TryGetValue(action, out IamResourceType? type))
        {
            return fromReference;
        }

        int colon = action.IndexOf(':');
        string service = fromReference?.Service ?? action.Substring(0, colon);
        string name = fromReference?.Name ?? action.Substring(colon + 1);
        var keys = new List<string>(fromReference?.ConditionKeys ?? Array.Empty<string>());
        if (ConditionKeys.TryGetValue(action, out string[]? extra))
        {
            keys.AddRange(extra);
        }

        var resources = new List<IamActionResource>(fromReference?.Resources ?? Array.Empty<IamActionResource>());
        resources.Add(new IamActionResource(type, Required: false));
        return new IamAction(service, name, resources, keys);
    }
}
