using System;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Sources.Yaml;

// Why one file of about 1,500 lines: a recursive-descent reader whose parts (block collections, flow collections, the
// four scalar styles, properties) share one cursor and the indentation rules.

/// <summary>
/// Reads the YAML that CloudFormation/SAM templates and <c>.asl.yaml</c> files use into <see cref="SourceNode"/>s with
/// positions: block mappings and sequences (compact <c>- key: v</c> forms, a sequence at its key's indentation), flow
/// <c>{}</c>/<c>[]</c>, plain (multi-line), single- and double-quoted scalars (escapes, folding), block scalars
/// (<c>|</c> <c>&gt;</c> with chomping and indentation indicators), comments, <c>---</c>/<c>...</c>, anchors and
/// aliases, the core schema's <c>!!</c> tags, and CloudFormation's short forms: <c>!Ref x</c> becomes
/// <c>{"Ref": x}</c>, <c>!Condition x</c> <c>{"Condition": x}</c>, any other <c>!Name x</c> <c>{"Fn::Name": x}</c>
/// (<c>!Sub</c>, <c>!GetAtt</c>, <c>!Join</c>, <c>!If</c>...). Plain scalars resolve by the YAML 1.2 core schema.
/// Not supported, with a message: explicit <c>? </c> keys, collections as keys, more than one document, tabs in
/// indentation. Merge keys (<c>&lt;&lt;</c>, YAML 1.1) are ordinary keys. Throws <see cref="SourceFormatException"/>
/// where reading stopped, and nothing else.
/// </summary>
internal sealed class YamlReader
{
    private const int MaxDepth = 200;
    private readonly string _text;
    private readonly Dictionary<string, SourceNode> _anchors = new(StringComparer.Ordinal);
    private readonly HashSet<SourceScalar> _plain = new(ReferenceEqualityComparer.Instance);
    private int _pos;
    private int _depth;

    private YamlReader(string text) => _text = text;

    private enum Context
    {
        MappingValue,
        SequenceItem,
        Other,
    }

    /// <summary>Reads the one document of <paramref name="text"/>; an empty document reads as a null scalar.</summary>
    public static SourceNode Read(string text) => new YamlReader(text ?? string.Empty).ReadDocument();

    private SourceNode ReadDocument()
    {
        if (_text.Length > 0 && _text[0] == '\uFEFF')
        {
            _pos = 1;
        }

        int indent;
        while (true)
        {
            indent = SkipBlankLines();
            if (indent < 0)
            {
                return Null(_pos);
            }

            if (indent == 0 && _text[_pos] == '%')
            {
                SkipToLineEnd();
                continue;
            }

            break;
        }

        SourceNode root;
        if (IsDocumentMarker(_pos, '-'))
        {
            _pos += 3;
            root = ParseBlockValue(-1, Context.Other);
        }
        else if (IsDocumentMarker(_pos, '.'))
        {
            root = Null(_pos);
        }
        else
        {
            root = ParseBlockNodeAt(indent, -1);
        }

        indent = NextContentLine();
        if (indent == 0 && IsDocumentMarker(_pos, '.'))
        {
            _pos += 3;
            EndOfLine();
            indent = SkipBlankLines();
            while (indent == 0 && _text[_pos] == '%')
            {
                SkipToLineEnd();
                indent = SkipBlankLines();
            }
        }

        if (indent == 0 && IsDocumentMarker(_pos, '-'))
        {
            int second = _pos;
            _pos += 3;
            SkipInline();
            if (AtLineEndOrComment())
            {
                EndOfLine();
                int next = SkipBlankLines();
                if (next < 0 || (next == 0 && IsDocumentMarker(_pos, '.')))
                {
                    return root;
                }
            }

            throw new SourceFormatException(second, "a second YAML document ('---'): lint reads one document per file");
        }

        if (indent >= 0)
        {
            throw new SourceFormatException(_pos, "unexpected " + Describe(_pos) + " (check the indentation: it ends the document here)");
        }

        return root;
    }

    // ---------------------------------------------------------------- block structure

    /// <summary>A node whose first character is at <see cref="_pos"/>, at column <paramref name="column"/>.</summary>
    private SourceNode ParseBlockNodeAt(int column, int parentIndent)
    {
        if (IsSequenceIndicator(_pos))
        {
            return ParseBlockSequence(column);
        }

        if (_text[_pos] == '?' && IsWhiteOrEnd(_pos + 1))
        {
            throw new SourceFormatException(_pos, "explicit keys ('? ') are not supported");
        }

        if (LooksLikeMappingKey(_pos))
        {
            return ParseBlockMapping(column);
        }

        return ParseBlockValue(parentIndent, Context.Other);
    }

    /// <summary>
    /// The value after an indicator (<c>key:</c>, <c>-</c>, <c>---</c>) or at the start of a node: properties, then the
    /// node on this line or, when the line ends, on the following lines (indented more than <paramref name="parentIndent"/>,
    /// or a sequence at the same indentation for a mapping value).
    /// </summary>
    private SourceNode ParseBlockValue(int parentIndent, Context context)
    {
        int after = _pos;
        SkipInline();
        Properties properties = ParseProperties(flow: false);
        if (AtLineEndOrComment())
        {
            int emptyAt = properties.Offset >= 0 ? properties.Offset : after;
            int indent = NextContentLine();
            SourceNode? node = null;
            if (indent >= 0 && !(indent == 0 && IsDocumentMarker(_pos)))
            {
                if (indent > parentIndent)
                {
                    node = ParseBlockNodeAt(indent, parentIndent);
                }
                else if (indent == parentIndent && context == Context.MappingValue && IsSequenceIndicator(_pos))
                {
                    node = ParseBlockSequence(indent);
                }
            }

            return Finish(node ?? Empty(emptyAt), properties);
        }

        if (context == Context.SequenceItem)
        {
            int column = Column(_pos);
            if (properties.Offset < 0)
            {
                return ParseBlockNodeAt(column, parentIndent);
            }
        }

        return Finish(ParseInlineNode(parentIndent), properties);
    }

    private SourceMapping ParseBlockMapping(int indent)
    {
        Enter();
        int start = _pos;
        var members = new List<SourceMember>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            int keyStart = _pos;
            SourceScalar key = ParseBlockKey();
            SkipInline();
            if (_pos >= _text.Length || _text[_pos] != ':')
            {
                throw new SourceFormatException(_pos, "expected ':' after the key '" + Shorten(key.Value) + "'");
            }

            _pos++;
            if (keys.TryGetValue(key.Value, out int first))
            {
                throw new SourceFormatException(keyStart, "duplicate key '" + Shorten(key.Value) + "' (first at line " + LineOf(first).ToString(CultureInfo.InvariantCulture) + ")");
            }

            keys.Add(key.Value, keyStart);
            SourceNode value = ParseBlockValue(indent, Context.MappingValue);
            members.Add(new SourceMember(key, value));

            int next = NextContentLine();
            if (next < indent || (next == 0 && IsDocumentMarker(_pos)))
            {
                break;
            }

            if (next > indent)
            {
                throw new SourceFormatException(_pos, "unexpected indentation: this line is indented more than the keys of its mapping");
            }

            if (!LooksLikeMappingKey(_pos))
            {
                throw new SourceFormatException(_pos, IsSequenceIndicator(_pos)
                    ? "a sequence entry ('- ') where a key of the mapping above was expected"
                    : "expected a key ('key: value') at this indentation, found " + Describe(_pos));
            }
        }

        _depth--;
        return new SourceMapping(members, start);
    }

    private SourceSequence ParseBlockSequence(int indent)
    {
        Enter();
        int start = _pos;
        var items = new List<SourceNode>();
        while (true)
        {
            _pos++;
            items.Add(ParseBlockValue(indent, Context.SequenceItem));
            int next = NextContentLine();
            if (next < indent || (next == 0 && IsDocumentMarker(_pos)))
            {
                break;
            }

            if (next > indent)
            {
                throw new SourceFormatException(_pos, "unexpected indentation: this line is indented more than the entries ('- ') of its sequence");
            }

            if (!IsSequenceIndicator(_pos))
            {
                break;
            }
        }

        _depth--;
        return new SourceSequence(items, start);
    }

    /// <summary>A key of a block mapping: quoted or plain, on one line, up to its ':'.</summary>
    private SourceScalar ParseBlockKey()
    {
        int start = _pos;
        char c = _text[_pos];
        if (c == '"' || c == '\'')
        {
            SourceScalar quoted = c == '"' ? ParseDoubleQuoted() : ParseSingleQuoted();
            if (_text.AsSpan(start, _pos - start).IndexOfAny('\n', '\r') >= 0)
            {
                throw new SourceFormatException(start, "a key that spans lines");
            }

            return quoted;
        }

        int end = _pos;
        while (_pos < _text.Length && !IsBreak(_pos))
        {
            if (_text[_pos] == ':' && IsWhiteOrEnd(_pos + 1))
            {
                break;
            }

            if (!IsBlank(_text[_pos]))
            {
                end = _pos + 1;
            }

            _pos++;
        }

        _pos = end;
        return SourceScalar.String(MappedString.Verbatim(_text, start, end - start), start);
    }

    /// <summary>
    /// The node that starts here on this line and is not a block collection: an alias, a block scalar, a flow
    /// collection, a quoted or a plain scalar.
    /// </summary>
    private SourceNode ParseInlineNode(int parentIndent)
    {
        char c = _text[_pos];
        switch (c)
        {
            case '*':
                return ParseAlias();
            case '|':
            case '>':
                return ParseBlockScalar(parentIndent);
            case '[':
                return ParseFlowSequence();
            case '{':
                return ParseFlowMapping();
            case '"':
                return ParseDoubleQuoted();
            case '\'':
                return ParseSingleQuoted();
            case '-' or '?' or ':' when IsWhiteOrEnd(_pos + 1):
                throw new SourceFormatException(_pos, "'" + c + " ' is not allowed here (a block collection cannot start on the line of its key)");
            case ',' or ']' or '}' or '%' or '@' or '`':
                throw new SourceFormatException(_pos, "unexpected " + Describe(_pos) + " (a plain value cannot start with it: quote the value)");
            default:
                return ParsePlainBlock(parentIndent);
        }
    }

    // ---------------------------------------------------------------- scalars

    private SourceScalar ParsePlainBlock(int parentIndent)
    {
        int start = _pos;
        var builder = new MappedTextBuilder();
        ReadPlainLine(builder, flow: false);
        int continuation = -1;
        while (true)
        {
            if (_pos < _text.Length && _text[_pos] == ':' && IsWhiteOrEnd(_pos + 1))
            {
                throw continuation < 0
                    ? new SourceFormatException(_pos, "': ' inside a plain value (a mapping is not allowed here): quote the value")
                    : new SourceFormatException(continuation, "unexpected indentation: this line is indented more than the line above, so it continues its value, where ': ' is not allowed");
            }

            // Continuation lines: more indented than the parent, not a comment, not a document marker.
            int save = _pos;
            SkipInline();
            if (_pos < _text.Length && _text[_pos] == '#')
            {
                _pos = save;
                break;
            }

            if (_pos >= _text.Length)
            {
                _pos = save;
                break;
            }

            int breakAt = _pos;
            int empties = 0;
            int p = AfterBreak(_pos);
            int contentAt;
            int indent;
            while (true)
            {
                int spaces = 0;
                while (p + spaces < _text.Length && _text[p + spaces] == ' ')
                {
                    spaces++;
                }

                int q = p + spaces;
                while (q < _text.Length && IsBlank(_text[q]))
                {
                    q++;
                }

                if (q < _text.Length && IsBreak(q))
                {
                    empties++;
                    p = AfterBreak(q);
                    continue;
                }

                indent = spaces;
                contentAt = q;
                break;
            }

            if (contentAt >= _text.Length || indent <= parentIndent || _text[contentAt] == '#' || (indent == 0 && IsDocumentMarker(p)))
            {
                _pos = save;
                break;
            }

            if (empties == 0)
            {
                builder.AppendSynthetic(" ", breakAt);
            }
            else
            {
                builder.AppendSynthetic(new string('\n', empties), breakAt);
            }

            _pos = contentAt;
            continuation = contentAt;
            ReadPlainLine(builder, flow: false);
        }

        return Plain(builder, start);
    }

    /// <summary>Reads a plain scalar's text on this line (trailing blanks dropped), stopping before ': ', ' #', the line end and, in flow, ",[]{}".</summary>
    private void ReadPlainLine(MappedTextBuilder builder, bool flow)
    {
        int start = _pos;
        int end = _pos;
        int i = _pos;
        while (i < _text.Length && !IsBreak(i))
        {
            char c = _text[i];
            if (c == ':' && (IsWhiteOrEnd(i + 1) || (flow && IsFlowIndicator(i + 1))))
            {
                break;
            }

            if (c == '#' && i > 0 && IsBlank(_text[i - 1]))
            {
                break;
            }

            if (flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}'))
            {
                break;
            }

            i++;
            if (!IsBlank(c))
            {
                end = i;
            }
        }

        builder.AppendVerbatim(_text, start, end - start, start);
        _pos = end;
    }

    private SourceScalar ParseDoubleQuoted()
    {
        int open = _pos;
        _pos++;
        var builder = new MappedTextBuilder();
        int blanks = -1;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new SourceFormatException(open, "a double-quoted string that never ends (no closing '\"')");
            }

            char c = _text[_pos];
            if (c == '"')
            {
                FlushBlanks(builder, ref blanks);
                _pos++;
                return Quoted(builder, open);
            }

            if (c == '\\')
            {
                FlushBlanks(builder, ref blanks);
                if (_pos + 1 >= _text.Length)
                {
                    throw new SourceFormatException(open, "a double-quoted string that never ends (no closing '\"')");
                }

                int escape = _pos;
                char e = _text[_pos + 1];
                if (IsBreak(_pos + 1))
                {
                    // An escaped line break: no space; the next line's leading blanks go, empty lines stay.
                    _pos = AfterBreak(_pos + 1);
                    FoldLines(builder, escape, escapedBreak: true);
                    continue;
                }

                string? decoded = e switch
                {
                    '0' => "\0",
                    'a' => "\a",
                    'b' => "\b",
                    't' or '\t' => "\t",
                    'n' => "\n",
                    'v' => "\v",
                    'f' => "\f",
                    'r' => "\r",
                    'e' => "\u001B",
                    ' ' => " ",
                    '"' => "\"",
                    '/' => "/",
                    '\\' => "\\",
                    'N' => "\u0085",
                    '_' => "\u00A0",
                    'L' => "\u2028",
                    'P' => "\u2029",
                    _ => null,
                };
                int length = 2;
                if (decoded is null)
                {
                    int digits = e switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => -1 };
                    if (digits < 0)
                    {
                        throw new SourceFormatException(escape, "invalid escape '\\" + e + "' in a double-quoted string");
                    }

                    if (_pos + 2 + digits > _text.Length
                        || !int.TryParse(_text.AsSpan(_pos + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code)
                        || code < 0 || code > 0x10FFFF)
                    {
                        throw new SourceFormatException(escape, "\\" + e + " must be followed by " + digits.ToString(CultureInfo.InvariantCulture) + " hexadecimal digits");
                    }

                    decoded = code <= 0xFFFF ? ((char)code).ToString() : char.ConvertFromUtf32(code >= 0xD800 && code <= 0xDFFF ? 0xFFFD : code);
                    length = 2 + digits;
                }

                builder.AppendSynthetic(decoded, escape);
                _pos += length;
                continue;
            }

            if (IsBreak(_pos))
            {
                blanks = -1;
                int breakAt = _pos;
                _pos = AfterBreak(_pos);
                FoldLines(builder, breakAt, escapedBreak: false);
                continue;
            }

            if (IsBlank(c))
            {
                if (blanks < 0)
                {
                    blanks = _pos;
                }

                _pos++;
                continue;
            }

            FlushBlanks(builder, ref blanks);
            builder.AppendVerbatim(_text, _pos, 1, _pos);
            _pos++;
        }
    }

    private SourceScalar ParseSingleQuoted()
    {
        int open = _pos;
        _pos++;
        var builder = new MappedTextBuilder();
        int blanks = -1;
        while (true)
        {
            if (_pos >= _text.Length)
            {
                throw new SourceFormatException(open, "a single-quoted string that never ends (no closing \"'\")");
            }

            char c = _text[_pos];
            if (c == '\'')
            {
                FlushBlanks(builder, ref blanks);
                if (_pos + 1 < _text.Length && _text[_pos + 1] == '\'')
                {
                    builder.AppendVerbatim(_text, _pos, 1, _pos);
                    _pos += 2;
                    continue;
                }

                _pos++;
                return Quoted(builder, open);
            }

            if (IsBreak(_pos))
            {
                blanks = -1;
                int breakAt = _pos;
                _pos = AfterBreak(_pos);
                FoldLines(builder, breakAt, escapedBreak: false);
                continue;
            }

            if (IsBlank(c))
            {
                if (blanks < 0)
                {
                    blanks = _pos;
                }

                _pos++;
                continue;
            }

            FlushBlanks(builder, ref blanks);
            builder.AppendVerbatim(_text, _pos, 1, _pos);
            _pos++;
        }
    }

    /// <summary>After a line break inside a quoted scalar: skips the next lines' leading blanks; one break folds to a space, each empty line gives a line feed.</summary>
    private void FoldLines(MappedTextBuilder builder, int breakAt, bool escapedBreak)
    {
        int empties = 0;
        while (true)
        {
            SkipInline();
            if (_pos < _text.Length && IsBreak(_pos))
            {
                empties++;
                _pos = AfterBreak(_pos);
                continue;
            }

            break;
        }

        if (empties > 0)
        {
            builder.AppendSynthetic(new string('\n', empties), breakAt);
        }
        else if (!escapedBreak)
        {
            builder.AppendSynthetic(" ", breakAt);
        }
    }

    private void FlushBlanks(MappedTextBuilder builder, ref int blanks)
    {
        if (blanks >= 0)
        {
            builder.AppendVerbatim(_text, blanks, _pos - blanks, blanks);
            blanks = -1;
        }
    }

    private SourceScalar ParseBlockScalar(int parentIndent)
    {
        int start = _pos;
        bool literal = _text[_pos] == '|';
        _pos++;
        int explicitIndent = 0;
        char chomp = 'c';
        for (int k = 0; k < 2 && _pos < _text.Length; k++)
        {
            char h = _text[_pos];
            if (h >= '1' && h <= '9' && explicitIndent == 0)
            {
                explicitIndent = h - '0';
            }
            else if ((h == '+' || h == '-') && chomp == 'c')
            {
                chomp = h;
            }
            else
            {
                break;
            }

            _pos++;
        }

        SkipInline();
        if (!AtLineEndOrComment())
        {
            throw new SourceFormatException(_pos, "unexpected " + Describe(_pos) + " after the block scalar indicator (the text starts on the next line)");
        }

        SkipToLineEnd();
        int contentIndent = explicitIndent > 0 ? Math.Max(parentIndent, 0) + explicitIndent : -1;
        int minIndent = parentIndent + 1;

        // Each line: content [start, end) or empty, and where its line break is.
        var lines = new List<(int Start, int End, bool Empty, int BreakAt, bool HasBreak)>();
        int p = _pos;
        while (p < _text.Length)
        {
            int spaces = 0;
            while (p + spaces < _text.Length && _text[p + spaces] == ' ')
            {
                spaces++;
            }

            int lineEnd = p + spaces;
            while (lineEnd < _text.Length && !IsBreak(lineEnd))
            {
                lineEnd++;
            }

            bool blankLine = true;
            for (int i = p + spaces; i < lineEnd; i++)
            {
                if (!IsBlank(_text[i]))
                {
                    blankLine = false;
                    break;
                }
            }

            if (spaces == 0 && IsDocumentMarker(p))
            {
                break;
            }

            if (contentIndent < 0 && !blankLine)
            {
                if (spaces < minIndent)
                {
                    break;
                }

                contentIndent = spaces;
            }

            bool hasBreak = lineEnd < _text.Length;
            if (contentIndent >= 0 && spaces >= contentIndent && (!blankLine || spaces > contentIndent))
            {
                lines.Add((p + contentIndent, lineEnd, false, lineEnd, hasBreak));
            }
            else if (blankLine)
            {
                lines.Add((p, p, true, lineEnd, hasBreak));
            }
            else
            {
                break;
            }

            p = hasBreak ? AfterBreak(lineEnd) : lineEnd;
        }

        _pos = p;
        int last = lines.FindLastIndex(l => !l.Empty);
        var builder = new MappedTextBuilder();
        bool previousMoreIndented = false;
        int pendingEmpties = 0;
        int pendingBreakAt = -1;
        bool seenContent = false;
        for (int i = 0; i <= last; i++)
        {
            var line = lines[i];
            if (line.Empty)
            {
                pendingEmpties++;
                if (!seenContent)
                {
                    builder.AppendSynthetic("\n", line.BreakAt);
                    pendingEmpties = 0;
                }

                continue;
            }

            bool moreIndented = line.End > line.Start && IsBlank(_text[line.Start]);
            if (seenContent)
            {
                if (literal || previousMoreIndented || moreIndented)
                {
                    builder.AppendSynthetic(new string('\n', 1 + pendingEmpties), pendingBreakAt);
                }
                else
                {
                    builder.AppendSynthetic(pendingEmpties == 0 ? " " : new string('\n', pendingEmpties), pendingBreakAt);
                }
            }

            builder.AppendVerbatim(_text, line.Start, line.End - line.Start, line.Start);
            seenContent = true;
            previousMoreIndented = moreIndented;
            pendingEmpties = 0;
            pendingBreakAt = line.BreakAt;
        }

        if (last >= 0 && chomp != '-' && lines[last].HasBreak)
        {
            int trailing = chomp == '+' ? lines.Count - 1 - last : 0;
            builder.AppendSynthetic(new string('\n', 1 + trailing), lines[last].BreakAt);
        }
        else if (last < 0 && chomp == '+' && lines.Count > 0)
        {
            builder.AppendSynthetic(new string('\n', lines.Count), lines[0].BreakAt);
        }

        MappedString text = builder.ToMappedString();
        return SourceScalar.String(text.Anchors.Count == 0 ? MappedString.Synthetic(string.Empty, start) : text, start);
    }

    private SourceNode ParseAlias()
    {
        int start = _pos;
        _pos++;
        int nameStart = _pos;
        while (_pos < _text.Length && !IsWhite(_pos) && !IsFlowIndicator(_pos))
        {
            _pos++;
        }

        string name = _text.Substring(nameStart, _pos - nameStart);
        if (name.Length == 0)
        {
            throw new SourceFormatException(start, "an alias ('*') without a name");
        }

        return _anchors.TryGetValue(name, out SourceNode? node)
            ? node
            : throw new SourceFormatException(start, "the alias '*" + Shorten(name) + "' names no anchor ('&" + Shorten(name) + "') above it");
    }

    // ---------------------------------------------------------------- flow collections

    private SourceSequence ParseFlowSequence()
    {
        Enter();
        int start = _pos;
        _pos++;
        var items = new List<SourceNode>();
        while (true)
        {
            SkipFlowWhitespace(start);
            if (_text[_pos] == ']')
            {
                _pos++;
                break;
            }

            SourceNode item = ParseFlowNode(start, key: false);
            SkipFlowWhitespace(start);
            if (_text[_pos] == ':')
            {
                // A single-pair mapping: [a: b].
                if (item is not SourceScalar pairKey)
                {
                    throw new SourceFormatException(item.Offset, "only scalar keys are supported");
                }

                _pos++;
                SkipFlowWhitespace(start);
                SourceNode value = _text[_pos] is ',' or ']' ? Null(_pos) : ParseFlowNode(start, key: false);
                item = new SourceMapping([new SourceMember(AsKey(pairKey), value)], item.Offset);
                SkipFlowWhitespace(start);
            }

            items.Add(item);
            if (_text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (_text[_pos] == ']')
            {
                _pos++;
                break;
            }

            throw new SourceFormatException(_pos, "expected ',' or ']' in the flow sequence, found " + Describe(_pos));
        }

        _depth--;
        return new SourceSequence(items, start);
    }

    private SourceMapping ParseFlowMapping()
    {
        Enter();
        int start = _pos;
        _pos++;
        var members = new List<SourceMember>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            SkipFlowWhitespace(start);
            if (_text[_pos] == '}')
            {
                _pos++;
                break;
            }

            if (_text[_pos] == '?' && IsWhiteOrEnd(_pos + 1))
            {
                throw new SourceFormatException(_pos, "explicit keys ('? ') are not supported");
            }

            int keyStart = _pos;
            SourceNode keyNode = ParseFlowNode(start, key: true);
            if (keyNode is not SourceScalar keyScalar)
            {
                throw new SourceFormatException(keyStart, "only scalar keys are supported");
            }

            SourceScalar key = AsKey(keyScalar);
            if (keys.TryGetValue(key.Value, out int first))
            {
                throw new SourceFormatException(keyStart, "duplicate key '" + Shorten(key.Value) + "' (first at line " + LineOf(first).ToString(CultureInfo.InvariantCulture) + ")");
            }

            keys.Add(key.Value, keyStart);
            SkipFlowWhitespace(start);
            SourceNode value;
            if (_text[_pos] == ':')
            {
                _pos++;
                SkipFlowWhitespace(start);
                value = _text[_pos] is ',' or '}' ? Null(_pos) : ParseFlowNode(start, key: false);
                SkipFlowWhitespace(start);
            }
            else
            {
                value = Null(_pos);
            }

            members.Add(new SourceMember(key, value));
            if (_text[_pos] == ',')
            {
                _pos++;
                continue;
            }

            if (_text[_pos] == '}')
            {
                _pos++;
                break;
            }

            throw new SourceFormatException(_pos, "expected ',' or '}' in the flow mapping, found " + Describe(_pos));
        }

        _depth--;
        return new SourceMapping(members, start);
    }

    private SourceNode ParseFlowNode(int open, bool key)
    {
        Properties properties = ParseProperties(flow: true);
        if (properties.Offset >= 0)
        {
            SkipFlowWhitespace(open);
        }

        char c = _text[_pos];
        SourceNode node;
        switch (c)
        {
            case ',' or ']' or '}':
                node = Empty(properties.Offset >= 0 ? properties.Offset : _pos);
                break;
            case '[':
                node = ParseFlowSequence();
                break;
            case '{':
                node = ParseFlowMapping();
                break;
            case '"':
                node = ParseDoubleQuoted();
                break;
            case '\'':
                node = ParseSingleQuoted();
                break;
            case '*':
                node = ParseAlias();
                break;
            case '|' or '>':
                throw new SourceFormatException(_pos, "a block scalar ('" + c + "') inside a flow collection");
            case ':' when IsWhiteOrEnd(_pos + 1) || IsFlowIndicator(_pos + 1):
                node = Empty(_pos);
                break;
            default:
                node = ParsePlainFlow();
                break;
        }

        return key && properties.Offset < 0 ? node : Finish(node, properties);
    }

    private SourceScalar ParsePlainFlow()
    {
        int start = _pos;
        var builder = new MappedTextBuilder();
        ReadPlainLine(builder, flow: true);
        while (true)
        {
            int save = _pos;
            SkipInline();
            if (_pos >= _text.Length || !IsBreak(_pos))
            {
                _pos = save;
                break;
            }

            int breakAt = _pos;
            int empties = 0;
            int p = AfterBreak(_pos);
            while (true)
            {
                while (p < _text.Length && IsBlank(_text[p]))
                {
                    p++;
                }

                if (p < _text.Length && IsBreak(p))
                {
                    empties++;
                    p = AfterBreak(p);
                    continue;
                }

                break;
            }

            if (p >= _text.Length || _text[p] is ',' or '[' or ']' or '{' or '}' or '#' || (_text[p] == ':' && (IsWhiteOrEnd(p + 1) || IsFlowIndicator(p + 1))))
            {
                _pos = save;
                break;
            }

            builder.AppendSynthetic(empties == 0 ? " " : new string('\n', empties), breakAt);
            _pos = p;
            ReadPlainLine(builder, flow: true);
        }

        return Plain(builder, start);
    }

    /// <summary>Skips spaces, tabs, line breaks and comments inside a flow collection; the end of the text is an error there.</summary>
    private void SkipFlowWhitespace(int open)
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (IsBlank(c) || IsBreak(_pos))
            {
                _pos++;
            }
            else if (c == '#' && (_pos == 0 || IsWhite(_pos - 1)))
            {
                SkipToLineEnd();
            }
            else
            {
                return;
            }
        }

        throw new SourceFormatException(open, "a flow collection ('" + _text[open] + "') that never ends");
    }

    // ---------------------------------------------------------------- properties

    private readonly record struct Properties(string? Tag, int TagOffset, string? Anchor, int Offset);

    private Properties ParseProperties(bool flow)
    {
        string? tag = null;
        string? anchor = null;
        int tagOffset = -1;
        int offset = -1;
        while (_pos < _text.Length && (_text[_pos] == '!' || _text[_pos] == '&'))
        {
            int start = _pos;
            bool isTag = _text[_pos] == '!';
            if ((isTag && tag != null) || (!isTag && anchor != null))
            {
                throw new SourceFormatException(start, isTag
                    ? "two tags on one node (CloudFormation: a short form such as !GetAZs cannot take another short form on the same line; write Fn::GetAZs: !Ref ... or put the inner function on its own line)"
                    : "two anchors on one node");
            }

            _pos++;
            if (isTag && _pos < _text.Length && _text[_pos] == '<')
            {
                while (_pos < _text.Length && _text[_pos] != '>' && !IsBreak(_pos))
                {
                    _pos++;
                }

                if (_pos >= _text.Length || _text[_pos] != '>')
                {
                    throw new SourceFormatException(start, "a verbatim tag ('!<') without its closing '>'");
                }

                _pos++;
            }
            else
            {
                while (_pos < _text.Length && !IsWhite(_pos) && !IsFlowIndicator(_pos))
                {
                    _pos++;
                }
            }

            string name = _text.Substring(start, _pos - start);
            if (isTag)
            {
                tag = name;
                tagOffset = start;
            }
            else
            {
                if (name.Length == 1)
                {
                    throw new SourceFormatException(start, "an anchor ('&') without a name");
                }

                anchor = name.Substring(1);
            }

            if (offset < 0)
            {
                offset = start;
            }

            if (flow)
            {
                while (_pos < _text.Length && (IsBlank(_text[_pos]) || IsBreak(_pos)))
                {
                    _pos++;
                }
            }
            else
            {
                SkipInline();
            }
        }

        return new Properties(tag, tagOffset, anchor, offset);
    }

    /// <summary>Applies a node's tag (or resolves a plain scalar by the core schema) and records its anchor.</summary>
    private SourceNode Finish(SourceNode node, Properties properties)
    {
        if (properties.Tag != null)
        {
            node = ApplyTag(node, properties.Tag, properties.TagOffset);
        }
        else if (node is SourceScalar scalar && _plain.Contains(scalar))
        {
            node = YamlCoreSchema.Resolve(scalar);
        }

        if (properties.Anchor != null)
        {
            _anchors[properties.Anchor] = node;
        }

        return node;
    }

    private SourceNode ApplyTag(SourceNode node, string tag, int offset)
    {
        string core = tag.StartsWith("!!", StringComparison.Ordinal) ? tag.Substring(2)
            : tag.StartsWith("!<tag:yaml.org,2002:", StringComparison.Ordinal) && tag.EndsWith('>') ? tag.Substring(20, tag.Length - 21)
            : string.Empty;
        if (core.Length > 0 || tag.StartsWith("!!", StringComparison.Ordinal))
        {
            switch (core)
            {
                case "str" when node is SourceScalar s:
                    return SourceScalar.String(s.Kind == ScalarKind.Null && !_plain.Contains(s) ? MappedString.Synthetic(string.Empty, s.Offset) : s.Text, s.Offset);
                case "int" or "float" when node is SourceScalar s && YamlCoreSchema.NumberAsJson(s.Value) is string json:
                    return new SourceScalar(ScalarKind.Number, MappedString.Synthetic(json, s.Offset), s.Offset);
                case "bool" or "null" when node is SourceScalar s:
                    SourceScalar resolved = YamlCoreSchema.Resolve(s);
                    if (resolved.Kind == (core == "bool" ? ScalarKind.Boolean : ScalarKind.Null))
                    {
                        return resolved;
                    }

                    throw new SourceFormatException(offset, "'" + Shorten(s.Value) + "' is not a " + core);
                case "map" when node is SourceMapping:
                case "seq" when node is SourceSequence:
                    return node;
                default:
                    throw new SourceFormatException(offset, "the tag '" + Shorten(tag) + "' does not apply to this value (supported: !!str, !!int, !!float, !!bool, !!null, !!map, !!seq)");
            }
        }

        string name = tag.Substring(1);
        if (name.Length == 0 || name.StartsWith('<'))
        {
            // The non-specific tag '!' makes a plain scalar a string.
            if (name.Length == 0 && node is SourceScalar s)
            {
                return SourceScalar.String(s.Text, s.Offset);
            }

            throw new SourceFormatException(offset, "unsupported tag '" + Shorten(tag) + "'");
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != ':' && c != '_' && c != '.')
            {
                throw new SourceFormatException(offset, "unsupported tag '" + Shorten(tag) + "'");
            }
        }

        // CloudFormation's short forms: !Ref x is {"Ref": x}, !Condition x {"Condition": x}, !Name x {"Fn::Name": x}.
        string function = name is "Ref" or "Condition" ? name : "Fn::" + name;
        if (node is SourceScalar plain && _plain.Contains(plain))
        {
            node = plain.Value.Length == 0 ? SourceScalar.String(MappedString.Synthetic(string.Empty, plain.Offset), plain.Offset) : plain;
        }
        else if (node is SourceScalar { Kind: ScalarKind.Null } empty)
        {
            node = SourceScalar.String(MappedString.Synthetic(string.Empty, empty.Offset), empty.Offset);
        }

        var key = SourceScalar.String(MappedString.Synthetic(function, offset), offset);
        return new SourceMapping([new SourceMember(key, node)], offset);
    }

    // ---------------------------------------------------------------- lines and characters

    /// <summary>
    /// From a position inside a line (after a value) or at a line's content, finds the next line with content and
    /// leaves <see cref="_pos"/> on it: returns its indentation, or -1 at the end of the text.
    /// </summary>
    private int NextContentLine()
    {
        int lineStart = LineStart(_pos);
        bool onlyBlanksBefore = true;
        for (int i = lineStart; i < _pos; i++)
        {
            if (_text[i] != ' ')
            {
                onlyBlanksBefore = false;
                break;
            }
        }

        if (onlyBlanksBefore)
        {
            _pos = lineStart;
            return SkipBlankLines();
        }

        EndOfLine();
        return SkipBlankLines();
    }

    /// <summary>The rest of this line must be blanks or a comment; moves past its line break.</summary>
    private void EndOfLine()
    {
        SkipInline();
        if (_pos < _text.Length && !IsBreak(_pos) && _text[_pos] != '#')
        {
            throw new SourceFormatException(_pos, "unexpected " + Describe(_pos) + " after the value");
        }

        SkipToLineEnd();
    }

    /// <summary>Skips to the start of the next line (past a comment).</summary>
    private void SkipToLineEnd()
    {
        while (_pos < _text.Length && !IsBreak(_pos))
        {
            _pos++;
        }

        if (_pos < _text.Length)
        {
            _pos = AfterBreak(_pos);
        }
    }

    /// <summary>From a line start, skips blank and comment lines; leaves <see cref="_pos"/> on the content and returns its indentation, or -1 at the end.</summary>
    private int SkipBlankLines()
    {
        while (_pos < _text.Length)
        {
            int spaces = 0;
            while (_pos + spaces < _text.Length && _text[_pos + spaces] == ' ')
            {
                spaces++;
            }

            int q = _pos + spaces;
            bool tab = false;
            while (q < _text.Length && IsBlank(_text[q]))
            {
                tab = true;
                q++;
            }

            if (q >= _text.Length)
            {
                _pos = q;
                return -1;
            }

            if (IsBreak(q) || _text[q] == '#')
            {
                _pos = q;
                SkipToLineEnd();
                continue;
            }

            if (tab)
            {
                throw new SourceFormatException(_pos + spaces, "a tab in the indentation (YAML indents with spaces only)");
            }

            _pos = q;
            return spaces;
        }

        return -1;
    }

    private bool AtLineEndOrComment() => _pos >= _text.Length || IsBreak(_pos) || _text[_pos] == '#';

    private bool LooksLikeMappingKey(int at)
    {
        char c = _text[at];
        if (c == '"' || c == '\'')
        {
            int i = at + 1;
            while (i < _text.Length && !IsBreak(i))
            {
                if (_text[i] == '\\' && c == '"')
                {
                    i += 2;
                    continue;
                }

                if (_text[i] == c)
                {
                    if (c == '\'' && i + 1 < _text.Length && _text[i + 1] == '\'')
                    {
                        i += 2;
                        continue;
                    }

                    i++;
                    while (i < _text.Length && IsBlank(_text[i]))
                    {
                        i++;
                    }

                    return i < _text.Length && _text[i] == ':' && IsWhiteOrEnd(i + 1);
                }

                i++;
            }

            return false;
        }

        if (c is '[' or '{' or '!' or '&' or '*' or '|' or '>' or '#' or '%' or '@' or '`' or ',' or ']' or '}')
        {
            return false;
        }

        if ((c == '-' || c == '?') && IsWhiteOrEnd(at + 1))
        {
            return false;
        }

        for (int i = at; i < _text.Length && !IsBreak(i); i++)
        {
            if (_text[i] == ':' && IsWhiteOrEnd(i + 1))
            {
                return true;
            }

            if (_text[i] == '#' && i > at && IsBlank(_text[i - 1]))
            {
                return false;
            }
        }

        return false;
    }

    private bool IsSequenceIndicator(int at) => at < _text.Length && _text[at] == '-' && IsWhiteOrEnd(at + 1);

    private bool IsDocumentMarker(int at) => IsDocumentMarker(at, '-') || IsDocumentMarker(at, '.');

    private bool IsDocumentMarker(int at, char c) =>
        at + 3 <= _text.Length && (at == 0 || IsBreak(at - 1)) && _text[at] == c && _text[at + 1] == c && _text[at + 2] == c && IsWhiteOrEnd(at + 3);

    private void SkipInline()
    {
        while (_pos < _text.Length && IsBlank(_text[_pos]))
        {
            _pos++;
        }
    }

    private int LineStart(int at)
    {
        int i = Math.Min(at, _text.Length);
        while (i > 0 && !IsBreak(i - 1))
        {
            i--;
        }

        return i;
    }

    private int Column(int at) => at - LineStart(at);

    private int LineOf(int offset)
    {
        int line = 1;
        for (int i = 0; i < offset && i < _text.Length; i++)
        {
            if (_text[i] == '\n' || (_text[i] == '\r' && (i + 1 >= _text.Length || _text[i + 1] != '\n')))
            {
                line++;
            }
        }

        return line;
    }

    private int AfterBreak(int at) =>
        _text[at] == '\r' && at + 1 < _text.Length && _text[at + 1] == '\n' ? at + 2 : at + 1;

    private bool IsBreak(int at) => at < _text.Length && (_text[at] == '\n' || _text[at] == '\r');

    private bool IsWhite(int at) => at < _text.Length && (_text[at] is ' ' or '\t' or '\n' or '\r');

    private bool IsWhiteOrEnd(int at) => at >= _text.Length || IsWhite(at);

    private bool IsFlowIndicator(int at) => at < _text.Length && _text[at] is ',' or '[' or ']' or '{' or '}';

    private static bool IsBlank(char c) => c == ' ' || c == '\t';

    private void Enter()
    {
        if (++_depth > MaxDepth)
        {
            throw new SourceFormatException(_pos, "nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }
    }

    private SourceScalar Plain(MappedTextBuilder builder, int start)
    {
        MappedString text = builder.ToMappedString();
        var scalar = SourceScalar.String(text.Anchors.Count == 0 ? MappedString.Synthetic(string.Empty, start) : text, start);
        _plain.Add(scalar);
        return scalar;
    }

    private static SourceScalar Quoted(MappedTextBuilder builder, int open)
    {
        MappedString text = builder.ToMappedString();
        return SourceScalar.String(text.Anchors.Count == 0 ? MappedString.Synthetic(string.Empty, open + 1) : text, open);
    }

    /// <summary>A key is its text, whatever its type (JSON keys are strings).</summary>
    private static SourceScalar AsKey(SourceScalar scalar) => scalar.Kind == ScalarKind.String ? scalar : SourceScalar.String(scalar.Text, scalar.Offset);

    private SourceScalar Empty(int at)
    {
        var scalar = SourceScalar.String(MappedString.Synthetic(string.Empty, at), at);
        _plain.Add(scalar);
        return scalar;
    }

    private static SourceScalar Null(int at) => new(ScalarKind.Null, MappedString.Synthetic("null", at), at);

    private string Describe(int at)
    {
        if (at >= _text.Length)
        {
            return "the end of the text";
        }

        char c = _text[at];
        return c >= 0x20 && c < 0x7F ? "'" + c + "'" : "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }

    private static string Shorten(string s) => s.Length > 40 ? s.Substring(0, 37) + "..." : s;
}
