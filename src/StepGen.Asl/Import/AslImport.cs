using System.Collections.Generic;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary>
/// Something about a definition read from JSON, at a JSON path and the characters of the text it is about.
/// </summary>
/// <param name="Path">Where in the definition, as a JSONPath such as <c>$.States['Send report'].Credentials</c>.</param>
/// <param name="Message">What it is about.</param>
/// <param name="Offset">Start of the characters in the JSON text.</param>
/// <param name="Length">Their length.</param>
public sealed record ImportNote(string Path, string Message, int Offset, int Length);

/// <summary>A problem with a definition that reading it from JSON finds, before the core's rules run: a diagnostic ID and where.</summary>
public sealed record ImportProblem(string Id, string Path, string Message, int Offset, int Length);

/// <summary>
/// A definition read from JSON as the attributes StepGen would be given for it (<see cref="AslImporter"/>): the same
/// <see cref="SourceMachine"/> the generator reads from C#, so that every rule runs on it exactly as on attributes,
/// and <c>stepgen import</c> writes it as C#.
/// </summary>
public sealed class AslImport
{
    internal AslImport(JsonParseResult parsed, SourceMachine? machine, JsonObject? definition, ImportSites sites, IReadOnlyList<ImportProblem> problems, IReadOnlyList<ImportNote> notes)
    {
        Parsed = parsed;
        Machine = machine;
        Definition = definition;
        Sites = sites;
        Problems = problems;
        Notes = notes;
    }

    /// <summary>The JSON parse: its error and position when the text is not JSON.</summary>
    public JsonParseResult Parsed { get; }

    /// <summary>The machine as attributes; null when the text is not a JSON object.</summary>
    public SourceMachine? Machine { get; }

    /// <summary>The definition as parsed.</summary>
    public JsonObject? Definition { get; }

    /// <summary>Where each attribute argument came from in the text.</summary>
    public ImportSites Sites { get; }

    /// <summary>What is wrong with the definition that the attributes cannot carry (a state without a Type, a field of the wrong kind...).</summary>
    public IReadOnlyList<ImportProblem> Problems { get; }

    /// <summary>What the attributes keep in a form other than StepGen's own properties ([AslField], a Choice rule as JSON...).</summary>
    public IReadOnlyList<ImportNote> Notes { get; }
}
