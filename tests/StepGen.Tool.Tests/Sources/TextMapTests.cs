using StepGen.Tool.Sources;

namespace StepGen.Tool.Tests.Sources;

public sealed class TextMapTests
{
    [Fact]
    public void Identity_gives_lines_and_UTF16_columns_for_LF_CRLF_and_CR()
    {
        const string text = "ab\ncd\r\nef\rg\u00e9\ud83d\ude00h";
        TextMap map = TextMap.Identity(text);
        Assert.Equal(new FilePosition(1, 1), map.PositionOf(0));
        Assert.Equal(new FilePosition(2, 2), map.PositionOf(text.IndexOf('d', StringComparison.Ordinal)));
        Assert.Equal(new FilePosition(3, 1), map.PositionOf(text.IndexOf('e', StringComparison.Ordinal)));
        Assert.Equal(new FilePosition(4, 1), map.PositionOf(text.IndexOf('g', StringComparison.Ordinal)));
        // The emoji is two UTF-16 code units: 'h' is column 5.
        Assert.Equal(new FilePosition(4, 5), map.PositionOf(text.IndexOf('h', StringComparison.Ordinal)));
    }

    [Fact]
    public void Out_of_range_offsets_clamp_and_the_end_maps_to_the_end()
    {
        TextMap map = TextMap.Identity("ab\ncd");
        Assert.Equal(new FilePosition(1, 1), map.PositionOf(-5));
        Assert.Equal(new FilePosition(2, 3), map.PositionOf(5));
        Assert.Equal(new FilePosition(2, 3), map.PositionOf(500));
        Assert.Equal(new FilePosition(1, 1), new TextMap("", []).PositionOf(3));
        Assert.Equal(new FilePosition(1, 1), TextMap.Identity("").PositionOf(0));
    }

    [Fact]
    public void Text_after_a_run_maps_to_the_runs_start_until_the_next_anchor()
    {
        // File "xxHELLOyy\nWORLD"; text "HELLO, WORLD": HELLO verbatim at 2, ", " generated, WORLD verbatim at 10.
        const string file = "xxHELLOyy\nWORLD";
        var map = new TextMap(file, [new TextAnchor(0, 2, 5), new TextAnchor(7, 10, 5)]);
        Assert.Equal(new FilePosition(1, 5), map.PositionOf(2));   // 'L'
        Assert.Equal(new FilePosition(1, 3), map.PositionOf(5));   // ',' -> start of HELLO
        Assert.Equal(new FilePosition(2, 1), map.PositionOf(7));   // 'W'
        Assert.Equal(new FilePosition(2, 5), map.PositionOf(11));  // 'D'
    }

    [Fact]
    public void The_builder_merges_runs_and_maps_substrings()
    {
        const string file = "0123456789";
        var builder = new MappedTextBuilder();
        builder.AppendVerbatim(file, 1, 3, 1).AppendVerbatim(file, 4, 2, 4).AppendSynthetic("<>", 8).AppendVerbatim(file, 6, 1, 6);
        MappedString s = builder.ToMappedString();
        Assert.Equal("12345<>6", s.Value);
        Assert.Equal(new TextAnchor(0, 1, 5), s.Anchors[0]);
        Assert.Equal(8, s.FileOffsetAt(6));
        Assert.Equal(6, s.FileOffsetAt(7));
        MappedString sub = s.Substring(3, 4);
        Assert.Equal("45<>", sub.Value);
        Assert.Equal(4, sub.FileOffsetAt(0));
        Assert.Equal(8, sub.FileOffsetAt(2));
    }
}
