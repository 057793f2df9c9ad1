using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Amazon.CDK.AWS.IAM;

namespace StepGen.Samples.Cdk;

/// <summary>
/// Turns a generated <c>IamPolicy</c> into a CDK <see cref="PolicyDocument"/>, with every <c>${Name}</c>
/// replaced by the value the stack supplies for it (usually a token such as <c>function.FunctionArn</c>).
/// </summary>
/// <remarks>
/// The policy is parsed and rebuilt value by value rather than handed to <c>Fn::Sub</c> as text. A token
/// placed inside a string (<c>"${Token[...]}:*"</c>) stays a token: CDK resolves it at synth time to
/// <c>Fn::GetAtt</c>, <c>Ref</c> or an <c>Fn::Join</c> around them, so the template holds an ordinary
/// policy object that CDK, CloudFormation and policy linters can read statement by statement. The text
/// route would leave one opaque <c>Fn::Sub</c> string, and would also try to expand any IAM policy
/// variable such as <c>${aws:username}</c>; those are left alone here because their names hold a colon.
/// </remarks>
public static partial class GeneratedPolicy
{
    public static PolicyDocument ToPolicyDocument(string policyJson, IReadOnlyDictionary<string, string> values)
    {
        JsonNode root = JsonNode.Parse(policyJson) ?? throw new ArgumentException("the policy is empty", nameof(policyJson));
        return PolicyDocument.FromJson(Convert(root, values));
    }

    /// <summary>Replaces each <c>${Name}</c> in <paramref name="text"/>; a name with no value is an error.</summary>
    public static string Substitute(string text, IReadOnlyDictionary<string, string> values) =>
        SubstitutionPattern().Replace(text, match =>
            values.TryGetValue(match.Groups[1].Value, out string? value)
                ? value
                : throw new InvalidOperationException($"no value for ${{{match.Groups[1].Value}}} in \"{text}\""));

    // The plain JSON shapes jsii can pass to the JavaScript side: maps, arrays and primitives.
    private static object Convert(JsonNode node, IReadOnlyDictionary<string, string> values) => node switch
    {
        JsonObject obj => obj.ToDictionary(p => p.Key, p => Convert(p.Value ?? throw Null(p.Key), values)),
        JsonArray array => array.Select(item => Convert(item ?? throw Null("array item"), values)).ToArray(),
        JsonValue value when value.TryGetValue(out string? text) => Substitute(text, values),
        JsonValue value when value.TryGetValue(out bool flag) => flag,
        JsonValue value => value.GetValue<double>(),
        _ => throw new ArgumentException("unexpected JSON node " + node.GetType().Name),
    };

    private static ArgumentException Null(string where) => new("null is not expected in a policy (" + where + ")");

    // The names StepGen lists in Substitutions: a letter or '_', then letters, digits or '_'.
    [GeneratedRegex(@"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")]
    private static partial Regex SubstitutionPattern();
}
