using System.Text;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

public class JsonParserTests
{
    private static JsonNode Ok(string text)
    {
        JsonParseResult r = JsonParser.Parse(text);
        Assert.True(r.Success, r.Error);
        Assert.Null(r.Error);
        return r.Value!;
    }

    private static void AssertError(string text, string message, int offset, int length)
    {
        JsonParseResult r = JsonParser.Parse(text);
        Assert.False(r.Success);
        Assert.Null(r.Value);
        Assert.Equal(message, r.Error);
        Assert.Equal(offset, r.ErrorOffset);
        Assert.Equal(length, r.ErrorLength);
        Assert.InRange(r.ErrorOffset, 0, text.Length);
        Assert.InRange(r.ErrorOffset + r.ErrorLength, 0, text.Length);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("\"\"")]
    [InlineData("0")]
    [InlineData("true")]
    [InlineData("false")]
    [InlineData("null")]
    [InlineData("{\"a\":1}")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"a\":{\"b\":[1,{\"c\":[[],{}]},\"x\"]},\"d\":null,\"e\":true,\"f\":false,\"g\":-1.5e-3}")]
    [InlineData("[[[[[[[[[[\"deep\"]]]]]]]]]]")]
    [InlineData("{\"Type\":\"Task\",\"Parameters\":{\"a.$\":\"$.x\",\"b\":\"States.Format('{}', $.y)\"}}")]
    public void RoundTrip_Compact(string text)
    {
        Assert.Equal(text, JsonWriter.Write(Ok(text), indented: false));
    }

    [Fact]
    public void RoundTrip_Indented()
    {
        string text =
            "{\n" +
            "  \"StartAt\": \"A\",\n" +
            "  \"States\": {\n" +
            "    \"A\": {\n" +
            "      \"Type\": \"Pass\",\n" +
            "      \"Result\": [\n" +
            "        1.50,\n" +
            "        \"é😀\",\n" +
            "        {},\n" +
            "        []\n" +
            "      ],\n" +
            "      \"End\": true\n" +
            "    }\n" +
            "  }\n" +
            "}";
        Assert.Equal(text, JsonWriter.Write(Ok(text)));
        string reparsed = JsonWriter.Write(Ok(JsonWriter.Write(Ok(text), indented: false)));
        Assert.Equal(text, reparsed);
    }

    [Fact]
    public void Whitespace_AroundAndBetweenTokens()
    {
        JsonNode n = Ok(" \t\r\n { \"a\" \n: [ 1 , 2 ] , \"b\" : { } } \r\n\t ");
        Assert.Equal("{\"a\":[1,2],\"b\":{}}", n.ToString());
    }

    [Fact]
    public void Object_MembersAndKinds()
    {
        var o = (JsonObject)Ok("{\"s\":\"x\",\"n\":1,\"t\":true,\"f\":false,\"z\":null,\"o\":{},\"a\":[]}");
        Assert.Equal(7, o.Count);
        Assert.Equal(JsonNodeKind.String, o.Get("s")!.Kind);
        Assert.Equal(JsonNodeKind.Number, o.Get("n")!.Kind);
        Assert.Equal(JsonNodeKind.True, o.Get("t")!.Kind);
        Assert.Equal(JsonNodeKind.False, o.Get("f")!.Kind);
        Assert.Equal(JsonNodeKind.Null, o.Get("z")!.Kind);
        Assert.Equal(JsonNodeKind.Object, o.Get("o")!.Kind);
        Assert.Equal(JsonNodeKind.Array, o.Get("a")!.Kind);
        Assert.Equal(new[] { "s", "n", "t", "f", "z", "o", "a" }, o.Members.Select(m => m.Key));
    }

    [Theory]
    [InlineData("\"\\\"\"", "\"")]
    [InlineData("\"\\\\\"", "\\")]
    [InlineData("\"\\/\"", "/")]
    [InlineData("\"\\b\"", "\b")]
    [InlineData("\"\\f\"", "\f")]
    [InlineData("\"\\n\"", "\n")]
    [InlineData("\"\\r\"", "\r")]
    [InlineData("\"\\t\"", "\t")]
    [InlineData("\"\\u0041\"", "A")]
    [InlineData("\"\\u00e9\\u00E9\"", "éé")]
    [InlineData("\"\\u0000\"", "\u0000")]
    [InlineData("\"\\uD83D\\uDE00\"", "😀")]
    [InlineData("\"a\\nb\\tc\"", "a\nb\tc")]
    [InlineData("\"é日本😀\"", "é日本😀")]
    [InlineData("\"\u007F\"", "\u007F")]
    public void String_Escapes(string text, string expected)
    {
        Assert.Equal(expected, ((JsonString)Ok(text)).Value);
    }

    [Fact]
    public void LoneSurrogate_IsKeptAndWrittenBackEscaped()
    {
        Assert.Equal("\uD800", ((JsonString)Ok("\"\\uD800\"")).Value);
        Assert.Equal("\uDC00x", ((JsonString)Ok("\"\\uDC00x\"")).Value);
        Assert.Equal("\uD800", ((JsonString)Ok("\"\uD800\"")).Value); // a raw lone surrogate in the text is kept too
        JsonNode n = Ok("[\"\\uD800\",\"\\uDFFF\"]");
        Assert.Equal("[\"\\uD800\",\"\\uDFFF\"]", n.ToString());
    }

    [Fact]
    public void Escapes_RoundTripToTheCanonicalForm()
    {
        Assert.Equal("\"\\\"\\\\/\\b\\f\\n\\r\\t\\u0001\\u007F\\u2028é😀\"", Ok("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\\u0001\\u007f\\u2028\\u00e9\\ud83d\\ude00\"").ToString());
    }

    [Theory]
    [InlineData("-0")]
    [InlineData("0")]
    [InlineData("1e10")]
    [InlineData("1E10")]
    [InlineData("1.5E-3")]
    [InlineData("1.5e+3")]
    [InlineData("-12.340")]
    [InlineData("123456789012345678901234567890")]
    [InlineData("0.000000000000000000000000001")]
    [InlineData("1e999")]
    public void Numbers_AreKeptAsSourceText(string text)
    {
        var n = (JsonNumber)Ok(text);
        Assert.Equal(text, n.Text);
        Assert.Equal(text, JsonWriter.Write(n));
    }

    [Theory]
    [InlineData("01", "invalid number '01': leading zeros are not allowed", 0, 2)]
    [InlineData("-01", "invalid number '-01': leading zeros are not allowed", 0, 3)]
    [InlineData("1.", "invalid number '1.': expected a digit after the decimal point", 0, 2)]
    [InlineData("[1.]", "invalid number '1.': expected a digit after the decimal point", 1, 2)]
    [InlineData(".5", "invalid number '.5': a number must start with a digit (write 0.5, not .5)", 0, 2)]
    [InlineData("+1", "invalid number '+1': a number must not start with '+'", 0, 2)]
    [InlineData("-", "invalid number '-': expected a digit after '-'", 0, 1)]
    [InlineData("1e", "invalid number '1e': expected a digit in the exponent", 0, 2)]
    [InlineData("1e+", "invalid number '1e+': expected a digit in the exponent", 0, 3)]
    [InlineData("1.2.3", "invalid number '1.2.3'", 0, 5)]
    [InlineData("0x1F", "invalid number '0x1F'", 0, 4)]
    [InlineData("{\"a\": 12abc}", "invalid number '12abc'", 6, 5)]
    [InlineData("NaN", "NaN and Infinity are not valid JSON numbers", 0, 3)]
    [InlineData("[-Infinity]", "NaN and Infinity are not valid JSON numbers", 1, 9)]
    public void Numbers_Invalid(string text, string message, int offset, int length)
    {
        AssertError(text, message, offset, length);
    }

    [Fact]
    public void Empty_AndWhitespaceOnly()
    {
        AssertError("", "empty JSON text", 0, 0);
        AssertError("   \n\t", "empty JSON text", 0, 5);
        JsonParseResult r = JsonParser.Parse(null!);
        Assert.Equal("empty JSON text", r.Error);
    }

    [Fact]
    public void Default_ResultIsNotSuccess()
    {
        Assert.False(default(JsonParseResult).Success);
    }

    [Theory]
    [InlineData("{\"type\":1 \"b\":2}", "expected ',' or '}' after the value of \"type\", found '\"'", 10, 1)]
    [InlineData("[1 2]", "expected ',' or ']' after an array element, found '2'", 3, 1)]
    [InlineData("{\"a\" 1}", "expected ':' after the property name \"a\", found '1'", 5, 1)]
    [InlineData("{1:2}", "property names must be in double quotes: write \"1\"", 1, 1)]
    [InlineData("{a:2}", "property names must be in double quotes: write \"a\"", 1, 1)]
    [InlineData("{'a':2}", "property names must be in double quotes, not single quotes", 1, 1)]
    [InlineData("{\"a\":1,}", "trailing comma before '}': remove the ',' or add another member", 6, 1)]
    [InlineData("[1,2,]", "trailing comma before ']': remove the ',' or add another element", 4, 1)]
    [InlineData("[1,,2]", "unexpected ',': expected an array element", 3, 1)]
    [InlineData("{\"a\":}", "unexpected '}': expected the value of \"a\"", 5, 1)]
    [InlineData("['x']", "strings must be in double quotes, not single quotes", 1, 1)]
    [InlineData("// c\n1", "comments are not allowed in JSON", 0, 1)]
    [InlineData("[1 /* c */]", "expected ',' or ']' after an array element, found '/'", 3, 1)]
    [InlineData("{\"a\":1 // c\n}", "expected ',' or '}' after the value of \"a\", found '/'", 7, 1)]
    [InlineData("{,}", "expected a property name in double quotes after '{', found ','", 1, 1)]
    [InlineData("{\"a\":1,,}", "expected a property name in double quotes after ',', found ','", 7, 1)]
    [InlineData("True", "invalid literal 'True': JSON literals are lowercase (true)", 0, 4)]
    [InlineData("[nul]", "unexpected word 'nul': expected an array element (strings must be in double quotes)", 1, 3)]
    [InlineData("hello", "unexpected word 'hello': expected a JSON value (object, array, string, number, true, false or null) (strings must be in double quotes)", 0, 5)]
    [InlineData("]", "unexpected ']': expected a JSON value (object, array, string, number, true, false or null)", 0, 1)]
    [InlineData("\u00A01", "unexpected character U+00A0: expected a JSON value (object, array, string, number, true, false or null)", 0, 1)]
    [InlineData("\uFEFF{}", "unexpected character U+FEFF: expected a JSON value (object, array, string, number, true, false or null)", 0, 1)]
    public void Syntax_Errors(string text, string message, int offset, int length)
    {
        AssertError(text, message, offset, length);
    }

    [Theory]
    [InlineData("{} {}", 3, 2)]
    [InlineData("1 2", 2, 1)]
    [InlineData("[]x", 2, 1)]
    [InlineData("\"a\" \"b\"  ", 4, 5)]
    public void TextAfterTheValue(string text, int offset, int length)
    {
        JsonParseResult r = JsonParser.Parse(text);
        Assert.StartsWith("unexpected text after the JSON value", r.Error);
        Assert.Equal(offset, r.ErrorOffset);
        Assert.Equal(length, r.ErrorLength);
    }

    [Theory]
    [InlineData("{", "unexpected end of text: expected a property name in double quotes after '{' (the '{' at column 1 is not closed)")]
    [InlineData("[", "unexpected end of text: expected an array element (the '[' at column 1 is not closed)")]
    [InlineData("[1,", "unexpected end of text: expected an array element (the '[' at column 1 is not closed)")]
    [InlineData("{\"a\":1", "unexpected end of text: expected ',' or '}' after the value of \"a\" (the '{' at column 1 is not closed)")]
    [InlineData("{\"a\":", "unexpected end of text: expected the value of \"a\" (the '{' at column 1 is not closed)")]
    [InlineData("{\"a\"", "unexpected end of text: expected ':' after the property name \"a\" (the '{' at column 1 is not closed)")]
    [InlineData("[[1]", "unexpected end of text: expected ',' or ']' after an array element (the '[' at column 1 is not closed)")]
    [InlineData("{\"a\":[\n  1,\n  [2", "unexpected end of text: expected ',' or ']' after an array element (the '[' at line 3, column 3 is not closed)")]
    public void UnexpectedEnd(string text, string message)
    {
        AssertError(text, message, text.Length, 0);
    }

    [Theory]
    [InlineData("\"abc", 0, 4)]
    [InlineData("{\"a\":\"b", 5, 2)]
    [InlineData("\"abc\\", 0, 5)]
    public void UnterminatedString(string text, int offset, int length)
    {
        AssertError(text, "unterminated string: expected a closing '\"'", offset, length);
    }

    [Theory]
    [InlineData("\"\\q\"", "invalid escape '\\q': expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", 1, 2)]
    [InlineData("\"ab\\x41\"", "invalid escape '\\x': expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", 3, 2)]
    [InlineData("\"\\'\"", "invalid escape '\\'': expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX", 1, 2)]
    [InlineData("\"\\u12G4\"", "invalid escape '\\u12G4': '\\u' must be followed by 4 hex digits", 1, 6)]
    [InlineData("\"\\u12\"", "invalid escape '\\u12': '\\u' must be followed by 4 hex digits", 1, 4)]
    [InlineData("\"\\u", "invalid escape '\\u': '\\u' must be followed by 4 hex digits", 1, 2)]
    public void InvalidEscapes(string text, string message, int offset, int length)
    {
        AssertError(text, message, offset, length);
    }

    [Theory]
    [InlineData("\"a\nb\"", "unescaped control character U+000A in a string: write it as \\n (or is a closing '\"' missing?)", 2)]
    [InlineData("\"a\tb\"", "unescaped control character U+0009 in a string: write it as \\t", 2)]
    [InlineData("\"\u0001\"", "unescaped control character U+0001 in a string: write it as \\u0001", 1)]
    [InlineData("\"\u001F\"", "unescaped control character U+001F in a string: write it as \\u001F", 1)]
    [InlineData("{\"a\":\"x\r\n\"}", "unescaped control character U+000D in a string: write it as \\r (or is a closing '\"' missing?)", 7)]
    public void ControlCharactersInStrings(string text, string message, int offset)
    {
        AssertError(text, message, offset, 1);
    }

    [Theory]
    [InlineData("{\"type\":1,\"type\":2}", "duplicate key \"type\"", 10, 6)]
    [InlineData("{\"a\":{\"b\":1,\"c\":2,\"b\":3}}", "duplicate key \"b\"", 18, 3)]
    [InlineData("{\"a\\u0062\":1,\"ab\":2}", "duplicate key \"ab\"", 13, 4)]
    public void DuplicateKeys(string text, string message, int offset, int length)
    {
        AssertError(text, message, offset, length);
    }

    [Fact]
    public void DuplicateKeys_InSeparateObjectsAreFine()
    {
        Ok("[{\"a\":1},{\"a\":2}]");
        Ok("{\"a\":{\"a\":1},\"b\":{\"a\":1}}");
        Ok("{\"a\":1,\"A\":2}");
    }

    [Fact]
    public void DepthLimit_DefaultIs64()
    {
        Ok(new string('[', 64) + new string(']', 64));
        string tooDeep = new string('[', 65) + new string(']', 65);
        AssertError(tooDeep, "nesting deeper than 64 levels", 64, 1);
        string objects = string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 65);
        AssertError(objects, "nesting deeper than 64 levels", 64 * 5, 1);
    }

    [Fact]
    public void DepthLimit_TenThousandBracketsIsAnErrorNotACrash()
    {
        AssertError(new string('[', 10_000), "nesting deeper than 64 levels", 64, 1);
        AssertError(new string('[', 10_000) + new string(']', 10_000), "nesting deeper than 64 levels", 64, 1);
    }

    [Fact]
    public void DepthLimit_IsConfigurableAndNeverRecurses()
    {
        string deep = new string('[', 200_000) + "0" + new string(']', 200_000);
        JsonParseResult r = JsonParser.Parse(deep, maxDepth: 1_000_000);
        Assert.True(r.Success, r.Error);
        AssertErrorWithDepth("[[1]]", 1, "nesting deeper than 1 levels", 1);
        AssertErrorWithDepth("[]", 0, "nesting deeper than 0 levels", 0);
        Assert.True(JsonParser.Parse("\"scalar\"", maxDepth: 0).Success);
        Assert.True(JsonParser.Parse("1", maxDepth: -5).Success);
        Assert.False(JsonParser.Parse("{}", maxDepth: -5).Success);
    }

    private static void AssertErrorWithDepth(string text, int maxDepth, string message, int offset)
    {
        JsonParseResult r = JsonParser.Parse(text, maxDepth);
        Assert.Equal(message, r.Error);
        Assert.Equal(offset, r.ErrorOffset);
    }

    [Fact]
    public void OneMegabyteString_ParsesAndRoundTrips()
    {
        string payload = new string('x', 1 << 20);
        JsonString s = (JsonString)Ok("\"" + payload + "\"");
        Assert.Equal(payload.Length, s.Value.Length);

        var withEscapes = new StringBuilder("\"");
        for (int i = 0; i < (1 << 20) / 8; i++)
        {
            withEscapes.Append("ab\\n\\u00e9");
        }

        withEscapes.Append('"');
        var escaped = (JsonString)Ok(withEscapes.ToString());
        Assert.Equal(4 * ((1 << 20) / 8), escaped.Value.Length);
        Assert.Equal(escaped.Value, ((JsonString)Ok(JsonWriter.Write(escaped))).Value);
    }

    [Fact]
    public void LargeDocuments_ParseInLinearTime()
    {
        var sb = new StringBuilder("{");
        for (int i = 0; i < 50_000; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            sb.Append("\"key").Append(i).Append("\":[").Append(i).Append(",\"v\",true,null,{}]");
        }

        sb.Append('}');
        string text = sb.ToString();
        Assert.True(text.Length > 1_000_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var o = (JsonObject)Ok(text);
        Assert.Equal(50_000, o.Count);
        Assert.Equal(text, JsonWriter.Write(o, indented: false));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void LongKeys_AreShortenedInMessages()
    {
        string key = new string('k', 100);
        JsonParseResult r = JsonParser.Parse("{\"" + key + "\":1 2}");
        Assert.Equal("expected ',' or '}' after the value of \"" + new string('k', 37) + "...\", found '2'", r.Error);
    }

    [Fact]
    public void ArbitraryInput_NeverThrows()
    {
        var random = new Random(42);
        const string alphabet = "{}[]\",:0123456789-+.eEtrufalsn \\/u\n\t'xé\uD800";
        for (int i = 0; i < 20_000; i++)
        {
            int n = random.Next(0, 24);
            var sb = new StringBuilder(n);
            for (int j = 0; j < n; j++)
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string text = sb.ToString();
            JsonParseResult r = JsonParser.Parse(text, maxDepth: 4);
            Assert.Equal(r.Success, r.Error == null);
            if (r.Success)
            {
                // Anything accepted is written back to text that parses to the same value.
                string written = JsonWriter.Write(r.Value!);
                JsonParseResult again = JsonParser.Parse(written, maxDepth: 4);
                Assert.True(again.Success, written);
                Assert.True(JsonNode.DeepEquals(r.Value, again.Value), text);
            }
            else
            {
                Assert.InRange(r.ErrorOffset, 0, text.Length);
                Assert.InRange(r.ErrorOffset + r.ErrorLength, r.ErrorOffset, text.Length);
                Assert.False(string.IsNullOrEmpty(r.Error));
            }
        }
    }

    [Fact]
    public void Spans_PlaceKeysAndStringValuesInTheText()
    {
        const string text = "{ \"a.$\": \"$.x[\", \"n\": { \"esc\": \"\\u0024.y\" } }";
        var root = (JsonObject)JsonParser.Parse(text).Value!;

        JsonSpan key = root.KeySpan("a.$");
        Assert.True(key.Verbatim);
        Assert.Equal("\"a.$\"", text.Substring(key.Offset, key.Length));

        var value = (JsonString)root.Get("a.$")!;
        Assert.True(value.Span.Verbatim);
        Assert.Equal("$.x[", text.Substring(value.Span.Offset + 1, value.Value.Length));

        var escaped = (JsonString)((JsonObject)root.Get("n")!).Get("esc")!;
        Assert.Equal("$.y", escaped.Value);
        Assert.False(escaped.Span.Verbatim);
        Assert.Equal("\"\\u0024.y\"", text.Substring(escaped.Span.Offset, escaped.Span.Length));

        Assert.False(new JsonString("built").Span.IsKnown);
        Assert.False(new JsonObject().KeySpan("missing").IsKnown);
    }
}
