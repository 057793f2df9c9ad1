// Copies the IAM policy StepGen generated into a SAM template, because SAM reads a state machine's
// definition from a file (DefinitionUri) but takes IAM policies only inline.
//
//   dotnet run samples/Sam/InlinePolicy.cs -- samples/Sam/template.json
//
// For every AWS::Serverless::StateMachine whose DefinitionUri is a local <Name>.asl.json and whose Role
// is Fn::GetAtt of an AWS::IAM::Role in the same template, the policy <Name>.iam.json next to the
// definition becomes that role's inline policy named <Name> (other inline policies of the role are
// kept). The policy's ${...} placeholders get the values the state machine's DefinitionSubstitutions
// give them, so the definition and the policy can never be filled differently:
//
//   "${X}"                  -> the value of X in DefinitionSubstitutions, as written there
//   "...${X}..."            -> { "Fn::Sub": "...${X}..." } when X is { "Ref": "X" } (a parameter),
//                              else { "Fn::Sub": [ "...${X}...", { "X": <its value> } ] }
//
// The template is rewritten only when that changes it. Exit code 1, with a message, when a placeholder
// of the definition or the policy has no value in DefinitionSubstitutions, or a file is missing.
#:property PublishAot=false
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

string templatePath = Path.GetFullPath(args.Length > 0 ? args[0] : "template.json");
if (!File.Exists(templatePath))
{
    return Fail($"{templatePath}: no such template (usage: dotnet run InlinePolicy.cs -- <template.json>)");
}

string original = File.ReadAllText(templatePath);
JsonObject template = JsonNode.Parse(original) as JsonObject ?? throw new InvalidDataException(templatePath + " is not a JSON object");
JsonObject resources = template["Resources"] as JsonObject ?? new JsonObject();
string templateDirectory = Path.GetDirectoryName(templatePath)!;
int inlined = 0;

foreach ((string id, JsonNode? resource) in resources.ToList())
{
    if (resource?["Type"]?.GetValue<string>() != "AWS::Serverless::StateMachine"
        || resource["Properties"]?["DefinitionUri"] is not JsonValue uriValue
        || !uriValue.TryGetValue(out string? definitionUri)
        || !definitionUri.EndsWith(".asl.json", StringComparison.Ordinal))
    {
        continue;
    }

    JsonObject properties = resource["Properties"]!.AsObject();
    string? roleId = RoleResourceId(properties["Role"]);
    if (roleId is null || resources[roleId]?["Type"]?.GetValue<string>() != "AWS::IAM::Role")
    {
        return Fail($"{id}: Role must be {{ \"Fn::GetAtt\": [\"<an AWS::IAM::Role of this template>\", \"Arn\"] }} to receive the generated policy");
    }

    string definitionPath = Path.Combine(templateDirectory, definitionUri);
    string policyPath = definitionPath[..^".asl.json".Length] + ".iam.json";
    foreach (string path in new[] { definitionPath, policyPath })
    {
        if (!File.Exists(path))
        {
            return Fail($"{path} not found: build the workflows first (see README.md)");
        }
    }

    JsonObject substitutions = properties["DefinitionSubstitutions"] as JsonObject ?? new JsonObject();
    List<string> missing = Placeholders(File.ReadAllText(definitionPath))
        .Concat(Placeholders(File.ReadAllText(policyPath)))
        .Distinct()
        .Where(name => !substitutions.ContainsKey(name))
        .ToList();
    if (missing.Count > 0)
    {
        return Fail($"{id}: DefinitionSubstitutions has no value for {string.Join(", ", missing)}");
    }

    string machineName = Path.GetFileName(definitionPath)[..^".asl.json".Length];
    JsonNode policy = Substitute(JsonNode.Parse(File.ReadAllText(policyPath))!, substitutions);

    JsonObject roleProperties = resources[roleId]!["Properties"] as JsonObject ?? new JsonObject();
    resources[roleId]!["Properties"] = roleProperties;
    JsonArray policies = roleProperties["Policies"] as JsonArray ?? new JsonArray();
    roleProperties["Policies"] = policies;

    var entry = new JsonObject { ["PolicyName"] = machineName, ["PolicyDocument"] = policy };
    int index = policies.ToList().FindIndex(p => p?["PolicyName"]?.GetValue<string>() == machineName);
    if (index >= 0)
    {
        policies[index] = entry;
    }
    else
    {
        policies.Add(entry);
    }

    Console.WriteLine($"{id}: {Path.GetRelativePath(templateDirectory, policyPath)} -> {roleId} policy {machineName}");
    inlined++;
}

if (inlined == 0)
{
    return Fail($"{templatePath}: no AWS::Serverless::StateMachine with a local .asl.json DefinitionUri");
}

string updated = Write(template);
if (updated == original)
{
    Console.WriteLine($"{Path.GetFileName(templatePath)} is up to date");
}
else
{
    File.WriteAllText(templatePath, updated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
    Console.WriteLine($"{Path.GetFileName(templatePath)} updated");
}

return 0;

static int Fail(string message)
{
    Console.Error.WriteLine(message);
    return 1;
}

static IEnumerable<string> Placeholders(string text) =>
    Regex.Matches(text, @"\$\{([^}]+)\}").Select(m => m.Groups[1].Value);

// { "Fn::GetAtt": ["Id", "Arn"] } or { "Fn::GetAtt": "Id.Arn" }
static string? RoleResourceId(JsonNode? role) => role?["Fn::GetAtt"] switch
{
    JsonArray { Count: 2 } pair when pair[1]?.GetValue<string>() == "Arn" => pair[0]?.GetValue<string>(),
    JsonValue text when text.TryGetValue(out string? s) && s.EndsWith(".Arn", StringComparison.Ordinal) => s[..^".Arn".Length],
    _ => null,
};

static JsonNode Substitute(JsonNode node, JsonObject substitutions)
{
    switch (node)
    {
        case JsonObject obj:
            var copy = new JsonObject();
            foreach ((string key, JsonNode? value) in obj)
            {
                copy[key] = value is null ? null : Substitute(value, substitutions);
            }

            return copy;

        case JsonArray array:
            return new JsonArray(array.Select(item => item is null ? null : Substitute(item, substitutions)).ToArray());

        case JsonValue value when value.TryGetValue(out string? text) && text.Contains("${", StringComparison.Ordinal):
            Match whole = Regex.Match(text, @"^\$\{([^}]+)\}$");
            if (whole.Success)
            {
                return substitutions[whole.Groups[1].Value]!.DeepClone();
            }

            var variables = new JsonObject();
            foreach (string name in Placeholders(text).Distinct())
            {
                JsonNode substitution = substitutions[name]!;
                bool isParameterOfThatName = substitution is JsonObject { Count: 1 } reference
                    && reference["Ref"] is JsonValue target && target.TryGetValue(out string? parameter) && parameter == name;
                if (!isParameterOfThatName)
                {
                    variables[name] = substitution.DeepClone();
                }
            }

            return variables.Count == 0
                ? new JsonObject { ["Fn::Sub"] = text }
                : new JsonObject { ["Fn::Sub"] = new JsonArray(text, variables) };

        default:
            return node.DeepClone();
    }
}

// Two-space indentation and \n line ends on every OS, characters kept as they are (no \u escapes
// for '+', '<', '\'' and the like), and a final newline.
static string Write(JsonNode node)
{
    using var stream = new MemoryStream();
    using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }))
    {
        node.WriteTo(writer);
    }

    return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
}
