using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Runtime;

/// <summary>
/// A JSONPath filter, the text inside <c>[?( )]</c>: comparisons <c>== != &lt; &lt;= &gt; &gt;=</c> of paths
/// (<c>@...</c> on the item, <c>$...</c> on the document) and literals ('text', "text", numbers, true, false,
/// null), existence tests (<c>@.isbn</c>), <c>!</c>, <c>&amp;&amp;</c>, <c>||</c> and parentheses.
/// </summary>
/// <remarks>
/// The guide ("Paths", Reference Paths) shows <c>$.jar[?(@.a &gt;= 5)]</c> and says "The @ operator ... does not
/// match scalar values. It only matches objects", so an item that is not an object never matches. It also says
/// lexical operators such as <c>subsetof</c> and regular expressions are not supported; they are refused here.
/// Where the guide is silent the comparisons are Jayway's: numbers compare by value, strings by ordinal order,
/// a number equals a string holding the same number, other mixed kinds are unequal and unordered, and a path that
/// finds nothing equals nothing (so <c>!=</c> is true for it).
/// </remarks>
internal sealed class FilterExpression
{
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<string, FilterExpression> Cache = new ConcurrentDictionary<string, FilterExpression>(System.StringComparer.Ordinal);

    private readonly Node _root;

    private FilterExpression(Node root) => _root = root;

    private enum Op
    {
        Or,
        And,
        Not,
        Exists,
        Eq,
        Ne,
        Lt,
        Le,
        Gt,
        Ge,
    }

    /// <summary>The compiled filter (cached by text).</summary>
    /// <exception cref="AslRuntimeException"><see cref="AslErrorNames.Runtime"/> for a filter it cannot read.</exception>
    public static FilterExpression Get(string text, string path)
    {
        if (Cache.TryGetValue(text, out FilterExpression? filter))
        {
            return filter;
        }

        var reader = new Reader(text, path);
        filter = new FilterExpression(reader.ReadAll());
        if (Cache.Count >= 1024)
        {
            Cache.Clear();
        }

        Cache[text] = filter;
        return filter;
    }

    /// <summary>Whether <paramref name="item"/> passes; <paramref name="document"/> is what <c>$</c> means inside.</summary>
    public bool Matches(JsonNode item, JsonNode document, EvaluationScope scope) =>
        item is JsonObject && Eval(_root, item, document, scope);

    private static bool Eval(Node node, JsonNode item, JsonNode document, EvaluationScope scope)
    {
        switch (node.Op)
        {
            case Op.Or:
                return Eval(node.Left!, item, document, scope) || Eval(node.Right!, item, document, scope);
            case Op.And:
                return Eval(node.Left!, item, document, scope) && Eval(node.Right!, item, document, scope);
            case Op.Not:
                return !Eval(node.Left!, item, document, scope);
            case Op.Exists:
                return Value(node.A!, item, document, scope) != null;
        }

        JsonNode? a = Value(node.A!, item, document, scope);
        JsonNode? b = Value(node.B!, item, document, scope);
        switch (node.Op)
        {
            case Op.Eq:
                return a != null && b != null && Equal(a, b);
            case Op.Ne:
                return !(a != null && b != null && Equal(a, b));
        }

        int? order = a is null || b is null ? null : Order(a, b);
        return order.HasValue && node.Op switch
        {
            Op.Lt => order.Value < 0,
            Op.Le => order.Value <= 0,
            Op.Gt => order.Value > 0,
            _ => order.Value >= 0,
        };
    }

    private static JsonNode? Value(Operand operand, JsonNode item, JsonNode document, EvaluationScope scope)
    {
        if (operand.Literal != null)
        {
            return operand.Literal;
        }

        PathParseResult path = operand.Path!;
        JsonNode? root = operand.Relative ? item : path.Root == PathRoot.Input ? document : PathEvaluator.RootOf(path, scope);
        return PathWalk.Run(path, root, scope).Value;
    }

    private static bool Equal(JsonNode a, JsonNode b)
    {
        if (a is JsonNumber n && b is JsonString s)
        {
            return JsonNumber.TryFromText(s.Value) is JsonNumber m && JsonValues.CompareNumbers(n, m) == 0;
        }

        if (a is JsonString s2 && b is JsonNumber n2)
        {
            return JsonNumber.TryFromText(s2.Value) is JsonNumber m2 && JsonValues.CompareNumbers(m2, n2) == 0;
        }

        return JsonValues.ValueEquals(a, b);
    }

    private static int? Order(JsonNode a, JsonNode b)
    {
        if (a is JsonNumber x && b is JsonNumber y)
        {
            return JsonValues.CompareNumbers(x, y);
        }

        if (a is JsonString s && b is JsonString t)
        {
            return string.CompareOrdinal(s.Value, t.Value);
        }

        return null;
    }

    private sealed class Node
    {
        public Op Op;
        public Node? Left;
        public Node? Right;
        public Operand? A;
        public Operand? B;
    }

    private sealed class Operand
    {
        public JsonNode? Literal;
        public PathParseResult? Path;
        public bool Relative;
    }

    /// <summary>A recursive-descent reader; nesting is limited to <see cref="MaxDepth"/>.</summary>
    private sealed class Reader
    {
        private readonly string _s;
        private readonly string _path;
        private int _pos;
        private int _depth;

        public Reader(string s, string path)
        {
            _s = s;
            _path = path;
        }

        public Node ReadAll()
        {
            Node node = ReadOr();
            SkipSpaces();
            if (_pos < _s.Length)
            {
                throw Fail("unexpected '" + _s.Substring(_pos) + "'");
            }

            return node;
        }

        private Node ReadOr()
        {
            Node left = ReadAnd();
            while (Accept("||"))
            {
                left = new Node { Op = Op.Or, Left = left, Right = ReadAnd() };
            }

            return left;
        }

        private Node ReadAnd()
        {
            Node left = ReadUnary();
            while (Accept("&&"))
            {
                left = new Node { Op = Op.And, Left = left, Right = ReadUnary() };
            }

            return left;
        }

        private Node ReadUnary()
        {
            if (++_depth > MaxDepth)
            {
                throw Fail("the filter is nested too deeply");
            }

            try
            {
                SkipSpaces();
                if (Peek('!') && !PeekAt(1, '='))
                {
                    _pos++;
                    return new Node { Op = Op.Not, Left = ReadUnary() };
                }

                if (Peek('('))
                {
                    _pos++;
                    Node inner = ReadOr();
                    if (!Accept(")"))
                    {
                        throw Fail("expected ')'");
                    }

                    return inner;
                }

                Operand a = ReadOperand();
                SkipSpaces();
                Op? op = ReadOperator();
                if (op is null)
                {
                    if (a.Path is null)
                    {
                        throw Fail("expected a comparison after the literal");
                    }

                    return new Node { Op = Op.Exists, A = a };
                }

                return new Node { Op = op.Value, A = a, B = ReadOperand() };
            }
            finally
            {
                _depth--;
            }
        }

        private Op? ReadOperator()
        {
            string[] symbols = { "==", "!=", "<=", ">=", "<", ">" };
            Op[] ops = { Op.Eq, Op.Ne, Op.Le, Op.Ge, Op.Lt, Op.Gt };
            for (int i = 0; i < symbols.Length; i++)
            {
                if (string.CompareOrdinal(_s, _pos, symbols[i], 0, symbols[i].Length) == 0)
                {
                    _pos += symbols[i].Length;
                    return ops[i];
                }
            }

            if (Peek('=') || (_pos < _s.Length && char.IsLetter(_s[_pos])))
            {
                int end = _pos;
                while (end < _s.Length && !char.IsWhiteSpace(_s[end]))
                {
                    end++;
                }

                throw Fail("the operator '" + _s.Substring(_pos, end - _pos) + "' is not supported: use ==, !=, <, <=, >, >=, &&, || or !");
            }

            return null;
        }

        private Operand ReadOperand()
        {
            SkipSpaces();
            if (_pos >= _s.Length)
            {
                throw Fail("expected a value");
            }

            char c = _s[_pos];
            if (c == '@' || c == '$')
            {
                // PathExtent reads where a path inside a condition ends; '@' reads as the '$' of the item.
                string probe = c == '@' ? "$" + _s.Substring(_pos + 1) : _s.Substring(_pos);
                int length = PathExtent.InCondition(probe, 0);
                string text = probe.Substring(0, length);
                PathParseResult parsed = PathParser.Parse(text);
                if (!parsed.Success)
                {
                    throw Fail("invalid path '" + (c == '@' ? "@" + text.Substring(1) : text) + "': " + parsed.Error);
                }

                _pos += length;
                return new Operand { Path = parsed, Relative = c == '@' };
            }

            if (c == '\'' || c == '"')
            {
                return new Operand { Literal = new JsonString(ReadQuoted(c)) };
            }

            if (c == '-' || (c >= '0' && c <= '9'))
            {
                int start = _pos;
                _pos++;
                while (_pos < _s.Length && (char.IsDigit(_s[_pos]) || _s[_pos] == '.' || _s[_pos] == 'e' || _s[_pos] == 'E'
                    || ((_s[_pos] == '+' || _s[_pos] == '-') && (_s[_pos - 1] == 'e' || _s[_pos - 1] == 'E'))))
                {
                    _pos++;
                }

                string number = _s.Substring(start, _pos - start);
                return new Operand { Literal = JsonNumber.TryFromText(number) ?? throw Fail("invalid number '" + number + "'") };
            }

            foreach (KeyValuePair<string, JsonNode> word in new[]
            {
                new KeyValuePair<string, JsonNode>("true", JsonNode.True),
                new KeyValuePair<string, JsonNode>("false", JsonNode.False),
                new KeyValuePair<string, JsonNode>("null", JsonNode.Null),
            })
            {
                if (string.CompareOrdinal(_s, _pos, word.Key, 0, word.Key.Length) == 0)
                {
                    _pos += word.Key.Length;
                    return new Operand { Literal = word.Value };
                }
            }

            throw Fail("unexpected '" + c + "': expected a path (@... or $...), a quoted string, a number, true, false or null");
        }

        private string ReadQuoted(char quote)
        {
            var sb = new StringBuilder();
            int start = _pos;
            _pos++;
            while (_pos < _s.Length)
            {
                char c = _s[_pos];
                if (c == quote)
                {
                    _pos++;
                    return sb.ToString();
                }

                if (c == '\\' && _pos + 1 < _s.Length)
                {
                    char e = _s[_pos + 1];
                    if (e == 'u' && _pos + 5 < _s.Length
                        && int.TryParse(_s.Substring(_pos + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int code))
                    {
                        sb.Append((char)code);
                        _pos += 6;
                        continue;
                    }

                    sb.Append(e switch { 'n' => '\n', 't' => '\t', 'r' => '\r', 'b' => '\b', 'f' => '\f', _ => e });
                    _pos += 2;
                    continue;
                }

                sb.Append(c);
                _pos++;
            }

            _pos = start;
            throw Fail("unterminated string");
        }

        private bool Accept(string token)
        {
            SkipSpaces();
            if (string.CompareOrdinal(_s, _pos, token, 0, token.Length) == 0)
            {
                _pos += token.Length;
                return true;
            }

            return false;
        }

        private bool Peek(char c) => _pos < _s.Length && _s[_pos] == c;

        private bool PeekAt(int offset, char c) => _pos + offset < _s.Length && _s[_pos + offset] == c;

        private void SkipSpaces()
        {
            while (_pos < _s.Length && char.IsWhiteSpace(_s[_pos]))
            {
                _pos++;
            }
        }

        private AslRuntimeException Fail(string message) =>
            new AslRuntimeException(AslErrorNames.Runtime, "Invalid path '" + _path + "': in the filter '" + _s + "': " + message);
    }
}
