using System;
using System.IO;

using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Sources.CloudFormation;

/// <summary>
/// Finds the state machines of a CloudFormation or SAM template (JSON or YAML, a CDK app's synthesized templates
/// included): each <c>AWS::StepFunctions::StateMachine</c> and <c>AWS::Serverless::StateMachine</c> resource, its
/// definition from <c>Definition</c> (an object, intrinsics replaced), <c>DefinitionString</c> (a string,
/// <c>Fn::Sub</c> or <c>Fn::Join</c>) or <c>DefinitionUri</c> (a local file, relative to the template), with the literal
/// <c>DefinitionSubstitutions</c> applied and the others left as opaque <c>${Name}</c>.
/// A definition in S3 (<c>DefinitionS3Location</c>, an <c>s3://</c> or <c>{Bucket, Key}</c> <c>DefinitionUri</c>) cannot
/// be read and is reported as such.
/// </summary>
internal static class CloudFormationTemplates
{
    public const string StepFunctionsType = "AWS::StepFunctions::StateMachine";
    public const string ServerlessType = "AWS::Serverless::StateMachine";

    /// <summary>True when the text names a state machine resource type (a quick test before parsing).</summary>
    public static bool MentionsStateMachine(string text) =>
        text.Contains(StepFunctionsType, StringComparison.Ordinal) || text.Contains(ServerlessType, StringComparison.Ordinal);

    /// <summary>True when <paramref name="root"/> has a <c>Resources</c> mapping.</summary>
    public static bool HasResources(SourceNode root) => root is SourceMapping m && m.Get("Resources") is SourceMapping;

    /// <summary>True when <paramref name="root"/> is a template with at least one state machine resource.</summary>
    public static bool HasStateMachines(SourceNode root)
    {
        if (root is not SourceMapping m || m.Get("Resources") is not SourceMapping resources)
        {
            return false;
        }

        foreach (SourceMember resource in resources.Members)
        {
            if (TypeOf(resource.Value) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds each state machine of the template <paramref name="root"/>, read from <paramref name="file"/>.</summary>
    public static void Read(string file, string text, SourceNode root, SourceCollector sink)
    {
        var resources = (SourceMapping)((SourceMapping)root).Get("Resources")!;
        foreach (SourceMember resource in resources.Members)
        {
            string? type = TypeOf(resource.Value);
            if (type is null)
            {
                continue;
            }

            ReadStateMachine(file, text, resource.Key.Value, type, (SourceMapping)resource.Value, resource.Key.Offset, sink);
        }
    }

    private static string? TypeOf(SourceNode resource) =>
        resource is SourceMapping r && r.Get("Type") is SourceScalar { Value: StepFunctionsType or ServerlessType } t ? t.Value : null;

    private static void ReadStateMachine(string file, string text, string logicalId, string type, SourceMapping resource, int at, SourceCollector sink)
    {
        bool serverless = type == ServerlessType;
        if (resource.Get("Properties") is not SourceMapping properties)
        {
            sink.Error(file, text, at, $"{logicalId} ({type}) has no Properties, so no definition");
            return;
        }

        string? machineName = properties.Get(serverless ? "Name" : "StateMachineName") is SourceScalar { Kind: ScalarKind.String } n ? n.Value : null;
        Substitutions substitutions = ReadSubstitutions(properties.Get("DefinitionSubstitutions"));

        if (properties.Get("Definition") is SourceNode definition)
        {
            if (definition is SourceMapping && !CloudFormationIntrinsics.IsIntrinsic(definition, out _, out _))
            {
                SourceDocuments.AddRendered(file, text, logicalId, machineName, CloudFormationIntrinsics.Resolve(definition, substitutions), sink);
            }
            else
            {
                sink.Error(file, text, definition.Offset, $"the Definition of {logicalId} is {SourceDocuments.Describe(definition)}, not an object written in the template: lint cannot read it");
            }

            return;
        }

        if (properties.Get("DefinitionString") is SourceNode definitionString)
        {
            SegmentedText? segments = CloudFormationIntrinsics.AsText(definitionString);
            if (segments is null || segments.IsOnlyPlaceholder)
            {
                sink.Error(file, text, definitionString.Offset, $"the DefinitionString of {logicalId} is {SourceDocuments.Describe(definitionString)}, not text written in the template: lint cannot read it");
                return;
            }

            sink.Add(file, text, logicalId, machineName, segments.ToMappedString(substitutions));
            return;
        }

        if (serverless && properties.Get("DefinitionUri") is SourceNode uri)
        {
            ReadDefinitionUri(file, text, logicalId, machineName, uri, substitutions, sink);
            return;
        }

        if (properties.Get("DefinitionS3Location") is SourceNode location)
        {
            sink.Error(file, text, location.Offset, $"the definition of {logicalId} is in S3 (DefinitionS3Location), which lint does not read: lint the file it was uploaded from");
            return;
        }

        sink.Error(file, text, at, serverless
            ? $"{logicalId} ({type}) has no Definition or DefinitionUri"
            : $"{logicalId} ({type}) has no Definition, DefinitionString or DefinitionS3Location");
    }

    private static void ReadDefinitionUri(string file, string text, string logicalId, string? machineName, SourceNode uri, Substitutions substitutions, SourceCollector sink)
    {
        if (uri is SourceMapping location && location.Get("Bucket") != null && !CloudFormationIntrinsics.IsIntrinsic(uri, out _, out _))
        {
            string key = location.Get("Key") is SourceScalar k ? ", Key " + k.Value : string.Empty;
            sink.Error(file, text, uri.Offset, $"the DefinitionUri of {logicalId} is in S3 (Bucket {SourceDocuments.Describe(location.Get("Bucket")!)}{key}), which lint does not read: lint the file it was uploaded from");
            return;
        }

        if (uri is not SourceScalar { Kind: ScalarKind.String } path || path.Value.Length == 0)
        {
            sink.Error(file, text, uri.Offset, $"the DefinitionUri of {logicalId} is {SourceDocuments.Describe(uri)}, a computed location: lint cannot tell which file it names");
            return;
        }

        if (path.Value.StartsWith("s3://", StringComparison.OrdinalIgnoreCase) || path.Value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            sink.Error(file, text, path.Offset, $"the DefinitionUri of {logicalId} is in S3 ({path.Value}), which lint does not read: lint the file it was uploaded from");
            return;
        }

        string local = SourceFiles.Resolve(file, path.Value);
        if (!File.Exists(local))
        {
            sink.Error(file, text, path.Offset, Directory.Exists(local)
                ? $"the DefinitionUri of {logicalId} names a directory, {local}, not a definition file"
                : $"the DefinitionUri of {logicalId} names {path.Value}, which does not exist (looked for {local})");
            return;
        }

        if (!SourceDocuments.ReadDefinitionFile(local, logicalId, machineName, substitutions, sink))
        {
            SourceFiles.TryRead(local, out string? error);
            sink.Error(file, text, path.Offset, $"the DefinitionUri of {logicalId} names {local}, which cannot be read: {error}");
        }
    }

    /// <summary>The literal substitutions; the computed ones are recorded as such so that they stay opaque.</summary>
    private static Substitutions ReadSubstitutions(SourceNode? node)
    {
        var substitutions = new Substitutions();
        if (node is SourceMapping mapping && !CloudFormationIntrinsics.IsIntrinsic(mapping, out _, out _))
        {
            foreach (SourceMember member in mapping.Members)
            {
                MappedString? value = member.Value is SourceScalar { Kind: ScalarKind.Null } ? null : CloudFormationIntrinsics.LiteralText(member.Value);
                substitutions.Set(member.Key.Value, value?.Value);
            }
        }

        return substitutions;
    }
}
