using System.Collections.Generic;

namespace StepGen.Tool.Sources;

/// <summary>
/// A string read from a file (or made from parts of one) with the file offset of each character, as
/// <see cref="TextAnchor"/>s relative to <see cref="Value"/>: the value of a scalar, a key, a template's text.
/// </summary>
internal sealed class MappedString
{
    public MappedString(string value, IReadOnlyList<TextAnchor> anchors)
    {
        Value = value ?? string.Empty;
        Anchors = anchors ?? [];
    }

    public string Value { get; }

    /// <summary>Sorted by text offset; text offsets are indexes into <see cref="Value"/>.</summary>
    public IReadOnlyList<TextAnchor> Anchors { get; }

    public int Length => Value.Length;

    /// <summary>
    /// Where the construct this string came from starts in the file: the first anchor's file offset (0 when the string
    /// has no anchor).
    /// </summary>
    public int FileOffset => Anchors.Count == 0 ? 0 : Anchors[0].FileOffset;

    /// <summary>The characters <paramref name="fileText"/>[<paramref name="start"/> .. + <paramref name="length"/>), each mapped to itself.</summary>
    public static MappedString Verbatim(string fileText, int start, int length) =>
        new(fileText.Substring(start, length), [new TextAnchor(0, start, length)]);

    /// <summary>Text that is not in the file as such (a placeholder, a converted number), all mapped to <paramref name="fileOffset"/>.</summary>
    public static MappedString Synthetic(string value, int fileOffset) =>
        new(value, [new TextAnchor(0, fileOffset, 0)]);

    /// <summary>The file offset of the character at <paramref name="index"/> (same rule as <see cref="TextMap"/>).</summary>
    public int FileOffsetAt(int index)
    {
        if (Anchors.Count == 0)
        {
            return 0;
        }

        int found = -1;
        int lo = 0;
        int hi = Anchors.Count - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) / 2);
            if (Anchors[mid].TextOffset <= index)
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
            return Anchors[0].FileOffset;
        }

        TextAnchor a = Anchors[found];
        int delta = index - a.TextOffset;
        return delta < a.VerbatimLength || (delta == a.VerbatimLength && found == Anchors.Count - 1 && delta > 0)
            ? a.FileOffset + delta
            : a.FileOffset;
    }

    /// <summary>The characters [<paramref name="start"/> .. + <paramref name="length"/>) with their mapping.</summary>
    public MappedString Substring(int start, int length)
    {
        var builder = new MappedTextBuilder();
        builder.Append(this, start, length);
        MappedString result = builder.ToMappedString();
        return result.Anchors.Count == 0 ? Synthetic(result.Value, FileOffsetAt(start)) : result;
    }

    public override string ToString() => Value;
}
