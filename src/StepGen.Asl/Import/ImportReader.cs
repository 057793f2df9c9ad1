using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary>
/// <see cref="AslImporter"/>'s work for one definition: the machine, its scopes (the machine's States, each Parallel
/// branch, each Map item processor) and their states. Split over <c>ImportReader.*.cs</c> by what is read.
/// </summary>
internal sealed partial class ImportReader
{
    private static readonly string[] MachineFields = { "StartAt", "States", "Comment", "Version", "TimeoutSeconds", "QueryLanguage" };

    private readonly string _text;
    private readonly string _className;
    private readonly string? _machineName;
    private readonly ImportSites _sites = new();
    private readonly List<ImportProblem> _problems = new();
    private readonly List<ImportNote> _notes = new();
    private readonly List<SourceScope> _branches = new();
    private ClassNames _names = null!;
    private bool _jsonAta;

    public ImportReader(string text, string className, string? machineName)
    {
        _text = text;
        _className = className;
        _machineName = machineName;
    }

    public AslImport Run()
    {
        JsonParseResult parsed = JsonParser.Parse(_text, AslImporter.MaxDepth);
        if (!parsed.Success)
        {
            return new AslImport(parsed, null, null, _sites, _problems, _notes);
        }

        if (parsed.Value is not JsonObject root)
        {
            Problem(Rules.BadJson, "$", "A state machine definition is a JSON object with StartAt and States.", 0, _text.Length);
            return new AslImport(parsed, null, null, _sites, _problems, _notes);
        }

        var stateNames = new List<string>();
        CollectStateNames(root, stateNames, 0);
        _names = new ClassNames(_className, stateNames);

        var machine = new AttributeBuilder(AttributeNames.StateMachine, null, null, 0, _sites, ImportSite.Of(root.KeySpan("StartAt")).IsKnown ? ImportSite.Of(root.KeySpan("StartAt")) : ImportSite.Of(root.Span));
        _sites.Add(null, null, -1, null, -1, ImportSite.Of(root.Span));
        if (_machineName is not null && _machineName != _className)
        {
            machine.Add(ArgumentNames.Name, SourceValue.FromString(_machineName), default);
        }

        foreach (KeyValuePair<string, JsonNode> member in root.Members)
        {
            string path = AslImporter.Member("$", member.Key);
            switch (member.Key)
            {
                case "StartAt" or "Comment" or "Version":
                    ReadString(root, member.Key, path, machine, member.Key);
                    break;
                case "TimeoutSeconds":
                    if (!ReadInteger(root, member.Key, path, machine, member.Key, jsonAtaAllowed: false))
                    {
                        NoteLeftOut(path, member.Key, root.KeySpan(member.Key));
                    }

                    break;
                case "QueryLanguage":
                    _jsonAta = ReadQueryLanguage(root, path, machine) == true;
                    break;
                case "States":
                    break;
                default:
                    Problem(Rules.FieldNotAllowed, path, $"{member.Key} is not a top-level field of a state machine; the fields are {string.Join(", ", MachineFields)}.", root.KeySpan(member.Key));
                    break;
            }
        }

        EquatableArray<SourceState> states = ReadStates(root, null, "$", _jsonAta);
        var source = new SourceMachine(_className, true, new[] { machine.Build() }.ToEquatableArray(), states, _branches.ToEquatableArray(), EquatableArray<SourceEndpoint>.Empty, Options: CompileOptions.AslJson);
        return new AslImport(parsed, source, root, _sites, _problems, _notes);
    }

    /// <summary>Every state name, branches included, so that class names never shadow one.</summary>
    private static void CollectStateNames(JsonObject scope, List<string> names, int depth)
    {
        if (depth > AslImporter.MaxDepth || scope.Get("States") is not JsonObject states)
        {
            return;
        }

        foreach (KeyValuePair<string, JsonNode> state in states.Members)
        {
            names.Add(state.Key);
            if (state.Value is not JsonObject body)
            {
                continue;
            }

            if (body.Get("Branches") is JsonArray branches)
            {
                foreach (JsonNode branch in branches.Items)
                {
                    if (branch is JsonObject nested)
                    {
                        CollectStateNames(nested, names, depth + 1);
                    }
                }
            }

            foreach (string processor in new[] { "ItemProcessor", "Iterator" })
            {
                if (body.Get(processor) is JsonObject nested)
                {
                    CollectStateNames(nested, names, depth + 1);
                }
            }
        }
    }

    /// <summary>The states of one scope: the machine's, or a branch's.</summary>
    private EquatableArray<SourceState> ReadStates(JsonObject owner, string? scope, string ownerPath, bool jsonAta)
    {
        string path = AslImporter.Member(ownerPath, "States");
        JsonNode? value = owner.Get("States");
        if (value is null)
        {
            Problem(Rules.RequiredField, ownerPath, $"{Describe(ownerPath)} has no States; add \"States\": {{ ... }} holding its states.", owner.KeySpan("StartAt").IsKnown ? owner.KeySpan("StartAt") : owner.Span);
            return EquatableArray<SourceState>.Empty;
        }

        if (value is not JsonObject states)
        {
            Problem(Rules.RequiredField, path, "States must be a JSON object whose members are the states, by name.", owner.KeySpan("States"));
            return EquatableArray<SourceState>.Empty;
        }

        var result = new List<SourceState>(states.Count);
        foreach (KeyValuePair<string, JsonNode> member in states.Members)
        {
            string statePath = AslImporter.Member(path, member.Key);
            if (member.Value is not JsonObject body)
            {
                Problem(Rules.RequiredField, statePath, $"The state '{member.Key}' must be a JSON object with a Type, not {JsonKind(member.Value)}.", states.KeySpan(member.Key));
                continue;
            }

            result.Add(ReadState(member.Key, body, states.KeySpan(member.Key), scope, statePath, jsonAta));
        }

        return result.ToEquatableArray();
    }

    private static string Describe(string path) => path == "$" ? "The state machine" : $"The nested state machine at {path}";

    private void Problem(string id, string path, string message, JsonSpan span) =>
        Problem(id, path, message, span.IsKnown ? span.Offset : 0, span.IsKnown ? span.Length : 0);

    private void Problem(string id, string path, string message, int offset, int length) =>
        _problems.Add(new ImportProblem(id, path, message, offset, length));

    /// <summary>A deployment substitution where an attribute takes only a number: the C# leaves the field out.</summary>
    private void NoteLeftOut(string path, string field, JsonSpan span) =>
        Note(path, $"{field} is a deployment substitution, and the attribute takes only a number here: the class leaves {field} out, so write its value in.", span);

    private void Note(string path, string message, JsonSpan span) =>
        _notes.Add(new ImportNote(path, message, span.IsKnown ? span.Offset : 0, span.IsKnown ? span.Length : 0));

    /// <summary>How a value is described in messages: "a number", "an object"...</summary>
    private static string JsonKind(JsonNode node) => node.KindPhrase;
}
