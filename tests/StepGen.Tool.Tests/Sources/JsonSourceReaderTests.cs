using StepGen.Tool.Sources;
using StepGen.Tool.Sources.Json;
using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Tests.Sources;

public sealed class JsonSourceReaderTests
{
    [Fact]
    public void Reads_every_node_with_its_position_and_strings_through_their_escapes()
    {
        const string json = "{\"a\": [1, -2.5e3, true, null], \"s\": \"x\\\"y\\u00e9z\"}";
        var root = (SourceMapping)JsonSourceReader.Read(json);
        var array = (SourceSequence)root.Get("a")!;
        Assert.Equal(json.IndexOf('[', StringComparison.Ordinal), array.Offset);
        var number = (SourceScalar)array.Items[1];
        Assert.Equal(ScalarKind.Number, number.Kind);
        Assert.Equal("-2.5e3", number.Value);
        var s = (SourceScalar)root.Get("s")!;
        Assert.Equal("x\"y\u00e9z", s.Value);
        Assert.Equal(json.IndexOf('z', StringComparison.Ordinal), s.Text.FileOffsetAt(4));
        Assert.Equal(json.IndexOf("\\u", StringComparison.Ordinal), s.Text.FileOffsetAt(3));
        SourceAssert.JsonEqual(json, NodeJsonWriter.Write(root).Value);
    }

    [Theory]
    [InlineData("{\"a\": 1,}", "}", "trailing comma")]
    [InlineData("{\"a\": 1, \"a\": 2}", "\"a\": 2", "duplicate key")]
    [InlineData("{\"a\": tru}", "tru", "unexpected word")]
    [InlineData("{\"a\": 01}", "01", "leading zeros")]
    [InlineData("[1 2]", "2", "expected ',' or ']'")]
    [InlineData("{\"a\": \"b}", "\"b", "never ends")]
    [InlineData("{} x", "x", "after the JSON value")]
    [InlineData("{'a': 1}", "'a'", "double quotes")]
    public void Errors_say_what_and_where(string json, string at, string message)
    {
        SourceFormatException e = Assert.Throws<SourceFormatException>(() => JsonSourceReader.Read(json));
        Assert.Contains(message, e.Message, StringComparison.Ordinal);
        Assert.Equal(json.IndexOf(at, StringComparison.Ordinal), e.Offset);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        string json = new string('[', 100_000);
        SourceFormatException e = Assert.Throws<SourceFormatException>(() => JsonSourceReader.Read(json));
        Assert.Contains("nesting", e.Message, StringComparison.Ordinal);
    }
}
