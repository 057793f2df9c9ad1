using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;

namespace StepGen.Asl.Iam;

/// <summary>
/// ARNs from the ways tasks name resources: a queue URL, a function name or partial ARN, a table or secret name, a
/// task definition family, a Bedrock model id. Region and account that the value does not give are <c>*</c>; the
/// partition is <c>aws</c>.
/// </summary>
internal static class ResourceArns
{
    public const string AnyRegionAccount = ":*:*:";

    /// <summary>https://sqs.&lt;region&gt;.amazonaws.com/&lt;account&gt;/&lt;queue&gt; gives arn:aws:sqs:&lt;region&gt;:&lt;account&gt;:&lt;queue&gt;.</summary>
    public static string? QueueArn(string url)
    {
        if (IsArn(url, "sqs"))
        {
            return url;
        }

        const string scheme = "https://";
        if (!url.StartsWith(scheme, StringComparison.Ordinal))
        {
            return null;
        }

        string[] parts = url.Substring(scheme.Length).Split('/');
        if (parts.Length != 3 || parts[1].Length == 0 || parts[2].Length == 0)
        {
            return null;
        }

        string[] host = parts[0].Split('.');
        string region = host.Length >= 4 && host[0] == "sqs" ? host[1] : "*";
        return $"arn:aws:sqs:{region}:{parts[1]}:{parts[2]}";
    }

    /// <summary>A function and its versions and aliases, from a name, a partial ARN, an ARN or a substitution.</summary>
    public static string[] FunctionArns(string functionName)
    {
        string baseArn;
        string[] parts = functionName.Split(':');
        if (Substitutions.StartsWithSubstitution(functionName) && Substitutions.KindOf(functionName) != SubstitutionKind.Name)
        {
            baseArn = functionName;
        }
        else if (parts.Length >= 7 && parts[0] == "arn")
        {
            baseArn = string.Join(":", parts, 0, 7);
        }
        else if (parts.Length >= 3 && parts[1] == "function")
        {
            baseArn = $"arn:aws:lambda:*:{parts[0]}:function:{parts[2]}";
        }
        else
        {
            baseArn = $"arn:aws:lambda:*:*:function:{parts[0]}";
        }

        return new[] { baseArn, baseArn + ":*" };
    }

    /// <summary>A DynamoDB table's ARN from its name (or the ARN itself).</summary>
    public static string TableArn(string name) => IsArn(name, "dynamodb") ? name : $"arn:aws:dynamodb{AnyRegionAccount}table/{name}";

    /// <summary>
    /// A Secrets Manager secret from its ARN or name. A secret's ARN ends in a dash and six random characters that its
    /// name does not have, so a name matches with <c>-??????</c> ("Secrets Manager resource ARNs", Secrets Manager user guide).
    /// </summary>
    public static string SecretArn(string id) => IsArn(id, "secretsmanager") ? id : $"arn:aws:secretsmanager{AnyRegionAccount}secret:{id}-??????";

    /// <summary>A family, family:revision or ARN gives the task definition ARN (every revision of a bare family).</summary>
    public static string? TaskDefinitionArn(string value)
    {
        if (Substitutions.StartsWithSubstitution(value) && Substitutions.KindOf(value) != SubstitutionKind.Name)
        {
            return value;
        }

        if (IsArn(value, "ecs"))
        {
            return value.Substring(value.LastIndexOf('/') + 1).Contains(":") ? value : value + ":*";
        }

        if (value.Length == 0 || value.Contains("/"))
        {
            return null;
        }

        return $"arn:aws:ecs{AnyRegionAccount}task-definition/{value}{(value.Contains(":") ? string.Empty : ":*")}";
    }

    /// <summary>
    /// What <c>bedrock:InvokeModel</c> is checked against for a model id: the id's ARN when it is one; a foundation model
    /// (<c>arn:aws:bedrock:&lt;region&gt;::foundation-model/&lt;id&gt;</c>, no account); for a cross-Region inference profile
    /// id (<c>us.</c>, <c>eu.</c>, <c>apac.</c>, <c>global.</c>...), the profile and the foundation model it routes to in
    /// every Region ("Prerequisites for inference profiles", Amazon Bedrock user guide).
    /// </summary>
    public static IEnumerable<string> BedrockModelArns(string modelId)
    {
        if (modelId.StartsWith("arn:", StringComparison.Ordinal) || Substitutions.KindOf(modelId) == SubstitutionKind.Arn)
        {
            yield return modelId;
            yield break;
        }

        int dot = modelId.IndexOf('.');
        string group = dot > 0 ? modelId.Substring(0, dot) : string.Empty;
        if (group is "us" or "eu" or "apac" or "global" or "us-gov" or "jp" or "au" or "ca")
        {
            yield return $"arn:aws:bedrock{AnyRegionAccount}inference-profile/{modelId}";
            yield return $"arn:aws:bedrock:*::foundation-model/{modelId.Substring(dot + 1)}";
            yield break;
        }

        yield return $"arn:aws:bedrock:*::foundation-model/{modelId}";
    }

    public static bool IsArn(string value, string service)
    {
        string[] parts = value.Split(':');
        return parts.Length >= 6 && parts[0] == "arn" && parts[2] == service;
    }

    public static bool IsLambdaFunctionArn(string value)
    {
        string[] parts = value.Split(':');
        return parts.Length >= 7 && parts[0] == "arn" && parts[2] == "lambda" && parts[5] == "function";
    }
}
