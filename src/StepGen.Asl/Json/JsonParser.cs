using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Asl.Text;

namespace StepGen.Asl.Json;

// Why one file of about 700 lines: one non-recursive reader with an explicit stack, whose parts (values, strings and
// their escapes, numbers, the position bookkeeping for diagnostics) share its cursor and error state.

/// <summary>
/// A strict RFC 8259 JSON parser: one value, optional surrounding whitespace (space, tab, CR, LF),
/// no comments, no trailing commas, no single quotes, no NaN/Infinity, and no duplicate keys.
/// It never throws, runs in linear time and uses no recursion (nesting beyond
/// <c>maxDepth</c> is reported as an error).
/// </summary>
public static class JsonParser
{
    public const int DefaultMaxDepth = 64;

    /// <summary>Parses <paramref name="text"/> (null is treated as empty text).</summary>
    /// <param name="text">The JSON text.</param>
    /// <param name="maxDepth">How many objects/arrays may be nested; negative values count as 0.</param>
    public static JsonParseResult Parse(string text, int maxDepth = DefaultMaxDepth)
    {
        return new Reader(text ?? string.Empty, maxDepth < 0 ? 0 : maxDepth).Run();
    }

    private sealed class Frame
    {
        public Frame(JsonNode container, int openOffset)
        {
            Container = container;
            OpenOffset = openOffset;
        }

        public JsonNode Container { get; }

        public int OpenOffset { get; }

        /// <summary>For objects: the key whose value is being read or was just read.</summary>
        public string Key { get; set; } = string.Empty;

        /// <summary>Where <see cref="Key"/> was written in the text.</summary>
        public JsonSpan KeySpan { get; set; } = JsonSpan.None;
    }

    private sealed class Reader
    {
        private readonly string _text;
        private readonly int _maxDepth;
        private readonly List<Frame> _stack = new List<Frame>();
        private int _pos;
        private string? _error;
        private int _errorOffset;
        private int _errorLength;

        public Reader(string text, int maxDepth)
        {
            _text = text;
            _maxDepth = maxDepth;
        }

        public JsonParseResult Run()
        {
            JsonNode? root = ParseDocument();
            if (root is null)
            {
                return new JsonParseResult(_error ?? "invalid JSON", Clamp(_errorOffset), ClampLength(_errorOffset, _errorLength));
            }

            return new JsonParseResult(root);
        }

        private JsonNode? ParseDocument()
        {
            string text = _text;
            int len = text.Length;
            SkipWhitespace();
            if (_pos >= len)
            {
                return Fail("empty JSON text", 0, len);
            }

            while (true)
            {
                // Expecting a value at _pos (whitespace already skipped).
                JsonNode? value;
                if (_pos >= len)
                {
                    return FailAtEnd("expected " + ExpectedValue());
                }

                char c = text[_pos];
                if (c == '{' || c == '[')
                {
                    if (_stack.Count >= _maxDepth)
                    {
                        return Fail(
                            "nesting deeper than " + _maxDepth.ToString(CultureInfo.InvariantCulture) + " levels",
                            _pos,
                            1);
                    }

                    var frame = new Frame(c == '{' ? new JsonObject() : (JsonNode)new JsonArray(), _pos);
                    _stack.Add(frame);
                    _pos++;
                    SkipWhitespace();
                    char close = c == '{' ? '}' : ']';
                    if (_pos < len && text[_pos] == close)
                    {
                        _pos++;
                        _stack.RemoveAt(_stack.Count - 1);
                        value = frame.Container;
                        SetContainerSpan(frame);
                    }
                    else if (c == '{')
                    {
                        if (!ReadKey(frame, "'{'"))
                        {
                            return null;
                        }

                        continue;
                    }
                    else
                    {
                        continue;
                    }
                }
                else
                {
                    value = ReadScalar();
                    if (value is null)
                    {
                        return null;
                    }
                }

                // A complete value: attach it and consume separators and closers.
                bool needValue = false;
                while (!needValue)
                {
                    if (_stack.Count == 0)
                    {
                        SkipWhitespace();
                        if (_pos < len)
                        {
                            return Fail(
                                "unexpected text after the JSON value: " + Describe(_pos) + " (a JSON text holds exactly one value)",
                                _pos,
                                len - _pos);
                        }

                        return value;
                    }

                    Frame top = _stack[_stack.Count - 1];
                    SkipWhitespace();
                    if (top.Container is JsonObject obj)
                    {
                        obj.Add(top.Key, value);
                        obj.SetKeySpan(top.Key, top.KeySpan);
                        if (_pos >= len)
                        {
                            return FailAtEnd("expected ',' or '}' after the value of " + Quote(top.Key));
                        }

                        char d = text[_pos];
                        if (d == ',')
                        {
                            int comma = _pos;
                            _pos++;
                            SkipWhitespace();
                            if (_pos < len && text[_pos] == '}')
                            {
                                return Fail("trailing comma before '}': remove the ',' or add another member", comma, 1);
                            }

                            if (!ReadKey(top, "','"))
                            {
                                return null;
                            }

                            needValue = true;
                        }
                        else if (d == '}')
                        {
                            _pos++;
                            _stack.RemoveAt(_stack.Count - 1);
                            value = obj;
                            SetContainerSpan(top);
                        }
                        else
                        {
                            return Fail(
                                "expected ',' or '}' after the value of " + Quote(top.Key) + ", found " + Describe(_pos),
                                _pos,
                                1);
                        }
                    }
                    else
                    {
                        var arr = (JsonArray)top.Container;
                        arr.Add(value);
                        if (_pos >= len)
                        {
                            return FailAtEnd("expected ',' or ']' after an array element");
                        }

                        char d = text[_pos];
                        if (d == ',')
                        {
                            int comma = _pos;
                            _pos++;
                            SkipWhitespace();
                            if (_pos < len && text[_pos] == ']')
                            {
                                return Fail("trailing comma before ']': remove the ',' or add another element", comma, 1);
                            }

                            needValue = true;
                        }
                        else if (d == ']')
                        {
                            _pos++;
                            _stack.RemoveAt(_stack.Count - 1);
                            value = arr;
                            SetContainerSpan(top);
                        }
                        else
                        {
                            return Fail("expected ',' or ']' after an array element, found " + Describe(_pos), _pos, 1);
                        }
                    }
                }
            }
        }

        /// <summary>Records where a closed object or array was read: from its opening bracket through its closing one.</summary>
        private void SetContainerSpan(Frame frame)
        {
            var span = new JsonSpan(frame.OpenOffset, _pos - frame.OpenOffset, verbatim: true);
            if (frame.Container is JsonObject obj)
            {
                obj.Span = span;
            }
            else
            {
                ((JsonArray)frame.Container).Span = span;
            }
        }

        /// <summary>Reads <c>"key" :</c> and leaves _pos on the value (whitespace skipped).</summary>
        private bool ReadKey(Frame frame, string after)
        {
            string text = _text;
            int len = text.Length;
            if (_pos >= len)
            {
                FailAtEnd("expected a property name in double quotes after " + after);
                return false;
            }

            char c = text[_pos];
            if (c != '"')
            {
                if (c == '\'')
                {
                    Fail("property names must be in double quotes, not single quotes", _pos, 1);
                }
                else if (IsWordChar(c))
                {
                    int end = WordEnd(_pos);
                    Fail(
                        "property names must be in double quotes: write \"" + Fragment(_pos, end - _pos) + "\"",
                        _pos,
                        end - _pos);
                }
                else if (c == '/')
                {
                    Fail("comments are not allowed in JSON", _pos, 1);
                }
                else
                {
                    Fail("expected a property name in double quotes after " + after + ", found " + Describe(_pos), _pos, 1);
                }

                return false;
            }

            int keyStart = _pos;
            string? key = ReadString();
            if (key is null)
            {
                return false;
            }

            if (((JsonObject)frame.Container).ContainsKey(key))
            {
                Fail("duplicate key " + Quote(key), keyStart, _pos - keyStart);
                return false;
            }

            frame.Key = key;
            frame.KeySpan = new JsonSpan(keyStart, _pos - keyStart, _pos - keyStart - 2 == key.Length);
            SkipWhitespace();
            if (_pos >= len)
            {
                FailAtEnd("expected ':' after the property name " + Quote(key));
                return false;
            }

            if (text[_pos] != ':')
            {
                Fail("expected ':' after the property name " + Quote(key) + ", found " + Describe(_pos), _pos, 1);
                return false;
            }

            _pos++;
            SkipWhitespace();
            return true;
        }

        private JsonNode? ReadScalar()
        {
            string text = _text;
            int len = text.Length;
            int start = _pos;
            char c = text[start];
            switch (c)
            {
                case '"':
                    {
                        string? s = ReadString();
                        return s is null ? null : new JsonString(s) { Span = new JsonSpan(start, _pos - start, _pos - start - 2 == s.Length) };
                    }

                case '-':
                case '0':
                case '1':
                case '2':
                case '3':
                case '4':
                case '5':
                case '6':
                case '7':
                case '8':
                case '9':
                    return ReadNumber();
                case '\'':
                    return Fail("strings must be in double quotes, not single quotes", start, 1);
                case '/':
                    return Fail("comments are not allowed in JSON", start, 1);
                case '+':
                case '.':
                    {
                        int end = WordEnd(start + 1);
                        if (end > start + 1)
                        {
                            string why = c == '+' ? "a number must not start with '+'" : "a number must start with a digit (write 0.5, not .5)";
                            return Fail("invalid number '" + Fragment(start, end - start) + "': " + why, start, end - start);
                        }

                        break;
                    }
            }

            if (IsWordChar(c))
            {
                int end = WordEnd(start);
                string word = text.Substring(start, end - start);
                switch (word)
                {
                    case "true":
                        _pos = end;
                        return JsonNode.True;
                    case "false":
                        _pos = end;
                        return JsonNode.False;
                    case "null":
                        _pos = end;
                        return JsonNode.Null;
                    case "NaN":
                    case "Infinity":
                        return Fail("NaN and Infinity are not valid JSON numbers", start, end - start);
                }

                string lower = word.ToLowerInvariant();
                if (lower == "true" || lower == "false" || lower == "null")
                {
                    return Fail("invalid literal '" + Fragment(start, end - start) + "': JSON literals are lowercase (" + lower + ")", start, end - start);
                }

                return Fail(
                    "unexpected word '" + Fragment(start, end - start) + "': expected " + ExpectedValue() + " (strings must be in double quotes)",
                    start,
                    end - start);
            }

            return Fail("unexpected " + Describe(start) + ": expected " + ExpectedValue(), start, 1);
        }

        private JsonNode? ReadNumber()
        {
            int start = _pos;
            string? problem = JsonNumber.ScanNumber(_text, start, out int end);
            int tokenEnd = WordEnd(start + 1);
            if (tokenEnd < end)
            {
                tokenEnd = end;
            }

            if (problem == null && tokenEnd == end)
            {
                _pos = end;
                return JsonNumber.FromValidatedText(_text.Substring(start, end - start));
            }

            string token = Fragment(start, tokenEnd - start);
            string bare = token.StartsWith("-", System.StringComparison.Ordinal) ? token.Substring(1) : token;
            if (bare == "Infinity" || bare == "NaN")
            {
                return Fail("NaN and Infinity are not valid JSON numbers", start, tokenEnd - start);
            }

            return Fail("invalid number '" + token + "'" + (problem == null ? string.Empty : ": " + problem), start, tokenEnd - start);
        }

        /// <summary>Reads a string starting at the opening quote at _pos; returns null on error.</summary>
        private string? ReadString()
        {
            string text = _text;
            int len = text.Length;
            int start = _pos;
            int i = start + 1;
            int runStart = i;
            StringBuilder? sb = null;
            while (true)
            {
                if (i >= len)
                {
                    Fail("unterminated string: expected a closing '\"'", start, len - start);
                    return null;
                }

                char c = text[i];
                if (c == '"')
                {
                    string result;
                    if (sb is null)
                    {
                        result = text.Substring(runStart, i - runStart);
                    }
                    else
                    {
                        sb.Append(text, runStart, i - runStart);
                        result = sb.ToString();
                    }

                    _pos = i + 1;
                    return result;
                }

                if (c == '\\')
                {
                    sb ??= new StringBuilder(i - runStart + 16);
                    sb.Append(text, runStart, i - runStart);
                    if (i + 1 >= len)
                    {
                        Fail("unterminated string: expected a closing '\"'", start, len - start);
                        return null;
                    }

                    char e = text[i + 1];
                    switch (e)
                    {
                        case '"': sb.Append('"'); break;
                        case '\\': sb.Append('\\'); break;
                        case '/': sb.Append('/'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'n': sb.Append('\n'); break;
                        case 'r': sb.Append('\r'); break;
                        case 't': sb.Append('\t'); break;
                        case 'u':
                            {
                                int k = Hex.ReadCodeUnit(text, i + 2, out int code);

                                if (k < 4)
                                {
                                    int shown = 2;
                                    while (shown < 6 && i + shown < len && text[i + shown] != '"')
                                    {
                                        shown++;
                                    }

                                    Fail(
                                        "invalid escape '" + Fragment(i, shown) + "': '\\u' must be followed by 4 hex digits",
                                        i,
                                        shown);
                                    return null;
                                }

                                // Surrogates are kept as written: a valid pair forms one character,
                                // a lone surrogate stays a lone UTF-16 code unit (RFC 8259 §8.2 allows it).
                                sb.Append((char)code);
                                i += 6;
                                runStart = i;
                                continue;
                            }

                        default:
                            Fail(
                                "invalid escape '\\" + DescribeBare(e) + "': expected one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX",
                                i,
                                2);
                            return null;
                    }

                    i += 2;
                    runStart = i;
                    continue;
                }

                if (c < 0x20)
                {
                    string how = c == '\n' ? "\\n" : c == '\r' ? "\\r" : c == '\t' ? "\\t" : "\\u00" + ((int)c).ToString("X2", CultureInfo.InvariantCulture);
                    string hint = c == '\n' || c == '\r' ? " (or is a closing '\"' missing?)" : string.Empty;
                    Fail(
                        "unescaped control character " + CodePoint(c) + " in a string: write it as " + how + hint,
                        i,
                        1);
                    return null;
                }

                i++;
            }
        }

        private void SkipWhitespace()
        {
            string text = _text;
            int i = _pos;
            while (i < text.Length)
            {
                char c = text[i];
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                {
                    break;
                }

                i++;
            }

            _pos = i;
        }

        private string ExpectedValue()
        {
            if (_stack.Count == 0)
            {
                return "a JSON value (object, array, string, number, true, false or null)";
            }

            Frame top = _stack[_stack.Count - 1];
            return top.Container is JsonObject ? "the value of " + Quote(top.Key) : "an array element";
        }

        private JsonNode? Fail(string message, int offset, int length)
        {
            if (_error == null)
            {
                _error = message;
                _errorOffset = offset;
                _errorLength = length;
            }

            return null;
        }

        private JsonNode? FailAtEnd(string message)
        {
            string full = "unexpected end of text: " + message;
            if (_stack.Count > 0)
            {
                Frame top = _stack[_stack.Count - 1];
                char open = top.Container is JsonObject ? '{' : '[';
                full += " (the '" + open + "' at " + Where(top.OpenOffset) + " is not closed)";
            }

            return Fail(full, _text.Length, 0);
        }

        /// <summary>"column 5" for one-line text, "line 2, column 5" otherwise (both 1-based).</summary>
        private string Where(int offset)
        {
            int line = 1;
            int lineStart = 0;
            bool multiLine = false;
            for (int i = 0; i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                {
                    multiLine = true;
                    if (i < offset)
                    {
                        line++;
                        lineStart = i + 1;
                    }
                    else
                    {
                        break;
                    }
                }
            }

            string column = "column " + (offset - lineStart + 1).ToString(CultureInfo.InvariantCulture);
            return multiLine ? "line " + line.ToString(CultureInfo.InvariantCulture) + ", " + column : column;
        }

        private string Describe(int offset)
        {
            if (offset >= _text.Length)
            {
                return "the end of the text";
            }

            char c = _text[offset];
            if (char.IsHighSurrogate(c) && offset + 1 < _text.Length && char.IsLowSurrogate(_text[offset + 1]))
            {
                int cp = char.ConvertToUtf32(c, _text[offset + 1]);
                return "character U+" + cp.ToString("X4", CultureInfo.InvariantCulture);
            }

            return c >= 0x20 && c < 0x7F ? "'" + c + "'" : "character " + CodePoint(c);
        }

        private string Fragment(int start, int length)
        {
            const int Max = 40;
            if (length > Max)
            {
                return Sanitize(_text.Substring(start, Max - 3)) + "...";
            }

            return Sanitize(_text.Substring(start, length));
        }

        private int Clamp(int offset) => offset < 0 ? 0 : offset > _text.Length ? _text.Length : offset;

        private int ClampLength(int offset, int length)
        {
            int o = Clamp(offset);
            if (length < 0)
            {
                return 0;
            }

            return o + length > _text.Length ? _text.Length - o : length;
        }

        private int WordEnd(int start)
        {
            int i = start;
            while (i < _text.Length && (IsWordChar(_text[i]) || _text[i] == '.' || _text[i] == '+' || _text[i] == '-'))
            {
                i++;
            }

            return i;
        }
    }

    private static bool IsWordChar(char c) =>
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';


    private static string CodePoint(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);

    private static string DescribeBare(char c) => c >= 0x20 && c < 0x7F ? c.ToString() : CodePoint(c);

    /// <summary>A key for messages: JSON-quoted, shortened when long.</summary>
    internal static string Quote(string key)
    {
        const int Max = 40;
        string shown = key.Length > Max ? key.Substring(0, Max - 3) + "..." : key;
        var sb = new StringBuilder(shown.Length + 2);
        JsonWriter.WriteString(sb, shown);
        return sb.ToString();
    }

    /// <summary>Replaces control characters so a fragment of source can be shown in a message.</summary>
    private static string Sanitize(string s)
    {
        StringBuilder? sb = null;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb?.Append(c).Append(s[i + 1]);
                i++;
            }
            else if (c < 0x20 || c == 0x7F || char.IsSurrogate(c))
            {
                sb ??= new StringBuilder(s, 0, i, s.Length + 8);
                JsonWriter.AppendUnicodeEscape(sb, c);
            }
            else
            {
                sb?.Append(c);
            }
        }

        return sb?.ToString() ?? s;
    }
}
