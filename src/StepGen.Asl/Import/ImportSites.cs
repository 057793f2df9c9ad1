using System.Collections.Generic;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;

namespace StepGen.Asl.Import;

/// <summary>
/// Where one attribute argument of an imported machine came from in the JSON text: the characters to underline for
/// the whole argument, and, when the argument's value is those characters one for one (a JSON text argument cut from
/// the definition, or a string written without escapes), where its first character is.
/// </summary>
/// <param name="Offset">Start of the whole argument's characters in the JSON text.</param>
/// <param name="Length">Their length.</param>
/// <param name="ValueStart">Where character 0 of the argument's value is, or -1 when offsets inside the value cannot be placed.</param>
public readonly record struct ImportSite(int Offset, int Length, int ValueStart = -1)
{
    /// <summary>The site of a parsed string: its quotes, and its characters when it has no escapes.</summary>
    public static ImportSite Of(JsonString value) =>
        value.Span.IsKnown ? new ImportSite(value.Span.Offset, value.Span.Length, value.Span.Verbatim ? value.Span.Offset + 1 : -1) : default;

    /// <summary>The site of a span (a key, an object, an array), with no characters inside it to place.</summary>
    public static ImportSite Of(JsonSpan span) => span.IsKnown ? new ImportSite(span.Offset, span.Length) : default;

    /// <summary>The site of a JSON text cut from the definition at <paramref name="span"/>: offsets in the text are offsets from its start.</summary>
    public static ImportSite Verbatim(JsonSpan span) => span.IsKnown ? new ImportSite(span.Offset, span.Length, span.Offset) : default;

    public bool IsKnown => Length > 0;
}

/// <summary>
/// The map from the locations the core reports problems at (<see cref="FieldRef"/>: a class, an attribute, an
/// argument, an element, characters) back to characters of the JSON text an <see cref="AslImporter"/> read.
/// </summary>
public sealed class ImportSites
{
    private readonly Dictionary<(string? Scope, string? Class, int Attribute, string? Argument, int Element), ImportSite> _sites = new();

    internal void Add(string? scope, string? className, int attribute, string? argument, int element, ImportSite site)
    {
        if (site.IsKnown)
        {
            _sites[(scope, className, attribute, argument, element)] = site;
        }
    }

    /// <summary>
    /// The characters <paramref name="at"/> points to: inside the argument's value when it can be placed there,
    /// else the argument, else the attribute, else the class (a state's name). Null when nothing is known.
    /// </summary>
    public (int Offset, int Length)? Locate(FieldRef at)
    {
        ImportSite site;
        if (!TryGet(at, out site))
        {
            return null;
        }

        if (at.Offset >= 0 && site.ValueStart >= 0)
        {
            return (site.ValueStart + at.Offset, System.Math.Max(1, at.Length));
        }

        return (site.Offset, site.Length);
    }

    private bool TryGet(FieldRef at, out ImportSite site) =>
        _sites.TryGetValue((at.Scope, at.StateClass, at.Attribute, at.Argument, at.Element), out site)
        || _sites.TryGetValue((at.Scope, at.StateClass, at.Attribute, at.Argument, -1), out site)
        || _sites.TryGetValue((at.Scope, at.StateClass, at.Attribute, null, -1), out site)
        || _sites.TryGetValue((at.Scope, at.StateClass, -1, null, -1), out site);
}
