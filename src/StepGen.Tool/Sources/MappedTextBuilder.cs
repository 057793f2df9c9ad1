using System;
using System.Collections.Generic;
using System.Text;

namespace StepGen.Tool.Sources;

/// <summary>
/// Builds text from pieces of files, keeping the anchors that map it back: verbatim runs (merged when they follow each
/// other in the file too) and generated text mapped to one offset.
/// </summary>
internal sealed class MappedTextBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<TextAnchor> _anchors = [];

    public int Length => _text.Length;

    public IReadOnlyList<TextAnchor> Anchors => _anchors;

    /// <summary>Characters that stand in the file at <paramref name="fileOffset"/> exactly as given.</summary>
    public MappedTextBuilder AppendVerbatim(string value, int fileOffset)
    {
        return AppendVerbatim(value, 0, value.Length, fileOffset);
    }

    /// <summary><paramref name="value"/>[<paramref name="start"/> .. + <paramref name="length"/>), standing in the file at <paramref name="fileOffset"/>.</summary>
    public MappedTextBuilder AppendVerbatim(string value, int start, int length, int fileOffset)
    {
        if (length <= 0)
        {
            return this;
        }

        int at = _text.Length;
        _text.Append(value, start, length);
        if (_anchors.Count > 0)
        {
            TextAnchor last = _anchors[^1];
            if (last.TextOffset + last.VerbatimLength == at && last.FileOffset + last.VerbatimLength == fileOffset)
            {
                _anchors[^1] = last with { VerbatimLength = last.VerbatimLength + length };
                return this;
            }

            if (last.TextOffset == at)
            {
                _anchors.RemoveAt(_anchors.Count - 1);
            }
        }

        _anchors.Add(new TextAnchor(at, fileOffset, length));
        return this;
    }

    /// <summary>Generated text, all mapped to <paramref name="fileOffset"/>.</summary>
    public MappedTextBuilder AppendSynthetic(string value, int fileOffset)
    {
        if (string.IsNullOrEmpty(value))
        {
            return this;
        }

        int at = _text.Length;
        _text.Append(value);
        if (_anchors.Count > 0)
        {
            TextAnchor last = _anchors[^1];
            if (last.TextOffset == at)
            {
                _anchors.RemoveAt(_anchors.Count - 1);
            }
            else if (last.VerbatimLength == 0 && last.FileOffset == fileOffset)
            {
                return this;
            }
        }

        _anchors.Add(new TextAnchor(at, fileOffset, 0));
        return this;
    }

    public MappedTextBuilder Append(MappedString value) => Append(value, 0, value.Length);

    /// <summary><paramref name="value"/>[<paramref name="start"/> .. + <paramref name="length"/>) with its mapping.</summary>
    public MappedTextBuilder Append(MappedString value, int start, int length)
    {
        start = Math.Max(0, start);
        int end = Math.Min(value.Length, start + Math.Max(0, length));
        if (start >= end)
        {
            return this;
        }

        IReadOnlyList<TextAnchor> anchors = value.Anchors;
        if (anchors.Count == 0)
        {
            return AppendSynthetic(value.Value.Substring(start, end - start), 0);
        }

        // Text before the first anchor maps as the first anchor's start.
        if (start < anchors[0].TextOffset)
        {
            int stop = Math.Min(end, anchors[0].TextOffset);
            AppendSynthetic(value.Value.Substring(start, stop - start), anchors[0].FileOffset);
        }

        for (int i = 0; i < anchors.Count; i++)
        {
            TextAnchor a = anchors[i];
            int segmentEnd = i + 1 < anchors.Count ? anchors[i + 1].TextOffset : value.Length;
            int verbatimEnd = Math.Min(segmentEnd, a.TextOffset + a.VerbatimLength);
            int from = Math.Max(start, a.TextOffset);
            int to = Math.Min(end, verbatimEnd);
            if (from < to)
            {
                AppendVerbatim(value.Value, from, to - from, a.FileOffset + (from - a.TextOffset));
            }

            from = Math.Max(start, verbatimEnd);
            to = Math.Min(end, segmentEnd);
            if (from < to)
            {
                AppendSynthetic(value.Value.Substring(from, to - from), a.FileOffset);
            }
        }

        return this;
    }

    public MappedString ToMappedString() => new(_text.ToString(), [.. _anchors]);

    public override string ToString() => _text.ToString();
}
