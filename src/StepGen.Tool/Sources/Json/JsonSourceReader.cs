using System;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Sources.Json;

/// <summary>
/// Reads JSON (RFC 8259, strict: no comments, no trailing commas, no duplicate keys) into <see cref="SourceNode"/>s
/// that keep their positions, each string character mapped through its escapes. The core's parser gives spans for
/// strings and keys only; templates need every node's position (a <c>{"Ref": ...}</c>, a number). Throws
/// <see cref="SourceFormatException"/> at the offset where the text stops being JSON, and nothing else.
/// </summary>
internal sealed class JsonSourceReader
{
    private const int MaxDepth = 512;
    private readonly string _text;
    private int _pos;
    private int _depth;

    private JsonSourceReader(string text) => _text = text;

    /// <summary>Reads one JSON value filling the whole text (whitespace around it allowed; a leading BOM skipped).</summary>
    public static SourceNode Read(string text)
    {
        var reader = new JsonSourceReader(text ?? string.Empty);
        if (reader._text.Length > 0 && reader._text[0] == '\uFEFF')
        {
            reader._pos = 1;
        }

        reader.SkipWhitespace();
        if (reader._pos >= reader._text.Length)
        {
            throw new SourceFormatException(reader._pos, "the file is empty");
        }

        SourceNode value = reader.ReadValue();
        reader.SkipWhitespace();
        if (reader._pos < reader._text.Length)
        {
            throw new SourceFormatException(reader._pos, "unexpected " + reader.Describe(reader._pos) + " after the JSON value");
        }

        return value;
    }

    private SourceNode ReadValue()
    {
        if (_pos >= _text.Length)
        {
            throw new SourceFormatException(_pos, "unexpected end of the text: expected a value");
        }

        char c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject();
            case '[':
                return ReadArray();
            case '"':
                {
                    int start = _pos;
                    return SourceScalar.String(ReadString(), start);
                }

            case '-':
            case >= '0' and <= '9':
                return ReadNumber();
            case 't':
                return ReadLiteral("true", ScalarKind.Boolean);
            case 'f':
                return ReadLiteral("false", ScalarKind.Boolean);
            case 'n':
                return ReadLiteral("null", ScalarKind.Null);
            case '/':
                throw new SourceFormatException(_pos, "comments are not allowed in JSON");
            case '\'':
                throw new SourceFormatException(_pos, "strings must be in double quotes, not single quotes");
            default:
                throw new SourceFormatException(_pos, "unexpected " + Describe(_pos) + ": expected a value");
        }
    }

    private SourceMapping ReadObject()
    {
        int start = _pos;
        Enter(start);
        _pos++;
        var members = new List<SourceMember>();
        var keys = new HashSet<string>(System.StringComparer.Ordinal);
        SkipWhitespace();
        if (_pos < _text.Length && _text[_pos] == '}')
        {
            _pos++;
            _depth--;
            return new SourceMapping(members, start);
        }

        while (true)
        {
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                throw new SourceFormatException(_pos, "unexpected end of the text: expected a property name");
            }

            if (_text[_pos] != '"')
            {
                throw new SourceFormatException(_pos, _text[_pos] == '}'
                    ? "trailing comma before '}'"
                    : "expected a property name in double quotes, found " + Describe(_pos));
            }

            int keyStart = _pos;
            MappedString key = ReadString();
            if (!keys.Add(key.Value))
            {
                throw new SourceFormatException(keyStart, "duplicate key \"" + key.Value + "\"");
            }

            SkipWhitespace();
            Expect(':', "after the property name \"" + key.Value + "\"");
            SkipWhitespace();
            SourceNode value = ReadValue();
            members.Add(new SourceMember(SourceScalar.String(key, keyStart), value));
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                throw new SourceFormatException(_pos, "unexpected end of the text: expected ',' or '}'");
            }

            if (_text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (_text[_pos] == '}')
            {
                _pos++;
                _depth--;
                return new SourceMapping(members, start);
            }

            throw new SourceFormatException(_pos, "expected ',' or '}' after the value of \"" + key.Value + "\", found " + Describe(_pos));
        }
    }

    private SourceSequence ReadArray()
    {
        int start = _pos;
        Enter(start);
        _pos++;
        var items = new List<SourceNode>();
        SkipWhitespace();
        if (_pos < _text.Length && _text[_pos] == ']')
        {
            _pos++;
            _depth--;
            return new SourceSequence(items, start);
        }

        while (true)
        {
            SkipWhitespace();
            if (_pos < _text.Length && _text[_pos] == ']')
            {
                throw new SourceFormatException(_pos, "trailing comma before ']'");
            }

            items.Add(ReadValue());
            SkipWhitespace();
            if (_pos >= _text.Length)
            {
                throw new SourceFormatException(_pos, "unexpected end of the text: expected ',' or ']'");
            }

            if (_text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (_text[_pos] == ']')
            {
                _pos++;
                _depth--;
                return new SourceSequence(items, start);
            }

            throw new SourceFormatException(_pos, "expected ',' or ']' after an array element, found " + Describe(_pos));
        }
    }

    private void Enter(int at)
    {
        if (++_depth > MaxDepth)
        {
            throw new SourceFormatException(at, "nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }
    }

    /// <summary>Reads a string at the opening quote; each run between escapes maps verbatim, an escape to its backslash.</summary>
    private MappedString ReadString()
    {
        int open = _pos;
        _pos++;
        var builder = new MappedTextBuilder();
        int runStart = _pos;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new SourceFormatException(open, "a string that never ends (no closing '\"')");
            }

            char c = _text[_pos];
            if (c == '"')
            {
                builder.AppendVerbatim(_text, runStart, _pos - runStart, runStart);
                _pos++;
                MappedString result = builder.ToMappedString();
                return result.Anchors.Count == 0 ? MappedString.Synthetic(string.Empty, open + 1) : result;
            }

            if (c < 0x20)
            {
                throw new SourceFormatException(_pos, c == '\n' || c == '\r'
                    ? "a line break inside a string (write \\n)"
                    : "a control character inside a string (write it as an escape)");
            }

            if (c != '\\')
            {
                _pos++;
                continue;
            }

            builder.AppendVerbatim(_text, runStart, _pos - runStart, runStart);
            int escape = _pos;
            if (_pos + 1 >= _text.Length)
            {
                throw new SourceFormatException(open, "a string that never ends (no closing '\"')");
            }

            char e = _text[_pos + 1];
            string? decoded = e switch
            {
                '"' => "\"",
                '\\' => "\\",
                '/' => "/",
                'b' => "\b",
                'f' => "\f",
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                _ => null,
            };
            if (decoded != null)
            {
                _pos += 2;
            }
            else if (e == 'u')
            {
                if (_pos + 6 > _text.Length || !int.TryParse(_text.AsSpan(_pos + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code))
                {
                    throw new SourceFormatException(escape, "\\u must be followed by four hexadecimal digits");
                }

                decoded = ((char)code).ToString();
                _pos += 6;
            }
            else
            {
                throw new SourceFormatException(escape, "invalid escape '\\" + e + "' in a string");
            }

            builder.AppendSynthetic(decoded, escape);
            runStart = _pos;
        }
    }

    private SourceScalar ReadNumber()
    {
        int start = _pos;
        int i = _pos;
        if (i < _text.Length && _text[i] == '-')
        {
            i++;
        }

        if (i >= _text.Length || !IsDigit(_text[i]))
        {
            throw new SourceFormatException(start, "invalid number: expected a digit after '-'");
        }

        if (_text[i] == '0' && i + 1 < _text.Length && IsDigit(_text[i + 1]))
        {
            throw new SourceFormatException(start, "invalid number: no leading zeros in JSON");
        }

        while (i < _text.Length && IsDigit(_text[i]))
        {
            i++;
        }

        if (i < _text.Length && _text[i] == '.')
        {
            i++;
            if (i >= _text.Length || !IsDigit(_text[i]))
            {
                throw new SourceFormatException(start, "invalid number: expected a digit after '.'");
            }

            while (i < _text.Length && IsDigit(_text[i]))
            {
                i++;
            }
        }

        if (i < _text.Length && (_text[i] == 'e' || _text[i] == 'E'))
        {
            i++;
            if (i < _text.Length && (_text[i] == '+' || _text[i] == '-'))
            {
                i++;
            }

            if (i >= _text.Length || !IsDigit(_text[i]))
            {
                throw new SourceFormatException(start, "invalid number: expected a digit in the exponent");
            }

            while (i < _text.Length && IsDigit(_text[i]))
            {
                i++;
            }
        }

        _pos = i;
        return new SourceScalar(ScalarKind.Number, MappedString.Verbatim(_text, start, i - start), start);
    }

    private SourceScalar ReadLiteral(string word, ScalarKind kind)
    {
        int start = _pos;
        if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0)
        {
            int end = _pos;
            while (end < _text.Length && end - _pos < 20 && char.IsLetterOrDigit(_text[end]))
            {
                end++;
            }

            throw new SourceFormatException(start, "unexpected word '" + _text.Substring(_pos, end - _pos) + "': expected a value (strings must be in double quotes)");
        }

        _pos += word.Length;
        return new SourceScalar(kind, MappedString.Verbatim(_text, start, word.Length), start);
    }

    private void Expect(char c, string where)
    {
        if (_pos >= _text.Length)
        {
            throw new SourceFormatException(_pos, "unexpected end of the text: expected '" + c + "' " + where);
        }

        if (_text[_pos] != c)
        {
            throw new SourceFormatException(_pos, "expected '" + c + "' " + where + ", found " + Describe(_pos));
        }

        _pos++;
    }

    private void SkipWhitespace()
    {
        while (_pos < _text.Length && _text[_pos] is ' ' or '\t' or '\n' or '\r')
        {
            _pos++;
        }
    }

    private string Describe(int offset)
    {
        if (offset >= _text.Length)
        {
            return "the end of the text";
        }

        char c = _text[offset];
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';
}
