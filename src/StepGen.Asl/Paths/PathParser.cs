using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Asl.Text;

namespace StepGen.Asl.Paths;

// Why one file of about 900 lines: it is one hand-written reader for one grammar, whose methods share the cursor and
// the error state of Reader; split into partials, the grammar would no longer read top to bottom. PathExtent (where a
// path ends inside other text) and the context-object and intrinsic checks that use it live elsewhere.

/// <summary>
/// Parses ASL JSONPath (Jayway syntax) paths: <c>$</c> (input), <c>$$</c> (Context Object) and
/// <c>$name</c> (workflow variable) roots, followed by <c>.name</c>, <c>['name']</c>, <c>["name"]</c>,
/// <c>[0]</c>, <c>[*]</c>, <c>.*</c>, <c>..name</c>, <c>[?(...)]</c>, <c>[a:b]</c>, <c>[a,b]</c> and a final
/// function call such as <c>.length()</c>. A backslash escapes the next character of a dot name
/// (<c>$.store\.book</c> names <c>store.book</c>). Filters are only delimited, not evaluated.
/// Never throws and never recurses.
/// </summary>
public static class PathParser
{
    /// <summary>
    /// True when <paramref name="value"/> should be read as a path rather than a literal: it starts
    /// with <c>$</c> but not with <c>${</c> (a deployment substitution such as <c>${SlackConnectionArn}</c>).
    /// </summary>
    public static bool LooksLikePath(string value) =>
        value != null && value.Length > 0 && value[0] == '$' && !(value.Length > 1 && value[1] == '{');

    /// <summary>
    /// Parses <paramref name="path"/> (null is treated as empty). Whitespace after the path is not part of it: AWS's
    /// own language service (amazon-states-language-service) and asl-validator both accept <c>"$$.Execution.Name "</c>,
    /// and a published AWS sample (step-functions-workflows-collection, decompose-for-parallelism) deploys it.
    /// </summary>
    public static PathParseResult Parse(string path) => new Reader(TrimEnd(path ?? string.Empty)).Run();

    private static string TrimEnd(string path)
    {
        int end = path.Length;
        while (end > 1 && char.IsWhiteSpace(path[end - 1]) && !Escaped(path, end - 1))
        {
            end--;
        }

        return end == path.Length ? path : path.Substring(0, end);
    }

    /// <summary>Whether the character at <paramref name="index"/> follows an odd run of backslashes (<c>$.a\ </c> names "a ").</summary>
    private static bool Escaped(string path, int index)
    {
        int backslashes = 0;
        for (int i = index - 1; i >= 0 && path[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private sealed class Reader
    {
        private readonly string _path;
        private readonly List<PathSegment> _segments = new List<PathSegment>();
        private int _pos;
        private PathRoot _root;
        private string? _variable;
        private int _rootLength;
        private string? _error;
        private int _errorOffset;
        private int _errorLength;

        public Reader(string path) => _path = path;

        public PathParseResult Run()
        {
            ParseAll();
            bool reference = true;
            foreach (PathSegment s in _segments)
            {
                if (s.IsDeepScan
                    || !(s.Kind == PathSegmentKind.Name || (s.Kind == PathSegmentKind.Index && s.Index >= 0)))
                {
                    reference = false;
                    break;
                }
            }

            int offset = _errorOffset < 0 ? 0 : _errorOffset > _path.Length ? _path.Length : _errorOffset;
            int length = _errorLength < 0 ? 0 : offset + _errorLength > _path.Length ? _path.Length - offset : _errorLength;
            return new PathParseResult(
                _path,
                _error,
                _error == null ? 0 : offset,
                _error == null ? 0 : length,
                _root,
                _variable,
                _rootLength,
                _segments.ToArray(),
                reference);
        }

        private void ParseAll()
        {
            string p = _path;
            int len = p.Length;
            if (len == 0)
            {
                Fail("a path must not be empty: it must start with '$'", 0, 0);
                return;
            }

            if (p[0] != '$')
            {
                Fail("a path must start with '$'", 0, 1);
                return;
            }

            if (!ParseRoot())
            {
                return;
            }

            while (_pos < len)
            {
                char c = p[_pos];
                bool ok;
                if (c == '.')
                {
                    ok = ParseDotSegment();
                }
                else if (c == '[')
                {
                    ok = ParseBracketSegment(_pos, false);
                }
                else
                {
                    string after = _pos > 0 && p[_pos - 1] == ']' ? " after ']'" : _pos > 0 && p[_pos - 1] == '*' ? " after '*'" : string.Empty;
                    Fail("unexpected " + Describe(_pos) + after + ": expected '.', '[' or the end of the path", _pos, 1);
                    ok = false;
                }

                if (!ok)
                {
                    return;
                }
            }
        }

        private bool ParseRoot()
        {
            string p = _path;
            int len = p.Length;
            _pos = 1;
            _root = PathRoot.Input;
            if (_pos < len && p[_pos] == '$')
            {
                _root = PathRoot.Context;
                _pos = 2;
                _rootLength = 2;
                if (_pos < len && p[_pos] != '.' && p[_pos] != '[')
                {
                    Fail("unexpected " + Describe(_pos) + " after '$$': expected '.', '[' or the end of the path", _pos, 1);
                    return false;
                }

                return true;
            }

            if (_pos < len && IsIdentifierStart(p, _pos, out int width))
            {
                int start = _pos;
                _pos += width;
                while (_pos < len && IsIdentifierPart(p, _pos, out width))
                {
                    _pos += width;
                }

                _root = PathRoot.Variable;
                _variable = p.Substring(start, _pos - start);
                _rootLength = _pos;
                if (_pos < len && p[_pos] != '.' && p[_pos] != '[')
                {
                    Fail(
                        "invalid character " + Describe(_pos) + " in the variable name '" + _variable + "': expected '.', '[' or the end of the path",
                        _pos,
                        1);
                    return false;
                }

                return true;
            }

            _rootLength = 1;
            if (_pos < len && p[_pos] != '.' && p[_pos] != '[')
            {
                if (p[_pos] == '{')
                {
                    Fail("unexpected '{' after '$': '${...}' is a deployment substitution, not a path", _pos, 1);
                }
                else
                {
                    Fail(
                        "unexpected " + Describe(_pos) + " after '$': expected '.', '[', a variable name (a letter or '_') or the end of the path",
                        _pos,
                        1);
                }

                return false;
            }

            return true;
        }

        /// <summary>At '.': reads <c>.name</c>, <c>.*</c>, <c>..name</c>, <c>..*</c>, <c>.[...]</c>, <c>..[...]</c> or <c>.fn()</c>.</summary>
        private bool ParseDotSegment()
        {
            string p = _path;
            int len = p.Length;
            int segStart = _pos;
            bool deep = _pos + 1 < len && p[_pos + 1] == '.';
            _pos += deep ? 2 : 1;
            if (_pos >= len)
            {
                return deep
                    ? Fail("expected a property name, '*' or '[' after '..'", segStart, 2)
                    : Fail("empty property name after '.': a path must not end with '.'", segStart, 1);
            }

            char c = p[_pos];
            if (c == '.')
            {
                return Fail("unexpected '.' after '..': expected a property name, '*' or '['", _pos, 1);
            }

            if (c == '[')
            {
                return ParseBracketSegment(segStart, deep);
            }

            if (c == '*')
            {
                _pos++;
                _segments.Add(new PathSegment(PathSegmentKind.Wildcard, segStart, _pos - segStart, deep));
                return true;
            }

            if (IsSpace(c))
            {
                return Fail(
                    "unexpected space after '" + (deep ? ".." : ".") + "': property names cannot contain spaces; use ['name with spaces']",
                    _pos,
                    1);
            }

            int nameStart = _pos;
            StringBuilder? sb = null;
            int runStart = _pos;
            while (_pos < len)
            {
                char ch = p[_pos];
                if (ch == '.' || ch == '[' || ch == '(')
                {
                    break;
                }

                if (ch == '\\')
                {
                    if (_pos + 1 >= len)
                    {
                        return Fail("dangling '\\' at the end of the path: it must escape a character, as in '\\.'", _pos, 1);
                    }

                    sb ??= new StringBuilder();
                    sb.Append(p, runStart, _pos - runStart).Append(p[_pos + 1]);
                    _pos += 2;
                    runStart = _pos;
                    continue;
                }

                if (IsSpace(ch))
                {
                    int end = _pos;
                    while (end < len && p[end] != '.' && p[end] != '[')
                    {
                        end++;
                    }

                    string whole = p.Substring(nameStart, end - nameStart).TrimEnd();
                    return Fail(
                        "unexpected space in the property name '" + Excerpt.Of(whole) + "': write ['" + Excerpt.Of(whole) + "'] for names with spaces",
                        _pos,
                        1);
                }

                if (ch == ']')
                {
                    return Fail("unexpected ']' without a matching '['", _pos, 1);
                }

                if (ch == ')')
                {
                    return Fail("unexpected ')' without a matching '('", _pos, 1);
                }

                _pos++;
            }

            string name;
            if (sb is null)
            {
                name = p.Substring(nameStart, _pos - nameStart);
            }
            else
            {
                sb.Append(p, runStart, _pos - runStart);
                name = sb.ToString();
            }

            int nameEnd = _pos;
            if (_pos < len && p[_pos] == '(')
            {
                if (nameEnd == nameStart)
                {
                    return Fail("expected a function name before '('", _pos, 1);
                }

                int open = _pos;
                int close = FindClosingParen(open);
                if (close < 0)
                {
                    return false;
                }

                _pos = close + 1;
                var fn = new PathSegment(PathSegmentKind.Function, segStart, _pos - segStart, deep)
                {
                    Name = name,
                    NameOffset = nameStart,
                    NameLength = nameEnd - nameStart,
                    Expression = p.Substring(open + 1, close - open - 1),
                };
                _segments.Add(fn);
                if (_pos < len)
                {
                    return Fail(
                        "a function call such as '" + Excerpt.Of(name) + "()' must be the last step of a path",
                        _pos,
                        len - _pos);
                }

                return true;
            }

            _segments.Add(new PathSegment(PathSegmentKind.Name, segStart, _pos - segStart, deep)
            {
                Name = name,
                NameOffset = nameStart,
                NameLength = nameEnd - nameStart,
            });
            return true;
        }

        /// <summary>At '[' (segStart may be an earlier '.' or '..').</summary>
        private bool ParseBracketSegment(int segStart, bool deep)
        {
            string p = _path;
            int len = p.Length;
            int open = _pos;
            _pos++;
            SkipSpaces();
            if (_pos >= len)
            {
                return Unclosed(open);
            }

            char c = p[_pos];
            if (c == ']')
            {
                return Fail("empty brackets '[]': expected an index, a quoted name, '*' or a filter '?(...)'", open, _pos - open + 1);
            }

            if (c == '\'' || c == '"')
            {
                return ParseQuotedNames(segStart, open, deep);
            }

            if (c == '*')
            {
                _pos++;
                SkipSpaces();
                if (_pos >= len)
                {
                    return Unclosed(open);
                }

                if (p[_pos] != ']')
                {
                    return Fail("expected ']' after '*', found " + Describe(_pos), _pos, 1);
                }

                _pos++;
                _segments.Add(new PathSegment(PathSegmentKind.Wildcard, segStart, _pos - segStart, deep) { IsBracketed = true });
                return true;
            }

            if (c == '?')
            {
                _pos++;
                SkipSpaces();
                if (_pos >= len)
                {
                    return Unclosed(open);
                }

                if (p[_pos] != '(')
                {
                    return Fail("expected '(' after '?': a filter is written [?(expression)]", _pos, 1);
                }

                int paren = _pos;
                int close = FindClosingParen(paren);
                if (close < 0)
                {
                    return false;
                }

                _pos = close + 1;
                SkipSpaces();
                if (_pos >= len)
                {
                    return Unclosed(open);
                }

                if (p[_pos] != ']')
                {
                    return Fail("expected ']' after the filter's closing ')', found " + Describe(_pos), _pos, 1);
                }

                _pos++;
                _segments.Add(new PathSegment(PathSegmentKind.Filter, segStart, _pos - segStart, deep)
                {
                    IsBracketed = true,
                    Expression = p.Substring(paren + 1, close - paren - 1),
                });
                return true;
            }

            if (c == '(')
            {
                return Fail("script expressions '[(...)]' are not supported: use a filter '[?(...)]'", _pos, 1);
            }

            if (c == '-' || c == ':' || (c >= '0' && c <= '9'))
            {
                return ParseNumeric(segStart, open, deep);
            }

            if (IsIdentifierStart(p, _pos, out _))
            {
                int end = _pos;
                while (end < len && IsIdentifierPart(p, end, out int w))
                {
                    end += w;
                }

                string word = p.Substring(_pos, end - _pos);
                return Fail(
                    "property names in brackets must be quoted: write ['" + Excerpt.Of(word) + "']",
                    _pos,
                    end - _pos);
            }

            return Fail(
                "unexpected " + Describe(_pos) + " after '[': expected an index, a quoted name, '*' or a filter '?(...)'",
                _pos,
                1);
        }

        private bool ParseQuotedNames(int segStart, int open, bool deep)
        {
            string p = _path;
            int len = p.Length;
            var names = new List<string>();
            int firstNameOffset = 0;
            int firstNameLength = 0;
            while (true)
            {
                int quoteStart = _pos;
                string? name = ReadQuoted();
                if (name is null)
                {
                    return false;
                }

                if (names.Count == 0)
                {
                    firstNameOffset = quoteStart + 1;
                    firstNameLength = _pos - quoteStart - 2;
                }

                names.Add(name);
                SkipSpaces();
                if (_pos >= len)
                {
                    return Unclosed(open);
                }

                char c = p[_pos];
                if (c == ']')
                {
                    _pos++;
                    break;
                }

                if (c != ',')
                {
                    return Fail("expected ',' or ']' after the quoted name, found " + Describe(_pos), _pos, 1);
                }

                int comma = _pos;
                _pos++;
                SkipSpaces();
                if (_pos >= len)
                {
                    return Unclosed(open);
                }

                c = p[_pos];
                if (c == '\'' || c == '"')
                {
                    continue;
                }

                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return Fail("cannot mix names and indexes in one '[...]'", _pos, 1);
                }

                if (c == ']')
                {
                    return Fail("expected a quoted name after ','", comma, 1);
                }

                return Fail("expected a quoted name after ',', found " + Describe(_pos), _pos, 1);
            }

            PathSegment segment;
            if (names.Count == 1)
            {
                segment = new PathSegment(PathSegmentKind.Name, segStart, _pos - segStart, deep)
                {
                    Name = names[0],
                    NameOffset = firstNameOffset,
                    NameLength = firstNameLength,
                };
            }
            else
            {
                segment = new PathSegment(PathSegmentKind.Union, segStart, _pos - segStart, deep) { UnionNames = names.ToArray() };
            }

            segment.IsBracketed = true;
            _segments.Add(segment);
            return true;
        }

        /// <summary>Reads a '...' or "..." name at _pos; returns null on error.</summary>
        private string? ReadQuoted()
        {
            string p = _path;
            int len = p.Length;
            int start = _pos;
            char quote = p[start];
            var sb = new StringBuilder();
            int i = start + 1;
            while (true)
            {
                if (i >= len)
                {
                    Fail("unterminated quoted name: missing the closing " + quote, start, len - start);
                    return null;
                }

                char c = p[i];
                if (c == quote)
                {
                    _pos = i + 1;
                    return sb.ToString();
                }

                if (c == '\\')
                {
                    if (i + 1 >= len)
                    {
                        Fail("unterminated quoted name: missing the closing " + quote, start, len - start);
                        return null;
                    }

                    char e = p[i + 1];
                    switch (e)
                    {
                        case 'n': sb.Append('\n'); break;
                        case 't': sb.Append('\t'); break;
                        case 'r': sb.Append('\r'); break;
                        case 'b': sb.Append('\b'); break;
                        case 'f': sb.Append('\f'); break;
                        case 'u':
                            {
                                int k = Hex.ReadCodeUnit(p, i + 2, out int code);

                                if (k < 4)
                                {
                                    Fail("invalid escape '\\u': expected 4 hex digits", i, 2 + k);
                                    return null;
                                }

                                sb.Append((char)code);
                                i += 6;
                                continue;
                            }

                        default:
                            sb.Append(e); // \' \" \\ \/ and any other escaped character stand for themselves
                            break;
                    }

                    i += 2;
                    continue;
                }

                sb.Append(c);
                i++;
            }
        }

        /// <summary>At a digit, '-' or ':' inside brackets: an index, a union of indexes or a slice.</summary>
        private bool ParseNumeric(int segStart, int open, bool deep)
        {
            string p = _path;
            int len = p.Length;
            int firstStart = _pos;
            int? first = null;
            if (p[_pos] != ':')
            {
                if (!ReadInt(out int v))
                {
                    return false;
                }

                first = v;
            }

            int firstEnd = _pos;
            SkipSpaces();
            if (_pos >= len)
            {
                return Unclosed(open);
            }

            char c = p[_pos];
            if (c == ']' && first.HasValue)
            {
                _pos++;
                _segments.Add(new PathSegment(PathSegmentKind.Index, segStart, _pos - segStart, deep)
                {
                    Index = first,
                    IsBracketed = true,
                    NameOffset = firstStart,
                    NameLength = firstEnd - firstStart,
                });
                return true;
            }

            if (c == ',' && first.HasValue)
            {
                var indexes = new List<int> { first.Value };
                while (true)
                {
                    int comma = _pos;
                    _pos++;
                    SkipSpaces();
                    if (_pos >= len)
                    {
                        return Unclosed(open);
                    }

                    char d = p[_pos];
                    if (d == '\'' || d == '"')
                    {
                        return Fail("cannot mix names and indexes in one '[...]'", _pos, 1);
                    }

                    if (d == ']')
                    {
                        return Fail("expected an index after ','", comma, 1);
                    }

                    if (d != '-' && (d < '0' || d > '9'))
                    {
                        return Fail("expected an index after ',', found " + Describe(_pos), _pos, 1);
                    }

                    if (!ReadInt(out int v))
                    {
                        return false;
                    }

                    indexes.Add(v);
                    SkipSpaces();
                    if (_pos >= len)
                    {
                        return Unclosed(open);
                    }

                    d = p[_pos];
                    if (d == ']')
                    {
                        _pos++;
                        break;
                    }

                    if (d != ',')
                    {
                        return Fail("expected ',' or ']' after an index, found " + Describe(_pos), _pos, 1);
                    }
                }

                _segments.Add(new PathSegment(PathSegmentKind.Union, segStart, _pos - segStart, deep)
                {
                    IsBracketed = true,
                    UnionIndexes = indexes.ToArray(),
                });
                return true;
            }

            if (c != ':')
            {
                return Fail("expected ']', ',' or ':' after an index, found " + Describe(_pos), _pos, 1);
            }

            // Slice: [start?:end?(:step?)?]
            int?[] parts = { first, null, null };
            for (int part = 1; part <= 2; part++)
            {
                _pos++; // the ':'
                SkipSpaces();
                if (_pos >= len)
                {
                    return Unclosed(open);
                }

                char d = p[_pos];
                if (d == '-' || (d >= '0' && d <= '9'))
                {
                    if (!ReadInt(out int v))
                    {
                        return false;
                    }

                    parts[part] = v;
                    SkipSpaces();
                    if (_pos >= len)
                    {
                        return Unclosed(open);
                    }

                    d = p[_pos];
                }

                if (d == ']')
                {
                    break;
                }

                if (d != ':' || part == 2)
                {
                    return Fail("expected ']' to close the slice, found " + Describe(_pos), _pos, 1);
                }
            }

            _pos++; // the ']'
            _segments.Add(new PathSegment(PathSegmentKind.Slice, segStart, _pos - segStart, deep)
            {
                IsBracketed = true,
                SliceStart = parts[0],
                SliceEnd = parts[1],
                SliceStep = parts[2],
            });
            return true;
        }

        private bool ReadInt(out int value)
        {
            string p = _path;
            int len = p.Length;
            int start = _pos;
            bool negative = false;
            if (_pos < len && p[_pos] == '-')
            {
                negative = true;
                _pos++;
            }

            if (_pos >= len || p[_pos] < '0' || p[_pos] > '9')
            {
                value = 0;
                return Fail("expected a digit after '-'", _pos < len ? _pos : start, 1);
            }

            long v = 0;
            bool tooLarge = false;
            while (_pos < len && p[_pos] >= '0' && p[_pos] <= '9')
            {
                if (!tooLarge)
                {
                    v = (v * 10) + (p[_pos] - '0');
                    if (v > int.MaxValue)
                    {
                        tooLarge = true;
                    }
                }

                _pos++;
            }

            if (tooLarge)
            {
                value = 0;
                return Fail("index '" + Excerpt.Of(p.Substring(start, _pos - start)) + "' is too large", start, _pos - start);
            }

            value = negative ? (int)-v : (int)v;
            return true;
        }

        /// <summary>
        /// Finds the ')' matching the '(' at <paramref name="open"/>, skipping quoted strings
        /// ('...' and "..." with backslash escapes). Returns -1 (and records an error) when unbalanced.
        /// </summary>
        private int FindClosingParen(int open)
        {
            string p = _path;
            int len = p.Length;
            int depth = 0;
            for (int i = open; i < len; i++)
            {
                char c = p[i];
                if (c == '\'' || c == '"')
                {
                    int quoteStart = i;
                    i++;
                    while (i < len && p[i] != c)
                    {
                        if (p[i] == '\\')
                        {
                            i++;
                        }

                        i++;
                    }

                    if (i >= len)
                    {
                        Fail("unterminated string in '(...)': missing the closing " + c, quoteStart, len - quoteStart);
                        return -1;
                    }
                }
                else if (c == '(')
                {
                    depth++;
                }
                else if (c == ')')
                {
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }
                }
            }

            Fail("unclosed '(' opened at column " + Column(open), open, 1);
            return -1;
        }

        private bool Unclosed(int open) =>
            Fail("unclosed '[' opened at column " + Column(open) + ": expected ']'", open, 1);

        private void SkipSpaces()
        {
            while (_pos < _path.Length && IsSpace(_path[_pos]))
            {
                _pos++;
            }
        }

        private bool Fail(string message, int offset, int length)
        {
            if (_error == null)
            {
                _error = message;
                _errorOffset = offset;
                _errorLength = length;
            }

            return false;
        }

        private string Describe(int offset)
        {
            if (offset >= _path.Length)
            {
                return "the end of the path";
            }

            char c = _path[offset];
            if (c == ' ')
            {
                return "a space";
            }

            return c > 0x20 && c < 0x7F ? "'" + c + "'" : "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
        }
    }

    private static string Column(int offset) => (offset + 1).ToString(CultureInfo.InvariantCulture);

    private static bool IsSpace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || char.IsWhiteSpace(c);

    /// <summary>A letter (any script), a letter number or '_'; handles surrogate pairs.</summary>
    private static bool IsIdentifierStart(string s, int index, out int width)
    {
        width = index + 1 < s.Length && char.IsHighSurrogate(s[index]) && char.IsLowSurrogate(s[index + 1]) ? 2 : 1;
        if (s[index] == '_')
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(s, index))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                return false;
        }
    }

    private static bool IsIdentifierPart(string s, int index, out int width)
    {
        if (IsIdentifierStart(s, index, out width))
        {
            return true;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(s, index))
        {
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return false;
        }
    }
}
