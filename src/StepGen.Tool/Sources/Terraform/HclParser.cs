using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Tool.Sources.Nodes;

namespace StepGen.Tool.Sources.Terraform;

// Why one file of about 1,000 lines: one cursor over the text shared by bodies, expressions and templates, which nest
// into each other (a template's ${...} holds an expression, which may hold a template).

/// <summary>
/// A focused HCL (Terraform) reader: bodies of attributes and blocks, and expressions: literals, quoted templates with
/// escapes and <c>${...}</c>/<c>%{...}</c>, heredocs (<c>&lt;&lt;EOF</c>, <c>&lt;&lt;-EOF</c>), references, function calls,
/// tuples, objects (<c>=</c> or <c>:</c>, commas or newlines). Operators, conditionals, <c>for</c> expressions and
/// splats are read as <see cref="HclOpaque"/>. Comments: <c>#</c>, <c>//</c>, <c>/* */</c>. Throws
/// <see cref="SourceFormatException"/> where the text stops being HCL, and nothing else.
/// </summary>
internal sealed class HclParser
{
    private const int MaxDepth = 200;
    private readonly string _text;
    private int _pos;
    private int _depth;

    private HclParser(string text) => _text = text ?? string.Empty;

    /// <summary>Reads a whole <c>.tf</c> file as a body (a block with no type).</summary>
    public static HclBlock ParseFile(string text)
    {
        var parser = new HclParser(text);
        if (parser._text.Length > 0 && parser._text[0] == '\uFEFF')
        {
            parser._pos = 1;
        }

        (List<HclAttribute> attributes, List<HclBlock> blocks) = parser.ParseBody(open: -1);
        return new HclBlock(string.Empty, [], attributes, blocks, 0);
    }

    /// <summary>Reads a template file (<c>templatefile</c>): its whole text is template content, without escapes.</summary>
    public static IReadOnlyList<HclTemplatePart> ParseTemplateFile(string text)
    {
        var parser = new HclParser(text);
        return parser.ParseTemplateContent(0, parser._text.Length, strip: 0);
    }

    // ---------------------------------------------------------------- bodies

    private (List<HclAttribute> Attributes, List<HclBlock> Blocks) ParseBody(int open)
    {
        var attributes = new List<HclAttribute>();
        var blocks = new List<HclBlock>();
        while (true)
        {
            SkipSpace(newlines: true);
            if (_pos >= _text.Length)
            {
                if (open >= 0)
                {
                    throw new SourceFormatException(open, "a block '{' that is never closed");
                }

                return (attributes, blocks);
            }

            if (_text[_pos] == '}')
            {
                if (open < 0)
                {
                    throw new SourceFormatException(_pos, "unexpected '}'");
                }

                _pos++;
                return (attributes, blocks);
            }

            int start = _pos;
            string name = ReadIdentifier();
            if (name.Length == 0)
            {
                throw new SourceFormatException(_pos, "expected an attribute or a block, found " + Describe(_pos));
            }

            SkipSpace(newlines: false);
            if (At('=') && !At("=="))
            {
                _pos++;
                SkipSpace(newlines: false);
                HclExpression value = ParseExpression(multiline: false);
                attributes.Add(new HclAttribute(name, value, start));
                EndOfItem("after the value of " + name);
                continue;
            }

            var labels = new List<string>();
            while (true)
            {
                if (At('"'))
                {
                    HclTemplate label = ParseQuoted();
                    labels.Add(label.LiteralText()?.Value ?? _text.Substring(label.Start, label.End - label.Start));
                }
                else if (IsIdentifierStart(_pos))
                {
                    labels.Add(ReadIdentifier());
                }
                else
                {
                    break;
                }

                SkipSpace(newlines: false);
            }

            if (!At('{'))
            {
                throw new SourceFormatException(_pos, "expected '=' or a block '{' after " + name + ", found " + Describe(_pos));
            }

            int brace = _pos;
            _pos++;
            Enter(brace);
            (List<HclAttribute> innerAttributes, List<HclBlock> innerBlocks) = ParseBody(brace);
            _depth--;
            blocks.Add(new HclBlock(name, labels, innerAttributes, innerBlocks, start));
            EndOfItem("after the block " + name);
        }
    }

    /// <summary>After an attribute or a block: the line must end (or the enclosing block close on it).</summary>
    private void EndOfItem(string where)
    {
        SkipSpace(newlines: false);
        if (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r' && _text[_pos] != '}')
        {
            throw new SourceFormatException(_pos, "expected a new line " + where + ", found " + Describe(_pos));
        }
    }

    // ---------------------------------------------------------------- expressions

    /// <summary>An expression; with <paramref name="multiline"/> false a line break ends it (outside brackets).</summary>
    private HclExpression ParseExpression(bool multiline)
    {
        Enter(_pos);
        int start = _pos;
        HclExpression e = ParseBinary(multiline);
        int save = _pos;
        SkipSpace(multiline);
        if (At('?'))
        {
            _pos++;
            SkipSpace(multiline);
            ParseExpression(multiline);
            SkipSpace(multiline);
            if (!At(':'))
            {
                throw new SourceFormatException(_pos, "expected ':' in a conditional expression, found " + Describe(_pos));
            }

            _pos++;
            SkipSpace(multiline);
            ParseExpression(multiline);
            e = new HclOpaque(start, _pos);
        }
        else
        {
            _pos = save;
        }

        _depth--;
        return e;
    }

    private HclExpression ParseBinary(bool multiline)
    {
        int start = _pos;
        HclExpression e = ParseUnary(multiline);
        bool opaque = false;
        while (true)
        {
            int save = _pos;
            SkipSpace(multiline);
            int length = OperatorLength();
            if (length == 0)
            {
                _pos = save;
                break;
            }

            _pos += length;
            SkipSpace(multiline);
            ParseUnary(multiline);
            opaque = true;
        }

        return opaque ? new HclOpaque(start, _pos) : e;
    }

    private int OperatorLength()
    {
        if (_pos >= _text.Length)
        {
            return 0;
        }

        if (At("==") || At("!=") || At("<=") || At(">=") || At("&&") || At("||"))
        {
            return 2;
        }

        if (At("=>") || At("<<"))
        {
            return 0;
        }

        return _text[_pos] is '<' or '>' or '+' or '-' or '*' or '/' or '%' ? 1 : 0;
    }

    private HclExpression ParseUnary(bool multiline)
    {
        int start = _pos;
        if (At('-') && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]))
        {
            return ParsePostfix(ParseNumber());
        }

        if (At('-') || At('!'))
        {
            _pos++;
            SkipSpace(multiline);
            ParseUnary(multiline);
            return new HclOpaque(start, _pos);
        }

        return ParsePostfix(ParsePrimary());
    }

    private HclExpression ParsePostfix(HclExpression e)
    {
        var steps = e is HclTraversal t ? new List<string>(t.Steps) : null;
        bool opaque = false;
        while (_pos < _text.Length)
        {
            if (At('.') && !At(".."))
            {
                int dot = _pos;
                _pos++;
                if (At('*'))
                {
                    _pos++;
                    opaque = true;
                    continue;
                }

                string name = ReadIdentifier();
                if (name.Length == 0)
                {
                    int digits = _pos;
                    while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
                    {
                        _pos++;
                    }

                    if (_pos == digits)
                    {
                        throw new SourceFormatException(dot, "expected a name after '.', found " + Describe(_pos));
                    }

                    name = _text.Substring(digits, _pos - digits);
                }

                steps?.Add(name);
                continue;
            }

            if (At('['))
            {
                int open = _pos;
                _pos++;
                SkipSpace(newlines: true);
                if (At('*'))
                {
                    _pos++;
                    opaque = true;
                }
                else
                {
                    HclExpression index = ParseExpression(multiline: true);
                    steps?.Add(_text.Substring(index.Start, index.End - index.Start));
                }

                SkipSpace(newlines: true);
                if (!At(']'))
                {
                    throw new SourceFormatException(open, "an index '[' that is never closed");
                }

                _pos++;
                continue;
            }

            break;
        }

        if (_pos == e.End)
        {
            return e;
        }

        if (opaque || e is not HclTraversal traversal || steps is null)
        {
            return new HclOpaque(e.Start, _pos);
        }

        return new HclTraversal(traversal.Root, steps, WithoutBlanks(e.Start, _pos), e.Start, _pos);
    }

    private HclExpression ParsePrimary()
    {
        if (_pos >= _text.Length)
        {
            throw new SourceFormatException(_pos, "expected an expression, found the end of the text");
        }

        int start = _pos;
        char c = _text[_pos];
        if (char.IsAsciiDigit(c))
        {
            return ParseNumber();
        }

        if (c == '"')
        {
            return ParseQuoted();
        }

        if (At("<<"))
        {
            return ParseHeredoc();
        }

        if (c == '(')
        {
            _pos++;
            SkipSpace(newlines: true);
            HclExpression inner = ParseExpression(multiline: true);
            SkipSpace(newlines: true);
            if (!At(')'))
            {
                throw new SourceFormatException(start, "a '(' that is never closed");
            }

            _pos++;
            return inner;
        }

        if (c == '[')
        {
            return ParseTuple();
        }

        if (c == '{')
        {
            return ParseObject();
        }

        if (IsIdentifierStart(_pos))
        {
            string name = ReadIdentifier();
            while (At("::") && IsIdentifierStart(_pos + 2))
            {
                _pos += 2;
                name += "::" + ReadIdentifier();
            }

            int afterName = _pos;
            SkipSpace(newlines: false);
            if (At('('))
            {
                return ParseCall(name, start);
            }

            _pos = afterName;
            return name switch
            {
                "true" => new HclLiteral(ScalarKind.Boolean, MappedString.Verbatim(_text, start, 4), start, _pos),
                "false" => new HclLiteral(ScalarKind.Boolean, MappedString.Verbatim(_text, start, 5), start, _pos),
                "null" => new HclLiteral(ScalarKind.Null, MappedString.Verbatim(_text, start, 4), start, _pos),
                _ => new HclTraversal(name, [], name, start, _pos),
            };
        }

        throw new SourceFormatException(_pos, "expected an expression, found " + Describe(_pos));
    }

    private HclLiteral ParseNumber()
    {
        int start = _pos;
        if (At('-'))
        {
            _pos++;
        }

        while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
        {
            _pos++;
        }

        if (At('.') && _pos + 1 < _text.Length && char.IsAsciiDigit(_text[_pos + 1]))
        {
            _pos++;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }
        }

        if ((At('e') || At('E')) && _pos + 1 < _text.Length && (char.IsAsciiDigit(_text[_pos + 1]) || (_text[_pos + 1] is '+' or '-' && _pos + 2 < _text.Length && char.IsAsciiDigit(_text[_pos + 2]))))
        {
            _pos += 2;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                _pos++;
            }
        }

        return new HclLiteral(ScalarKind.Number, MappedString.Verbatim(_text, start, _pos - start), start, _pos);
    }

    private HclCall ParseCall(string name, int start)
    {
        int open = _pos;
        _pos++;
        var arguments = new List<HclExpression>();
        while (true)
        {
            SkipSpace(newlines: true);
            if (_pos >= _text.Length)
            {
                throw new SourceFormatException(open, "a call of " + name + " whose '(' is never closed");
            }

            if (At(')'))
            {
                _pos++;
                break;
            }

            arguments.Add(ParseExpression(multiline: true));
            SkipSpace(newlines: true);
            if (At("..."))
            {
                _pos += 3;
                SkipSpace(newlines: true);
            }

            if (At(','))
            {
                _pos++;
                continue;
            }

            if (At(')'))
            {
                _pos++;
                break;
            }

            throw new SourceFormatException(_pos, "expected ',' or ')' in the arguments of " + name + ", found " + Describe(_pos));
        }

        return new HclCall(name, arguments, start, _pos);
    }

    private HclExpression ParseTuple()
    {
        int start = _pos;
        _pos++;
        SkipSpace(newlines: true);
        if (AtKeyword("for"))
        {
            _pos = start;
            SkipBalanced();
            return new HclOpaque(start, _pos);
        }

        var items = new List<HclExpression>();
        while (true)
        {
            SkipSpace(newlines: true);
            if (_pos >= _text.Length)
            {
                throw new SourceFormatException(start, "a tuple '[' that is never closed");
            }

            if (At(']'))
            {
                _pos++;
                break;
            }

            items.Add(ParseExpression(multiline: true));
            SkipSpace(newlines: true);
            if (At(','))
            {
                _pos++;
                continue;
            }

            if (At(']'))
            {
                _pos++;
                break;
            }

            throw new SourceFormatException(_pos, "expected ',' or ']' in the tuple, found " + Describe(_pos));
        }

        return new HclTuple(items, start, _pos);
    }

    private HclExpression ParseObject()
    {
        int start = _pos;
        _pos++;
        SkipSpace(newlines: true);
        if (AtKeyword("for"))
        {
            _pos = start;
            SkipBalanced();
            return new HclOpaque(start, _pos);
        }

        var items = new List<HclObject.Item>();
        while (true)
        {
            SkipSpace(newlines: true);
            if (_pos >= _text.Length)
            {
                throw new SourceFormatException(start, "an object '{' that is never closed");
            }

            if (At('}'))
            {
                _pos++;
                break;
            }

            HclExpression key;
            int keyStart = _pos;
            if (IsIdentifierStart(_pos))
            {
                string name = ReadIdentifier();
                int after = _pos;
                SkipSpace(newlines: false);
                if ((At('=') && !At("==")) || At(':'))
                {
                    key = new HclTemplate([new HclTemplatePart.Literal(MappedString.Verbatim(_text, keyStart, name.Length), keyStart)], keyStart, after);
                }
                else
                {
                    _pos = keyStart;
                    key = ParseExpression(multiline: false);
                }
            }
            else
            {
                key = ParseExpression(multiline: false);
            }

            SkipSpace(newlines: false);
            if (!((At('=') && !At("==")) || At(':')))
            {
                throw new SourceFormatException(_pos, "expected '=' or ':' after an object key, found " + Describe(_pos));
            }

            _pos++;
            SkipSpace(newlines: false);
            HclExpression value = ParseExpression(multiline: false);
            items.Add(new HclObject.Item(key, value));
            SkipSpace(newlines: false);
            if (At(','))
            {
                _pos++;
                continue;
            }

            if (At('}') || At('\n') || At('\r'))
            {
                continue;
            }

            throw new SourceFormatException(_pos, "expected ',', a new line or '}' after an object value, found " + Describe(_pos));
        }

        return new HclObject(items, start, _pos);
    }

    /// <summary>Skips a bracketed expression (a <c>for</c> expression) whole, strings and heredocs included.</summary>
    private void SkipBalanced()
    {
        int start = _pos;
        int depth = 0;
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == '"')
            {
                ParseQuoted();
                continue;
            }

            if (At("<<") && (_pos + 2 < _text.Length) && (IsIdentifierStart(_pos + 2) || (_text[_pos + 2] == '-' && IsIdentifierStart(_pos + 3))))
            {
                ParseHeredoc();
                continue;
            }

            if (c == '#' || At("//") || At("/*"))
            {
                SkipSpace(newlines: true);
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
                if (depth == 0)
                {
                    _pos++;
                    return;
                }
            }

            _pos++;
        }

        throw new SourceFormatException(start, "a '" + _text[start] + "' that is never closed");
    }

    // ---------------------------------------------------------------- templates

    private HclTemplate ParseQuoted()
    {
        int open = _pos;
        _pos++;
        var parts = new List<HclTemplatePart>();
        var literal = new MappedTextBuilder();
        bool stripNext = false;
        while (true)
        {
            if (_pos >= _text.Length || _text[_pos] == '\n' || _text[_pos] == '\r')
            {
                throw new SourceFormatException(open, "a quoted string that never ends (a string cannot span lines: use a heredoc)");
            }

            char c = _text[_pos];
            if (c == '"')
            {
                FlushLiteral(parts, ref literal, ref stripNext);
                _pos++;
                return new HclTemplate(parts, open, _pos);
            }

            if (c == '\\')
            {
                int escape = _pos;
                char e = _pos + 1 < _text.Length ? _text[_pos + 1] : '\0';
                string? decoded = e switch { 'n' => "\n", 'r' => "\r", 't' => "\t", '"' => "\"", '\\' => "\\", _ => null };
                int length = 2;
                if (decoded is null)
                {
                    int digits = e == 'u' ? 4 : e == 'U' ? 8 : -1;
                    if (digits < 0 || _pos + 2 + digits > _text.Length
                        || !int.TryParse(_text.AsSpan(_pos + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out int code)
                        || code < 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
                    {
                        throw new SourceFormatException(escape, "invalid escape in a quoted string");
                    }

                    decoded = char.ConvertFromUtf32(code);
                    length = 2 + digits;
                }

                literal.AppendSynthetic(decoded, escape);
                _pos += length;
                continue;
            }

            if (TemplateSequence(parts, ref literal, ref stripNext))
            {
                continue;
            }

            literal.AppendVerbatim(_text, _pos, 1, _pos);
            _pos++;
        }
    }

    private HclTemplate ParseHeredoc()
    {
        int start = _pos;
        _pos += 2;
        bool indented = At('-');
        if (indented)
        {
            _pos++;
        }

        string marker = ReadIdentifier();
        if (marker.Length == 0)
        {
            throw new SourceFormatException(start, "expected a heredoc marker after '<<'");
        }

        SkipSpace(newlines: false);
        if (!(At('\n') || At('\r')))
        {
            throw new SourceFormatException(_pos, "expected a new line after the heredoc marker " + marker);
        }

        int contentStart = AfterBreak(_pos);
        int line = contentStart;
        int strip = int.MaxValue;
        while (line < _text.Length)
        {
            int lineEnd = line;
            while (lineEnd < _text.Length && _text[lineEnd] != '\n' && _text[lineEnd] != '\r')
            {
                lineEnd++;
            }

            int first = line;
            while (first < lineEnd && (_text[first] == ' ' || _text[first] == '\t'))
            {
                first++;
            }

            int last = lineEnd;
            while (last > first && (_text[last - 1] == ' ' || _text[last - 1] == '\t'))
            {
                last--;
            }

            if (last - first == marker.Length && string.CompareOrdinal(_text, first, marker, 0, marker.Length) == 0)
            {
                var parser = new HclParser(_text);
                IReadOnlyList<HclTemplatePart> parts = parser.ParseTemplateContent(contentStart, line, indented ? (strip == int.MaxValue ? 0 : strip) : 0);
                _pos = lineEnd;
                return new HclTemplate(parts, start, lineEnd);
            }

            if (first < lineEnd)
            {
                strip = Math.Min(strip, first - line);
            }

            line = lineEnd < _text.Length ? AfterBreak(lineEnd) : lineEnd;
        }

        throw new SourceFormatException(start, "a heredoc that never ends (no line " + marker + ")");
    }

    /// <summary>Template content in [<paramref name="start"/>, <paramref name="end"/>), each line's first <paramref name="strip"/> blanks dropped.</summary>
    private List<HclTemplatePart> ParseTemplateContent(int start, int end, int strip)
    {
        var parts = new List<HclTemplatePart>();
        var literal = new MappedTextBuilder();
        bool stripNext = false;
        _pos = start;
        bool lineStart = true;
        while (_pos < end)
        {
            if (lineStart && strip > 0)
            {
                int skipped = 0;
                while (skipped < strip && _pos < end && (_text[_pos] == ' ' || _text[_pos] == '\t'))
                {
                    _pos++;
                    skipped++;
                }

                lineStart = false;
                continue;
            }

            lineStart = false;
            if (TemplateSequence(parts, ref literal, ref stripNext))
            {
                continue;
            }

            char c = _text[_pos];
            literal.AppendVerbatim(_text, _pos, 1, _pos);
            _pos++;
            if (c == '\n' || (c == '\r' && !(At('\n'))))
            {
                lineStart = true;
            }
        }

        FlushLiteral(parts, ref literal, ref stripNext);
        return parts;
    }

    /// <summary>Reads <c>$${</c>, <c>%%{</c>, <c>${...}</c> or <c>%{...}</c> at the cursor into the parts; false when none is there.</summary>
    private bool TemplateSequence(List<HclTemplatePart> parts, ref MappedTextBuilder literal, ref bool stripNext)
    {
        if (At("$${") || At("%%{"))
        {
            literal.AppendVerbatim(_text, _pos + 1, 2, _pos + 1);
            _pos += 3;
            return true;
        }

        bool interpolation = At("${");
        if (!interpolation && !At("%{"))
        {
            return false;
        }

        int start = _pos;
        _pos += 2;
        if (At('~'))
        {
            _pos++;
            TrimEnd(ref literal);
        }

        FlushLiteral(parts, ref literal, ref stripNext);
        if (interpolation)
        {
            SkipSpace(newlines: true);
            HclExpression expression = ParseExpression(multiline: true);
            SkipSpace(newlines: true);
            if (At('~'))
            {
                _pos++;
                stripNext = true;
            }

            if (!At('}'))
            {
                throw new SourceFormatException(start, "an interpolation '${' that is never closed");
            }

            _pos++;
            parts.Add(new HclTemplatePart.Interpolation(expression, start));
            return true;
        }

        // A directive: %{ if ... }, %{ else }, %{ endif }, %{ for ... }, %{ endfor }.
        while (_pos < _text.Length && _text[_pos] != '}')
        {
            if (_text[_pos] == '"')
            {
                ParseQuoted();
                continue;
            }

            _pos++;
        }

        if (_pos >= _text.Length)
        {
            throw new SourceFormatException(start, "a template directive '%{' that is never closed");
        }

        if (_text[_pos - 1] == '~')
        {
            stripNext = true;
        }

        _pos++;
        parts.Add(new HclTemplatePart.Directive(_text.Substring(start, _pos - start), start));
        return true;
    }

    private static void FlushLiteral(List<HclTemplatePart> parts, ref MappedTextBuilder literal, ref bool stripNext)
    {
        if (literal.Length == 0)
        {
            return;
        }

        MappedString text = literal.ToMappedString();
        if (stripNext)
        {
            int skip = 0;
            while (skip < text.Length && char.IsWhiteSpace(text.Value[skip]))
            {
                skip++;
            }

            text = text.Substring(skip, text.Length - skip);
            stripNext = false;
        }

        if (text.Length > 0)
        {
            parts.Add(new HclTemplatePart.Literal(text, text.FileOffset));
        }

        literal = new MappedTextBuilder();
    }

    private static void TrimEnd(ref MappedTextBuilder literal)
    {
        MappedString text = literal.ToMappedString();
        int keep = text.Length;
        while (keep > 0 && char.IsWhiteSpace(text.Value[keep - 1]))
        {
            keep--;
        }

        literal = new MappedTextBuilder().Append(text, 0, keep);
    }

    // ---------------------------------------------------------------- characters

    /// <summary>Skips blanks and comments, and line breaks when <paramref name="newlines"/>.</summary>
    private void SkipSpace(bool newlines)
    {
        while (_pos < _text.Length)
        {
            char c = _text[_pos];
            if (c == ' ' || c == '\t' || (newlines && (c == '\n' || c == '\r')))
            {
                _pos++;
            }
            else if (c == '#' || At("//"))
            {
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else if (At("/*"))
            {
                int close = _text.IndexOf("*/", _pos + 2, StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new SourceFormatException(_pos, "a comment '/*' that is never closed");
                }

                _pos = close + 2;
            }
            else
            {
                return;
            }
        }
    }

    private string ReadIdentifier()
    {
        if (!IsIdentifierStart(_pos))
        {
            return string.Empty;
        }

        int start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_' || _text[_pos] == '-'))
        {
            _pos++;
        }

        return _text.Substring(start, _pos - start);
    }

    private bool IsIdentifierStart(int at) => at < _text.Length && (char.IsLetter(_text[at]) || _text[at] == '_');

    private bool AtKeyword(string word) =>
        At(word) && (_pos + word.Length >= _text.Length || !(char.IsLetterOrDigit(_text[_pos + word.Length]) || _text[_pos + word.Length] is '_' or '-'));

    private bool At(char c) => _pos < _text.Length && _text[_pos] == c;

    private bool At(string s) => _pos + s.Length <= _text.Length && string.CompareOrdinal(_text, _pos, s, 0, s.Length) == 0;

    private int AfterBreak(int at) =>
        at < _text.Length && _text[at] == '\r' && at + 1 < _text.Length && _text[at + 1] == '\n' ? at + 2 : Math.Min(at + 1, _text.Length);

    private string WithoutBlanks(int start, int end)
    {
        var sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++)
        {
            if (!char.IsWhiteSpace(_text[i]))
            {
                sb.Append(_text[i]);
            }
        }

        return sb.ToString();
    }

    private void Enter(int at)
    {
        if (++_depth > MaxDepth)
        {
            throw new SourceFormatException(at, "nesting deeper than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels");
        }
    }

    private string Describe(int at)
    {
        if (at >= _text.Length)
        {
            return "the end of the text";
        }

        char c = _text[at];
        return c == '\n' || c == '\r' ? "the end of the line"
            : c >= 0x20 && c < 0x7F ? "'" + c + "'"
            : "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }
}
