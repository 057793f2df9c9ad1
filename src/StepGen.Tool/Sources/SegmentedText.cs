using System.Collections.Generic;

namespace StepGen.Tool.Sources;

/// <summary>
/// Text made of literal pieces (from the file, or values known when reading) and opaque placeholders (references,
/// intrinsics, interpolations). Substitutions apply to the literal pieces only: a placeholder made for
/// <c>{"Ref": "X"}</c> is not the <c>${X}</c> of <c>DefinitionSubstitutions</c>.
/// </summary>
internal sealed class SegmentedText
{
    private readonly List<(MappedString Text, bool Opaque)> _segments = [];

    public IReadOnlyList<(MappedString Text, bool Opaque)> Segments => _segments;

    /// <summary>True when every piece is literal (the text is known when reading).</summary>
    public bool IsLiteral => _segments.TrueForAll(s => !s.Opaque);

    /// <summary>True when the text is one opaque placeholder and nothing else.</summary>
    public bool IsOnlyPlaceholder => _segments.Count == 1 && _segments[0].Opaque;

    public SegmentedText AddLiteral(MappedString text)
    {
        if (text.Length > 0)
        {
            _segments.Add((text, false));
        }

        return this;
    }

    public SegmentedText AddPlaceholder(string name, int fileOffset)
    {
        _segments.Add((MappedString.Synthetic(Placeholders.Text(name), fileOffset), true));
        return this;
    }

    public SegmentedText Add(SegmentedText other)
    {
        _segments.AddRange(other._segments);
        return this;
    }

    /// <summary>The text, with <paramref name="substitutions"/> applied to each run of literal pieces.</summary>
    public MappedString ToMappedString(Substitutions substitutions)
    {
        var result = new MappedTextBuilder();
        var literal = new MappedTextBuilder();
        foreach ((MappedString text, bool opaque) in _segments)
        {
            if (!opaque)
            {
                literal.Append(text);
                continue;
            }

            Flush();
            result.Append(text);
        }

        Flush();
        return result.ToMappedString();

        void Flush()
        {
            if (literal.Length > 0)
            {
                result.Append(substitutions.Apply(literal.ToMappedString()));
                literal = new MappedTextBuilder();
            }
        }
    }
}
