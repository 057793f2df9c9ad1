using System;
using System.Collections.Generic;

namespace StepGen.Tool.Sources;

/// <summary>
/// Maps offsets in a definition's JSON text to positions in the file it came from, through <see cref="TextAnchor"/>s.
/// An offset before the first anchor maps as the first anchor's start; an offset past the last anchor's verbatim run
/// maps just past it (the end of an identity-mapped text is the end of the file); offsets past the file clamp to its
/// end. <see cref="PositionOf"/> never throws.
/// </summary>
internal sealed class TextMap
{
    private readonly TextAnchor[] _anchors;
    private readonly int[] _lineStarts;
    private readonly int _fileLength;

    /// <summary>A map over <paramref name="fileText"/> through <paramref name="anchors"/>, sorted by <see cref="TextAnchor.TextOffset"/>.</summary>
    public TextMap(string fileText, IReadOnlyList<TextAnchor> anchors)
    {
        fileText ??= string.Empty;
        _fileLength = fileText.Length;
        _anchors = anchors is null ? [] : [.. anchors];
        _lineStarts = LineStarts(fileText);
    }

    /// <summary>The anchors, sorted by text offset.</summary>
    public IReadOnlyList<TextAnchor> Anchors => _anchors;

    /// <summary>The map of a file that is the JSON text itself.</summary>
    public static TextMap Identity(string fileText) =>
        new(fileText ?? string.Empty, [new TextAnchor(0, 0, (fileText ?? string.Empty).Length)]);

    /// <summary>The line and column in the file of the character at <paramref name="textOffset"/> of the JSON text.</summary>
    public FilePosition PositionOf(int textOffset) => PositionOfFileOffset(FileOffsetOf(textOffset));

    /// <summary>The offset in the file of the character at <paramref name="textOffset"/> of the JSON text.</summary>
    public int FileOffsetOf(int textOffset)
    {
        if (_anchors.Length == 0)
        {
            return 0;
        }

        // The last anchor that starts at or before the offset (the later of two at the same offset).
        int lo = 0;
        int hi = _anchors.Length - 1;
        int found = -1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (_anchors[mid].TextOffset <= textOffset)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        if (found < 0)
        {
            return Clamp(_anchors[0].FileOffset);
        }

        TextAnchor anchor = _anchors[found];
        long delta = (long)textOffset - anchor.TextOffset;
        if (delta < anchor.VerbatimLength)
        {
            return Clamp((int)Math.Min(int.MaxValue, anchor.FileOffset + delta));
        }

        if (found == _anchors.Length - 1 && anchor.VerbatimLength > 0)
        {
            // Past the end of the text (the builders anchor every generated piece): the end of the last run.
            return Clamp(anchor.FileOffset + anchor.VerbatimLength);
        }

        return Clamp(anchor.FileOffset);
    }

    /// <summary>The line and column of an offset in the file (clamped to the file).</summary>
    public FilePosition PositionOfFileOffset(int fileOffset)
    {
        int offset = Clamp(fileOffset);
        int lo = 0;
        int hi = _lineStarts.Length - 1;
        while (lo < hi)
        {
            int mid = lo + ((hi - lo + 1) / 2);
            if (_lineStarts[mid] <= offset)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return new FilePosition(lo + 1, offset - _lineStarts[lo] + 1);
    }

    private int Clamp(int offset) => offset < 0 ? 0 : offset > _fileLength ? _fileLength : offset;

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }
}
