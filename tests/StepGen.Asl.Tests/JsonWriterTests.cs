using System.Text;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

public class JsonWriterTests
{
    private static string Str(string value)
    {
        var sb = new StringBuilder();
        JsonWriter.WriteString(sb, value);
        return sb.ToString();
    }

    [Fact]
    public void Indented_UsesTwoSpacesLfAndOneSpaceAfterColon()
    {
        var root = new JsonObject();
        root.Add("Comment", new JsonString("hi"));
        var states = new JsonObject();
        var pass = new JsonObject();
        pass.Add("Type", new JsonString("Pass"));
        pass.Add("End", JsonNode.True);
        states.Add("A", pass);
        root.Add("States", states);
        var arr = new JsonArray();
        arr.Add(JsonNumber.FromInt64(1));
        arr.Add(JsonNode.Null);
        arr.Add(JsonNode.False);
        root.Add("List", arr);
        root.Add("EmptyObject", new JsonObject());
        root.Add("EmptyArray", new JsonArray());

        string expected =
            "{\n" +
            "  \"Comment\": \"hi\",\n" +
            "  \"States\": {\n" +
            "    \"A\": {\n" +
            "      \"Type\": \"Pass\",\n" +
            "      \"End\": true\n" +
            "    }\n" +
            "  },\n" +
            "  \"List\": [\n" +
            "    1,\n" +
            "    null,\n" +
            "    false\n" +
            "  ],\n" +
            "  \"EmptyObject\": {},\n" +
            "  \"EmptyArray\": []\n" +
            "}";
        Assert.Equal(expected, JsonWriter.Write(root));
        Assert.DoesNotContain("\r", JsonWriter.Write(root));
    }

    [Fact]
    public void Compact_HasNoWhitespace()
    {
        var root = new JsonObject();
        root.Add("a", JsonNumber.FromInt64(-3));
        var arr = new JsonArray();
        arr.Add(new JsonString("x y"));
        arr.Add(new JsonObject());
        arr.Add(new JsonArray());
        root.Add("b", arr);
        Assert.Equal("{\"a\":-3,\"b\":[\"x y\",{},[]]}", JsonWriter.Write(root, indented: false));
        Assert.Equal("{\"a\":-3,\"b\":[\"x y\",{},[]]}", root.ToString());
    }

    [Fact]
    public void Scalars_AtTheRoot()
    {
        Assert.Equal("true", JsonWriter.Write(JsonNode.True));
        Assert.Equal("false", JsonWriter.Write(JsonNode.False));
        Assert.Equal("null", JsonWriter.Write(JsonNode.Null));
        Assert.Equal("null", JsonWriter.Write(null!));
        Assert.Equal("\"s\"", JsonWriter.Write(new JsonString("s")));
        Assert.Equal("{}", JsonWriter.Write(new JsonObject()));
        Assert.Equal("[]", JsonWriter.Write(new JsonArray()));
    }

    [Theory]
    [InlineData("\"", "\"\\\"\"")]
    [InlineData("\\", "\"\\\\\"")]
    [InlineData("\b", "\"\\b\"")]
    [InlineData("\f", "\"\\f\"")]
    [InlineData("\n", "\"\\n\"")]
    [InlineData("\r", "\"\\r\"")]
    [InlineData("\t", "\"\\t\"")]
    [InlineData("\u0000", "\"\\u0000\"")]
    [InlineData("\u0001", "\"\\u0001\"")]
    [InlineData("\u001F", "\"\\u001F\"")]
    [InlineData("\u007F", "\"\\u007F\"")]
    [InlineData("\u2028", "\"\\u2028\"")]
    [InlineData("\u2029", "\"\\u2029\"")]
    [InlineData("/<>'&", "\"/<>'&\"")]
    [InlineData("", "\"\"")]
    [InlineData("a\"b\\c\nd", "\"a\\\"b\\\\c\\nd\"")]
    public void WriteString_Escapes(string value, string expected)
    {
        Assert.Equal(expected, Str(value));
    }

    [Fact]
    public void WriteString_EveryControlCharacterIsEscaped()
    {
        for (char c = '\0'; c < ' '; c++)
        {
            string written = Str(c.ToString());
            Assert.StartsWith("\"\\", written);
            Assert.DoesNotContain(c, written);
        }
    }

    [Theory]
    [InlineData("é")]
    [InlineData("日本語")]
    [InlineData("😀")]
    [InlineData("a😀b€")]
    [InlineData("\u00A0\u0080\u00FF")]
    public void WriteString_NonAsciiIsWrittenAsIs(string value)
    {
        Assert.Equal("\"" + value + "\"", Str(value));
    }

    // Lone surrogates cannot go through [InlineData]: xunit's test-case serialization mangles them.
    [Fact]
    public void WriteString_LoneSurrogatesAreEscaped()
    {
        var cases = new (string Value, string Expected)[]
        {
            ("\uD800", "\"\\uD800\""),
            ("\uDC00", "\"\\uDC00\""),
            ("a\uD83Db", "\"a\\uD83Db\""),
            ("\uDE00\uD83D", "\"\\uDE00\\uD83D\""),
            ("\uD83D\uD83D\uDE00", "\"\\uD83D\uD83D\uDE00\""),
            ("x\uD83D", "\"x\\uD83D\""),
            ("\uDBFF\uDFFF", "\"\uDBFF\uDFFF\""),
        };
        foreach ((string value, string expected) in cases)
        {
            Assert.Equal(expected, Str(value));
        }
    }

    [Fact]
    public void WriteString_NullValueIsEmptyAndNullBuilderIsIgnored()
    {
        Assert.Equal("\"\"", Str(null!));
        JsonWriter.WriteString(null!, "x");
    }

    [Fact]
    public void WrittenKeysAreEscapedToo()
    {
        var o = new JsonObject();
        o.Add("a\"b\n", new JsonString("\u2028"));
        Assert.Equal("{\"a\\\"b\\n\":\"\\u2028\"}", JsonWriter.Write(o, false));
    }

    [Fact]
    public void DeepDocuments_AreWrittenWithoutRecursion()
    {
        JsonNode node = JsonNumber.FromInt64(1);
        for (int i = 0; i < 100_000; i++)
        {
            var a = new JsonArray();
            a.Add(node);
            node = a;
        }

        string compact = JsonWriter.Write(node, indented: false);
        Assert.Equal(new string('[', 100_000) + "1" + new string(']', 100_000), compact);

        // Indentation grows with depth (quadratic output), so check indented output at a smaller depth.
        JsonNode shallower = JsonNumber.FromInt64(1);
        for (int i = 0; i < 2_000; i++)
        {
            var a = new JsonArray();
            a.Add(shallower);
            shallower = a;
        }

        string indented = JsonWriter.Write(shallower);
        Assert.StartsWith("[\n  [\n    [\n", indented);
        Assert.EndsWith("\n    ]\n  ]\n]", indented);
    }

    [Fact]
    public void CyclicGraph_IsCutWithNullInsteadOfLoopingForever()
    {
        var o = new JsonObject();
        var a = new JsonArray();
        o.Add("self", o);
        o.Add("list", a);
        a.Add(o);
        a.Add(a);
        Assert.Equal("{\"self\":null,\"list\":[null,null]}", JsonWriter.Write(o, false));
    }

    [Fact]
    public void SameNodeTwiceAsSiblings_IsNotACycle()
    {
        var shared = new JsonObject();
        shared.Add("x", JsonNumber.FromInt64(1));
        var a = new JsonArray();
        a.Add(shared);
        a.Add(shared);
        Assert.Equal("[{\"x\":1},{\"x\":1}]", JsonWriter.Write(a, false));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(100)]
    public void CyclesAndSharedNodes_AreToldApartAtAnyDepth(int depth)
    {
        // A chain of arrays [[[...]]] whose innermost holds the outermost (a cycle) and a shared leaf twice (not one);
        // shallow chains are checked by a scan, deep ones by a set, and both must agree.
        var outermost = new JsonArray();
        var shared = new JsonObject();
        shared.Add("x", JsonNumber.FromInt64(1));
        JsonArray current = outermost;
        for (int i = 1; i < depth; i++)
        {
            var next = new JsonArray();
            current.Add(next);
            current = next;
        }

        current.Add(outermost);
        current.Add(shared);
        current.Add(shared);
        string written = JsonWriter.Write(outermost, false);
        Assert.Equal(new string('[', depth) + "null,{\"x\":1},{\"x\":1}" + new string(']', depth), written);
    }

    [Fact]
    public void Output_IsTheSameUnderAnotherCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            var o = new JsonObject();
            o.Add("d", JsonNumber.TryFromDouble(1.5)!);
            o.Add("n", JsonNumber.FromInt64(-1234567));
            Assert.Equal("{\"d\":1.5,\"n\":-1234567}", JsonWriter.Write(o, false));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
