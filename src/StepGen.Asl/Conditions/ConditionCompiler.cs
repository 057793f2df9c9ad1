using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Conditions;

/// <summary>
/// Compiles a <c>[When]</c> condition such as <c>$.type == 'ERROR' &amp;&amp; $.count &gt;= 3</c> into an ASL
/// choice rule (JSONPath query language, without <c>Next</c>).
/// </summary>
/// <remarks>
/// Grammar (precedence <c>!</c> &gt; <c>&amp;&amp;</c> &gt; <c>||</c>):
/// <code>
/// condition  := or END
/// or         := and ( '||' and )*                       → {"Or": [...]} when more than one
/// and        := unary ( '&amp;&amp;' unary )*                   → {"And": [...]} when more than one
/// unary      := '!'* primary                             → {"Not": ...}; folds into type tests
/// primary    := '(' or ')' | test '(' PATH ')' | operand compare operand
/// test       := ispresent | isnull | isstring | isnumeric | isboolean | istimestamp
/// compare    := '==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=' | 'like'
/// operand    := PATH | kind '(' PATH ')' | 'string' | NUMBER | true | false | null | timestamp'...'
/// kind       := number | string | boolean | timestamp
/// </code>
/// Never throws, never recurses more than <see cref="MaxNesting"/> levels, and runs in linear time.
/// </remarks>
public static class ConditionCompiler
{
    /// <summary>The deepest nesting of parentheses and negations a condition may have.</summary>
    public const int MaxNesting = 64;

    /// <summary>The type-test functions, in the order the messages list them, with their ASL operators.</summary>
    private static readonly KeyValuePair<string, string>[] TypeTests =
    {
        new KeyValuePair<string, string>("ispresent", "IsPresent"),
        new KeyValuePair<string, string>("isnull", "IsNull"),
        new KeyValuePair<string, string>("isstring", "IsString"),
        new KeyValuePair<string, string>("isnumeric", "IsNumeric"),
        new KeyValuePair<string, string>("isboolean", "IsBoolean"),
        new KeyValuePair<string, string>("istimestamp", "IsTimestamp"),
    };

    private static readonly string[] FunctionNames =
    {
        "ispresent", "isnull", "isstring", "isnumeric", "isboolean", "istimestamp", "number", "string", "boolean", "timestamp",
    };

    /// <summary>Compiles <paramref name="condition"/> (null is treated as empty). Never throws.</summary>
    public static ConditionResult Compile(string condition) => new Parser(condition ?? string.Empty).Run();

    private enum TokenKind
    {
        End,
        Path,
        Identifier,
        Number,
        String,
        Timestamp,
        Compare,
        AndAnd,
        OrOr,
        Not,
        LParen,
        RParen,
        Comma,
        Other,
        Error,
    }

    private enum Op
    {
        Equals,
        NotEquals,
        LessThan,
        LessThanEquals,
        GreaterThan,
        GreaterThanEquals,
        Like,
    }

    private enum Family
    {
        String,
        Numeric,
        Boolean,
        Timestamp,
    }

    private enum OperandKind
    {
        Path,
        String,
        Number,
        Boolean,
        Null,
        Timestamp,
    }

    private static string? TypeTestOperator(string name)
    {
        foreach (KeyValuePair<string, string> t in TypeTests)
        {
            if (string.Equals(t.Key, name, StringComparison.Ordinal))
            {
                return t.Value;
            }
        }

        return null;
    }

    private static bool IsTypeTestOperator(string key)
    {
        foreach (KeyValuePair<string, string> t in TypeTests)
        {
            if (string.Equals(t.Value, key, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static Family? KindFunction(string name)
    {
        switch (name)
        {
            case "number": return Family.Numeric;
            case "string": return Family.String;
            case "boolean": return Family.Boolean;
            case "timestamp": return Family.Timestamp;
            default: return null;
        }
    }

    private static string FamilyPrefix(Family family)
    {
        switch (family)
        {
            case Family.String: return "String";
            case Family.Numeric: return "Numeric";
            case Family.Boolean: return "Boolean";
            default: return "Timestamp";
        }
    }

    private static string OperatorSuffix(Op op)
    {
        switch (op)
        {
            case Op.LessThan: return "LessThan";
            case Op.LessThanEquals: return "LessThanEquals";
            case Op.GreaterThan: return "GreaterThan";
            case Op.GreaterThanEquals: return "GreaterThanEquals";
            default: return "Equals"; // Equals, and NotEquals under a Not
        }
    }

    private static Op Mirror(Op op)
    {
        switch (op)
        {
            case Op.LessThan: return Op.GreaterThan;
            case Op.LessThanEquals: return Op.GreaterThanEquals;
            case Op.GreaterThan: return Op.LessThan;
            case Op.GreaterThanEquals: return Op.LessThanEquals;
            default: return op;
        }
    }

    private static string LiteralDescription(OperandKind kind)
    {
        switch (kind)
        {
            case OperandKind.String: return "a string";
            case OperandKind.Number: return "a number";
            case OperandKind.Boolean: return "a boolean";
            case OperandKind.Timestamp: return "a timestamp";
            default: return "null";
        }
    }

    private static string ExpectedLiteral(Family family)
    {
        switch (family)
        {
            case Family.String: return "a string in single quotes such as 'text'";
            case Family.Numeric: return "a number such as 42";
            case Family.Boolean: return "true or false";
            default: return "a timestamp such as timestamp'2024-01-01T00:00:00Z'";
        }
    }

    private static Family LiteralFamily(OperandKind kind)
    {
        switch (kind)
        {
            case OperandKind.Number: return Family.Numeric;
            case OperandKind.Boolean: return Family.Boolean;
            case OperandKind.Timestamp: return Family.Timestamp;
            default: return Family.String;
        }
    }

    private static string Shorten(string s) => s.Length > 40 ? s.Substring(0, 37) + "..." : s;

    private static string Column(int offset) => (offset + 1).ToString(CultureInfo.InvariantCulture);

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static bool IsIdentifierStart(char c) => c == '_' || (char.IsLetter(c) && !char.IsSurrogate(c));

    private static bool IsIdentifierPart(char c) => c == '_' || (char.IsLetterOrDigit(c) && !char.IsSurrogate(c));

    /// <summary>The known function name closest to <paramref name="name"/> (edit distance, ignoring case).</summary>
    private static string Closest(string name, out int distance)
    {
        string best = FunctionNames[0];
        distance = int.MaxValue;
        if (name.Length > 64)
        {
            return best;
        }

        // A name that starts with "is" is meant to be a type test (isnumber → isnumeric, not number).
        string lower = name.ToLowerInvariant();
        bool test = lower.StartsWith("is", StringComparison.Ordinal);
        foreach (string candidate in FunctionNames)
        {
            if (test && !candidate.StartsWith("is", StringComparison.Ordinal))
            {
                continue;
            }

            int d = Names.Distance(lower, candidate);
            if (d < distance)
            {
                distance = d;
                best = candidate;
            }
        }

        return best;
    }

    private static JsonObject Test(string variable, string key, JsonNode value)
    {
        var rule = new JsonObject();
        rule.Add("Variable", new JsonString(variable));
        rule.Add(key, value);
        return rule;
    }

    private static JsonObject Not(JsonObject rule)
    {
        var not = new JsonObject();
        not.Add("Not", rule);
        return not;
    }

    /// <summary><c>!</c> applied to a rule: a type test flips its boolean, anything else goes under <c>Not</c>.</summary>
    private static JsonObject Negate(JsonObject rule)
    {
        if (rule.Count == 2
            && rule.Members[0].Key == "Variable"
            && IsTypeTestOperator(rule.Members[1].Key)
            && (rule.Members[1].Value.Kind == JsonNodeKind.True || rule.Members[1].Value.Kind == JsonNodeKind.False))
        {
            return Test(
                ((JsonString)rule.Members[0].Value).Value,
                rule.Members[1].Key,
                JsonNode.FromBoolean(rule.Members[1].Value.Kind != JsonNodeKind.True));
        }

        return Not(rule);
    }

    private readonly struct Token
    {
        public Token(TokenKind kind, int start, int length, string text, Op op = Op.Equals)
        {
            Kind = kind;
            Start = start;
            Length = length;
            Text = text;
            Op = op;
        }

        public TokenKind Kind { get; }

        public int Start { get; }

        public int Length { get; }

        /// <summary>
        /// Path: the path; Identifier: the name; Number: the text; String: the raw content between the quotes;
        /// Timestamp: the decoded value; Compare and punctuation: the operator; Error: the message.
        /// </summary>
        public string Text { get; }

        public Op Op { get; }

        public int End => Start + Length;
    }

    private sealed class Operand
    {
        public OperandKind Kind { get; set; }

        /// <summary>The span of the whole operand (for <c>number($.a)</c> the whole call).</summary>
        public int Start { get; set; }

        public int Length { get; set; }

        /// <summary>Path: the path; String: the raw content; Number: the text; Timestamp: the value.</summary>
        public string Text { get; set; } = string.Empty;

        public bool BoolValue { get; set; }

        /// <summary>The kind function around a path, if any.</summary>
        public Family? Wrapper { get; set; }

        public string WrapperName { get; set; } = string.Empty;

        public int End => Start + Length;

        public bool IsPath => Kind == OperandKind.Path;
    }

    private sealed class Parser
    {
        private readonly string _s;
        private readonly List<ConditionPath> _paths = new List<ConditionPath>();
        private int _pos;
        private Token? _peeked;
        private Token _previous;
        private bool _hasPrevious;
        private int _depth;
        private string? _error;
        private int _errorOffset;
        private int _errorLength;

        public Parser(string condition) => _s = condition;

        public ConditionResult Run()
        {
            JsonObject? rule = null;
            if (IsBlank())
            {
                Fail("empty condition: expected a condition such as $.status == 'OK'", 0, _s.Length);
            }
            else
            {
                rule = ParseOr();
                if (rule != null)
                {
                    Token next = Peek();
                    if (next.Kind != TokenKind.End)
                    {
                        UnexpectedAfterCondition(next, null);
                        rule = null;
                    }
                }
            }

            return new ConditionResult(_error == null ? rule : null, _error, _errorOffset, _errorLength, _paths.ToArray());
        }

        private bool IsBlank()
        {
            foreach (char c in _s)
            {
                if (!char.IsWhiteSpace(c))
                {
                    return false;
                }
            }

            return true;
        }

        // ---------------------------------------------------------------- grammar

        private JsonObject? ParseOr()
        {
            JsonObject? first = ParseAnd();
            if (first == null || Peek().Kind != TokenKind.OrOr)
            {
                return first;
            }

            var items = new JsonArray();
            items.Add(first);
            while (Peek().Kind == TokenKind.OrOr)
            {
                Next();
                JsonObject? next = ParseAnd();
                if (next == null)
                {
                    return null;
                }

                items.Add(next);
            }

            var or = new JsonObject();
            or.Add("Or", items);
            return or;
        }

        private JsonObject? ParseAnd()
        {
            JsonObject? first = ParseUnary();
            if (first == null || Peek().Kind != TokenKind.AndAnd)
            {
                return first;
            }

            var items = new JsonArray();
            items.Add(first);
            while (Peek().Kind == TokenKind.AndAnd)
            {
                Next();
                JsonObject? next = ParseUnary();
                if (next == null)
                {
                    return null;
                }

                items.Add(next);
            }

            var and = new JsonObject();
            and.Add("And", items);
            return and;
        }

        private JsonObject? ParseUnary()
        {
            int negations = 0;
            while (Peek().Kind == TokenKind.Not)
            {
                Token bang = Next();
                if (!Enter(bang))
                {
                    _depth -= negations;
                    return null;
                }

                negations++;
            }

            JsonObject? rule = ParsePrimary();
            _depth -= negations;
            if (rule == null)
            {
                return null;
            }

            for (int i = 0; i < negations; i++)
            {
                rule = Negate(rule);
            }

            return rule;
        }

        private JsonObject? ParsePrimary()
        {
            Token t = Peek();
            if (t.Kind == TokenKind.LParen)
            {
                Next();
                if (!Enter(t))
                {
                    return null;
                }

                JsonObject? inner = ParseOr();
                _depth--;
                if (inner == null)
                {
                    return null;
                }

                Token close = Peek();
                if (close.Kind != TokenKind.RParen)
                {
                    UnexpectedAfterCondition(close, t);
                    return null;
                }

                Next();
                return inner;
            }

            if (t.Kind == TokenKind.Identifier)
            {
                string? test = TypeTestOperator(t.Text);
                if (test != null)
                {
                    return ParseTypeTest(test);
                }
            }

            return ParseComparison();
        }

        private bool Enter(Token t)
        {
            if (_depth >= MaxNesting)
            {
                Fail(
                    "nested too deeply: a condition may nest at most " + MaxNesting.ToString(CultureInfo.InvariantCulture)
                    + " parentheses and negations",
                    t.Start,
                    t.Length);
                return false;
            }

            _depth++;
            return true;
        }

        /// <summary>At a type-test name: <c>ispresent($.x)</c> and the like.</summary>
        private JsonObject? ParseTypeTest(string key)
        {
            Token name = Next();
            string? path = ParseCallArgument(name, out _);
            if (path == null)
            {
                return null;
            }

            Token after = Peek();
            if (after.Kind == TokenKind.Compare || IsLike(after))
            {
                Fail(
                    name.Text + "(...) is already a condition: it cannot be compared with '" + after.Text
                    + "'; write " + name.Text + "(...) or !" + name.Text + "(...)",
                    after.Start,
                    after.Length);
                return null;
            }

            return Test(path, key, JsonNode.True);
        }

        /// <summary>After a function name: reads <c>( PATH )</c>; returns the path, or null after an error.</summary>
        private string? ParseCallArgument(Token name, out int end)
        {
            end = name.End;
            Token open = Peek();
            if (open.Kind != TokenKind.LParen)
            {
                if (name.Text == "timestamp")
                {
                    FailAt(
                        open,
                        open.Kind == TokenKind.String
                            ? "write a timestamp literal without a space, as in timestamp'2024-01-01T00:00:00Z'"
                            : "expected a timestamp literal such as timestamp'2024-01-01T00:00:00Z' or timestamp($.path) after 'timestamp'" + Found(open));
                }
                else
                {
                    FailAt(open, "expected '(' after '" + name.Text + "': write " + name.Text + "($.path)" + Found(open));
                }

                return null;
            }

            Next();
            Token arg = Peek();
            if (arg.Kind != TokenKind.Path)
            {
                FailAt(arg, name.Text + "(...) takes a path such as $.status" + Found(arg));
                return null;
            }

            Next();
            Token close = Peek();
            if (close.Kind != TokenKind.RParen)
            {
                FailAt(
                    close,
                    (close.Kind == TokenKind.Comma
                        ? name.Text + "(...) takes exactly one path: expected ')'"
                        : "expected ')' after the path in " + name.Text + "(...)")
                    + Found(close));
                return null;
            }

            Next();
            end = close.End;
            return arg.Text;
        }

        private static bool IsLike(Token t) => t.Kind == TokenKind.Identifier && t.Text == "like";

        private JsonObject? ParseComparison()
        {
            Operand? left = ParseOperand(null);
            if (left == null)
            {
                return null;
            }

            Token opToken = Peek();
            Op op;
            if (opToken.Kind == TokenKind.Compare)
            {
                op = opToken.Op;
            }
            else if (IsLike(opToken))
            {
                op = Op.Like;
            }
            else
            {
                if (opToken.Kind == TokenKind.Identifier && string.Equals(opToken.Text, "like", StringComparison.OrdinalIgnoreCase))
                {
                    FailAt(opToken, "'" + opToken.Text + "' is not an operator; did you mean 'like'?");
                }
                else
                {
                    string message = "expected a comparison operator (==, !=, <, <=, >, >=, like) after '"
                        + Shorten(_s.Substring(left.Start, Math.Min(left.Length, 41))) + "'";
                    if (opToken.Kind == TokenKind.End)
                    {
                        Fail(message, left.Start, left.Length);
                    }
                    else
                    {
                        FailAt(opToken, message + Found(opToken));
                    }
                }

                return null;
            }

            Next();
            Operand? right = ParseOperand(opToken);
            if (right == null)
            {
                return null;
            }

            return Build(left, opToken, op, right);
        }

        /// <summary>Reads one side of a comparison; <paramref name="op"/> is null for the left side.</summary>
        private Operand? ParseOperand(Token? op)
        {
            Token t = Peek();
            switch (t.Kind)
            {
                case TokenKind.Path:
                    Next();
                    return new Operand { Kind = OperandKind.Path, Start = t.Start, Length = t.Length, Text = t.Text };
                case TokenKind.Number:
                    Next();
                    return new Operand { Kind = OperandKind.Number, Start = t.Start, Length = t.Length, Text = t.Text };
                case TokenKind.String:
                    Next();
                    return new Operand { Kind = OperandKind.String, Start = t.Start, Length = t.Length, Text = t.Text };
                case TokenKind.Timestamp:
                    Next();
                    return new Operand { Kind = OperandKind.Timestamp, Start = t.Start, Length = t.Length, Text = t.Text };
                case TokenKind.Identifier:
                    return ParseIdentifierOperand(op);
            }

            string message;
            if (op == null)
            {
                if (t.Kind == TokenKind.RParen)
                {
                    message = "unexpected ')': expected a condition such as $.status == 'OK'";
                }
                else if (t.Kind == TokenKind.End)
                {
                    message = "expected a condition such as $.status == 'OK' after '" + _previous.Text + "'";
                }
                else
                {
                    message = "expected a path such as $.status" + Found(t);
                }
            }
            else
            {
                message = ExpectedValue(op.Value) + Found(t);
            }

            FailAt(t, message);
            return null;
        }

        private static string ExpectedValue(Token op) =>
            IsLike(op)
                ? "expected a pattern in single quotes after 'like', such as 'log-*.txt'"
                : "expected a value after '" + op.Text
                  + "': a path such as $.status, a string such as 'text', a number, true, false, null or timestamp'...'";

        private Operand? ParseIdentifierOperand(Token? op)
        {
            Token t = Next();
            string name = t.Text;
            switch (name)
            {
                case "true":
                case "false":
                    return new Operand { Kind = OperandKind.Boolean, Start = t.Start, Length = t.Length, BoolValue = name == "true", Text = name };
                case "null":
                    return new Operand { Kind = OperandKind.Null, Start = t.Start, Length = t.Length, Text = name };
            }

            bool call = NextIsOpenParen();
            Family? kind = KindFunction(name);
            if (kind != null)
            {
                string? path = ParseCallArgument(t, out int end);
                if (path == null)
                {
                    return null;
                }

                return new Operand
                {
                    Kind = OperandKind.Path,
                    Start = t.Start,
                    Length = end - t.Start,
                    Text = path,
                    Wrapper = kind,
                    WrapperName = name,
                };
            }

            if (call && TypeTestOperator(name) != null)
            {
                Fail(name + "(...) is a condition, not a value: it cannot be compared; combine conditions with && or ||", t.Start, t.Length);
                return null;
            }

            if (call)
            {
                string closest = Closest(name, out int distance);
                string message = "unknown function '" + Shorten(name) + "'; did you mean '" + closest + "'?";
                if (distance > 3)
                {
                    message += " The functions are " + string.Join(", ", FunctionNames) + ".";
                }

                Fail(message, t.Start, t.Length);
                return null;
            }

            string expected = op == null ? "expected a path such as $.status" : ExpectedValue(op.Value);
            if (op == null && name.Equals("not", StringComparison.OrdinalIgnoreCase))
            {
                Fail("'" + name + "' is not an operator; did you mean '!'?", t.Start, t.Length);
            }
            else if (name.Equals("true", StringComparison.OrdinalIgnoreCase)
                || name.Equals("false", StringComparison.OrdinalIgnoreCase)
                || name.Equals("null", StringComparison.OrdinalIgnoreCase))
            {
                Fail(expected + ", found '" + name + "'; did you mean '" + name.ToLowerInvariant() + "'?", t.Start, t.Length);
            }
            else
            {
                Fail(expected + ", found '" + Shorten(name) + "'; paths start with '$', as in '$." + Shorten(name) + "'", t.Start, t.Length);
            }

            return null;
        }

        private JsonObject? Build(Operand left, Token opToken, Op op, Operand right)
        {
            if (!left.IsPath && !right.IsPath)
            {
                Fail("cannot compare two values: one side must be a path such as $.status", left.Start, right.End - left.Start);
                return null;
            }

            if (!left.IsPath)
            {
                if (op == Op.Like)
                {
                    Fail("like needs the path on the left and the pattern on the right, as in $.name like 'log-*.txt'", left.Start, right.End - left.Start);
                    return null;
                }

                Operand swap = left;
                left = right;
                right = swap;
                op = Mirror(op);
            }

            bool equality = op == Op.Equals || op == Op.NotEquals;
            if (right.IsPath)
            {
                if (op == Op.Like)
                {
                    Fail("like needs a pattern in single quotes such as 'log-*.txt': StringMatches has no Path form", right.Start, right.Length);
                    return null;
                }

                if (left.Wrapper != null && right.Wrapper != null && left.Wrapper != right.Wrapper)
                {
                    Fail(
                        "cannot compare " + left.WrapperName + "(...) with " + right.WrapperName + "(...): both sides must be read as the same kind",
                        left.Start,
                        right.End - left.Start);
                    return null;
                }

                Family? family = left.Wrapper ?? right.Wrapper;
                if (family == null)
                {
                    Fail(
                        "cannot tell whether to compare '" + Shorten(left.Text) + "' and '" + Shorten(right.Text)
                        + "' as strings, numbers, booleans or timestamps; wrap one side in number(...), string(...), boolean(...) or timestamp(...)",
                        left.Start,
                        right.End - left.Start);
                    return null;
                }

                if (family == Family.Boolean && !equality)
                {
                    Fail("'" + opToken.Text + "' cannot compare booleans: only == and != are allowed", opToken.Start, opToken.Length);
                    return null;
                }

                return Emit(left.Text, FamilyPrefix(family.Value) + OperatorSuffix(op) + "Path", new JsonString(right.Text), op == Op.NotEquals);
            }

            if (right.Kind == OperandKind.Null)
            {
                if (op == Op.Like)
                {
                    Fail("like needs a pattern in single quotes such as 'log-*.txt', found null", right.Start, right.Length);
                    return null;
                }

                if (left.Wrapper != null)
                {
                    Fail(
                        "cannot compare " + left.WrapperName + "(...) with null: write " + Shorten(left.Text) + " == null or isnull(" + Shorten(left.Text) + ")",
                        right.Start,
                        right.Length);
                    return null;
                }

                if (!equality)
                {
                    Fail("'" + opToken.Text + "' cannot compare with null: only == and != are allowed", opToken.Start, opToken.Length);
                    return null;
                }

                return Test(left.Text, "IsNull", JsonNode.FromBoolean(op == Op.Equals));
            }

            if (op == Op.Like)
            {
                if (right.Kind != OperandKind.String)
                {
                    Fail("like needs a pattern in single quotes such as 'log-*.txt', found " + LiteralDescription(right.Kind), right.Start, right.Length);
                    return null;
                }

                if (left.Wrapper != null && left.Wrapper != Family.String)
                {
                    Fail("like compares strings: " + left.WrapperName + "(...) cannot be used with like", left.Start, left.Length);
                    return null;
                }

                string? pattern = Decode(right, like: true);
                return pattern == null ? null : Test(left.Text, "StringMatches", new JsonString(pattern));
            }

            Family literal = LiteralFamily(right.Kind);
            if (left.Wrapper != null && left.Wrapper != literal)
            {
                Fail(
                    "cannot compare " + left.WrapperName + "(...) with " + LiteralDescription(right.Kind) + ": expected " + ExpectedLiteral(left.Wrapper.Value),
                    right.Start,
                    right.Length);
                return null;
            }

            if (literal == Family.Boolean && !equality)
            {
                Fail("'" + opToken.Text + "' cannot compare booleans: only == and != are allowed", opToken.Start, opToken.Length);
                return null;
            }

            JsonNode value;
            switch (right.Kind)
            {
                case OperandKind.String:
                    {
                        string? text = Decode(right, like: false);
                        if (text == null)
                        {
                            return null;
                        }

                        value = new JsonString(text);
                        break;
                    }

                case OperandKind.Number:
                    {
                        JsonNumber? number = JsonNumber.TryFromText(right.Text);
                        if (number == null)
                        {
                            // The lexer has validated the text already.
                            Fail("invalid number '" + Shorten(right.Text) + "'", right.Start, right.Length);
                            return null;
                        }

                        value = number;
                        break;
                    }

                case OperandKind.Boolean:
                    value = JsonNode.FromBoolean(right.BoolValue);
                    break;
                default:
                    value = new JsonString(right.Text);
                    break;
            }

            return Emit(left.Text, FamilyPrefix(literal) + OperatorSuffix(op), value, op == Op.NotEquals);
        }

        private static JsonObject Emit(string variable, string key, JsonNode value, bool negate)
        {
            JsonObject rule = Test(variable, key, value);
            return negate ? Not(rule) : rule;
        }

        /// <summary>
        /// The value of a string literal. In a like pattern <c>\*</c> and <c>\\</c> stay escaped, as StringMatches
        /// reads them; elsewhere <c>\\</c> is one backslash. <c>\'</c> is a quote in both.
        /// </summary>
        private string? Decode(Operand literal, bool like)
        {
            string? value = Decode(literal.Text, literal.Start + 1, like, out string? error, out int errorOffset);
            if (value == null)
            {
                Fail(error ?? "invalid string literal", errorOffset, 2);
            }

            return value;
        }

        private static string? Decode(string raw, int contentStart, bool like, out string? error, out int errorOffset)
        {
            error = null;
            errorOffset = 0;
            if (raw.IndexOf('\\') < 0)
            {
                return raw;
            }

            var sb = new StringBuilder(raw.Length);
            for (int i = 0; i < raw.Length; i++)
            {
                char c = raw[i];
                if (c != '\\' || i + 1 >= raw.Length)
                {
                    sb.Append(c);
                    continue;
                }

                char e = raw[++i];
                if (e == '\'')
                {
                    sb.Append('\'');
                }
                else if (e == '\\')
                {
                    sb.Append(like ? "\\\\" : "\\");
                }
                else if (e == '*' && like)
                {
                    sb.Append("\\*");
                }
                else
                {
                    // The lexer lets only \' \\ and \* through, so this is \* outside a like pattern.
                    error = "'\\" + e + "' is an escape only in like patterns; elsewhere write * for a star or \\\\* for a backslash and a star";
                    errorOffset = contentStart + i - 1;
                    return null;
                }
            }

            return sb.ToString();
        }

        private void UnexpectedAfterCondition(Token t, Token? open)
        {
            string expected = open == null
                ? "expected '&&', '||' or the end of the condition"
                : "expected '&&', '||' or ')' to close the '(' at column " + Column(open.Value.Start);
            if (t.Kind == TokenKind.End && open != null)
            {
                Fail("missing ')' to close the '(' at column " + Column(open.Value.Start), open.Value.Start, 1);
            }
            else if (t.Kind == TokenKind.RParen && open == null)
            {
                Fail("unexpected ')': there is no '(' to close", t.Start, t.Length);
            }
            else if (t.Kind == TokenKind.Identifier && t.Text.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                Fail("'" + t.Text + "' is not an operator; did you mean '&&'?", t.Start, t.Length);
            }
            else if (t.Kind == TokenKind.Identifier && t.Text.Equals("or", StringComparison.OrdinalIgnoreCase))
            {
                Fail("'" + t.Text + "' is not an operator; did you mean '||'?", t.Start, t.Length);
            }
            else if (t.Kind == TokenKind.Compare || IsLike(t))
            {
                FailAt(t, "comparisons cannot be chained: " + expected + Found(t));
            }
            else if (open == null)
            {
                FailAt(t, "unexpected text after the condition: " + expected + Found(t));
            }
            else
            {
                FailAt(t, expected + Found(t));
            }
        }

        // ---------------------------------------------------------------- errors

        private string Found(Token t) => t.Kind == TokenKind.End ? ", found the end of the condition" : ", found " + Describe(t);

        private string Describe(Token t)
        {
            switch (t.Kind)
            {
                case TokenKind.String:
                case TokenKind.Timestamp:
                    return Shorten(_s.Substring(t.Start, Math.Min(t.Length, 41)));
                case TokenKind.Other:
                    {
                        char c = _s[t.Start];
                        return c > 0x20 && c < 0x7F ? "'" + c + "'"
                            : "character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                    }

                default:
                    return "'" + Shorten(_s.Substring(t.Start, Math.Min(t.Length, 41))) + "'";
            }
        }

        /// <summary>Records an error at a token; a lexer error token reports its own message; at the end, underlines the previous token.</summary>
        private void FailAt(Token t, string message)
        {
            if (t.Kind == TokenKind.Error)
            {
                Fail(t.Text, t.Start, t.Length);
            }
            else if (t.Kind == TokenKind.End && _hasPrevious)
            {
                Fail(message, _previous.Start, _previous.Length);
            }
            else
            {
                Fail(message, t.Start, t.Length);
            }
        }

        private void Fail(string message, int offset, int length)
        {
            if (_error != null)
            {
                return;
            }

            if (offset < 0)
            {
                offset = 0;
            }

            if (offset > _s.Length)
            {
                offset = _s.Length;
            }

            if (length < 0 || offset + length > _s.Length)
            {
                length = _s.Length - offset;
            }

            _error = message;
            _errorOffset = offset;
            _errorLength = length;
        }

        // ---------------------------------------------------------------- lexer

        private Token Peek()
        {
            if (_peeked == null)
            {
                _peeked = Lex();
            }

            return _peeked.Value;
        }

        private Token Next()
        {
            Token t = Peek();
            _peeked = null;
            _previous = t;
            _hasPrevious = true;
            return t;
        }

        /// <summary>Whether the next token is '(' (looks at characters only, so no later error is reported early).</summary>
        private bool NextIsOpenParen()
        {
            if (_peeked != null)
            {
                return _peeked.Value.Kind == TokenKind.LParen;
            }

            int i = _pos;
            while (i < _s.Length && char.IsWhiteSpace(_s[i]))
            {
                i++;
            }

            return i < _s.Length && _s[i] == '(';
        }

        private Token Lex()
        {
            string s = _s;
            int n = s.Length;
            while (_pos < n && char.IsWhiteSpace(s[_pos]))
            {
                _pos++;
            }

            int start = _pos;
            if (start >= n)
            {
                return new Token(TokenKind.End, n, 0, string.Empty);
            }

            char c = s[start];
            char c1 = start + 1 < n ? s[start + 1] : '\0';
            char c2 = start + 2 < n ? s[start + 2] : '\0';
            switch (c)
            {
                case '$':
                    return LexPath();
                case '\'':
                    return LexString();
                case '"':
                    return LexDoubleQuoted();
                case '(':
                    return Punctuation(TokenKind.LParen, 1, "(");
                case ')':
                    return Punctuation(TokenKind.RParen, 1, ")");
                case ',':
                    return Punctuation(TokenKind.Comma, 1, ",");
                case '=':
                    if (c1 == '=')
                    {
                        return c2 == '='
                            ? Error("'===' is not an operator; did you mean '=='?", start, 3)
                            : Comparison(Op.Equals, "==");
                    }

                    return c1 == '>' ? Error("'=>' is not an operator; did you mean '>='?", start, 2)
                        : c1 == '<' ? Error("'=<' is not an operator; did you mean '<='?", start, 2)
                        : Error("'=' is not an operator; did you mean '=='?", start, 1);
                case '!':
                    if (c1 == '=')
                    {
                        return c2 == '='
                            ? Error("'!==' is not an operator; did you mean '!='?", start, 3)
                            : Comparison(Op.NotEquals, "!=");
                    }

                    return Punctuation(TokenKind.Not, 1, "!");
                case '<':
                    return c1 == '=' ? Comparison(Op.LessThanEquals, "<=")
                        : c1 == '>' ? Error("'<>' is not an operator; did you mean '!='?", start, 2)
                        : Comparison(Op.LessThan, "<");
                case '>':
                    return c1 == '=' ? Comparison(Op.GreaterThanEquals, ">=") : Comparison(Op.GreaterThan, ">");
                case '&':
                    return c1 == '&' ? Punctuation(TokenKind.AndAnd, 2, "&&") : Error("'&' is not an operator; did you mean '&&'?", start, 1);
                case '|':
                    return c1 == '|' ? Punctuation(TokenKind.OrOr, 2, "||") : Error("'|' is not an operator; did you mean '||'?", start, 1);
                case '+':
                    if (IsDigit(c1))
                    {
                        int end = NumberEnd(start + 1);
                        return Error("a number must not start with '+': write " + Shorten(s.Substring(start + 1, end - start - 1)), start, end - start);
                    }

                    break;
            }

            if (IsDigit(c) || (c == '-' && (IsDigit(c1) || c1 == '.')) || (c == '.' && IsDigit(c1)))
            {
                return LexNumber();
            }

            if (IsIdentifierStart(c))
            {
                return LexIdentifier();
            }

            int width = char.IsHighSurrogate(c) && char.IsLowSurrogate(c1) ? 2 : 1;
            _pos += width;
            return new Token(TokenKind.Other, start, width, s.Substring(start, width));
        }

        private Token Punctuation(TokenKind kind, int length, string text)
        {
            var t = new Token(kind, _pos, length, text);
            _pos += length;
            return t;
        }

        private Token Comparison(Op op, string text)
        {
            var t = new Token(TokenKind.Compare, _pos, text.Length, text, op);
            _pos += text.Length;
            return t;
        }

        private static Token Error(string message, int start, int length) => new Token(TokenKind.Error, start, length, message);

        /// <summary>
        /// At '$': the path runs until whitespace, an operator character (= ! &lt; &gt; &amp; |), ')' or ','
        /// outside brackets, parentheses and quotes; a backslash outside them escapes the next character.
        /// </summary>
        private Token LexPath()
        {
            string s = _s;
            int n = s.Length;
            int start = _pos;
            int i = start + 1;
            int brackets = 0;
            int parens = 0;
            while (i < n)
            {
                char c = s[i];
                bool nested = brackets > 0 || parens > 0;
                if (nested && (c == '\'' || c == '"'))
                {
                    i++;
                    while (i < n && s[i] != c)
                    {
                        i += s[i] == '\\' ? 2 : 1;
                    }

                    i = i < n ? i + 1 : n;
                    continue;
                }

                if (c == '\\' && !nested)
                {
                    i = Math.Min(i + 2, n);
                    continue;
                }

                if (c == '[')
                {
                    brackets++;
                }
                else if (c == ']')
                {
                    if (brackets > 0)
                    {
                        brackets--;
                    }
                }
                else if (c == '(')
                {
                    parens++;
                }
                else if (c == ')')
                {
                    if (parens == 0)
                    {
                        break;
                    }

                    parens--;
                }
                else if (!nested && (char.IsWhiteSpace(c) || c == '=' || c == '!' || c == '<' || c == '>' || c == '&' || c == '|' || c == ','))
                {
                    break;
                }

                i++;
            }

            _pos = i;
            string text = s.Substring(start, i - start);
            PathParseResult parsed = PathParser.Parse(text);
            if (!parsed.Success)
            {
                int length = parsed.ErrorLength > 0 ? parsed.ErrorLength : 1;
                return Error("invalid path '" + Shorten(text) + "': " + parsed.Error, start + parsed.ErrorOffset, length);
            }

            _paths.Add(new ConditionPath(text, start, text.Length, parsed));
            return new Token(TokenKind.Path, start, text.Length, text);
        }

        /// <summary>At a single quote: a string literal; checks its escapes (\' \\ \*).</summary>
        private Token LexString()
        {
            string s = _s;
            int start = _pos;
            if (!ScanString(start, out int end, out Token error))
            {
                return error;
            }

            _pos = end;
            return new Token(TokenKind.String, start, end - start, s.Substring(start + 1, end - start - 2));
        }

        /// <summary>Scans the string literal whose opening quote is at <paramref name="start"/>; <paramref name="end"/> is one past the closing quote.</summary>
        private bool ScanString(int start, out int end, out Token error)
        {
            string s = _s;
            int n = s.Length;
            int i = start + 1;
            while (i < n && s[i] != '\'')
            {
                if (s[i] == '\\')
                {
                    if (i + 1 >= n)
                    {
                        i = n;
                        break;
                    }

                    char e = s[i + 1];
                    if (e != '\'' && e != '\\' && e != '*')
                    {
                        string shown = e >= 0x20 && e < 0x7F ? "\\" + e : "\\ followed by U+" + ((int)e).ToString("X4", CultureInfo.InvariantCulture);
                        end = i;
                        error = Error(
                            "unknown escape '" + shown + "' in a string literal: write \\\\ for a backslash, \\' for a quote and, in a like pattern, \\* for a literal star",
                            i,
                            2);
                        return false;
                    }

                    i += 2;
                    continue;
                }

                i++;
            }

            if (i >= n)
            {
                end = n;
                error = Error("unterminated string literal: missing the closing '", start, n - start);
                return false;
            }

            end = i + 1;
            error = default;
            return true;
        }

        private Token LexDoubleQuoted()
        {
            string s = _s;
            int n = s.Length;
            int start = _pos;
            int i = start + 1;
            while (i < n && s[i] != '"')
            {
                i += s[i] == '\\' ? 2 : 1;
            }

            if (i >= n)
            {
                return Error("strings are written in single quotes, as in 'text'; found an unterminated double-quoted string", start, 1);
            }

            string content = s.Substring(start + 1, i - start - 1);
            return Error("strings are written in single quotes: write '" + Shorten(content) + "'", start, i + 1 - start);
        }

        /// <summary>One past the end of a number-like run starting at <paramref name="start"/>.</summary>
        private int NumberEnd(int start)
        {
            string s = _s;
            int n = s.Length;
            int i = start;
            if (i < n && s[i] == '-')
            {
                i++;
            }

            while (i < n)
            {
                char d = s[i];
                if (IsIdentifierPart(d) || d == '.')
                {
                    i++;
                }
                else if ((d == '+' || d == '-') && (s[i - 1] == 'e' || s[i - 1] == 'E') && i - 1 > start && IsDigit(s[i - 2]))
                {
                    i++;
                }
                else
                {
                    break;
                }
            }

            return i;
        }

        private Token LexNumber()
        {
            int start = _pos;
            int end = NumberEnd(start);
            _pos = end;
            string text = _s.Substring(start, end - start);
            if (JsonNumber.TryFromText(text) != null)
            {
                return new Token(TokenKind.Number, start, text.Length, text);
            }

            return Error("invalid number '" + Shorten(text) + "': " + NumberProblem(text), start, text.Length);
        }

        private static string NumberProblem(string text)
        {
            int i = text[0] == '-' ? 1 : 0;
            if (i >= text.Length || !IsDigit(text[i]))
            {
                return "a number must start with a digit, as in 0.5";
            }

            if (text[i] == '0' && i + 1 < text.Length && IsDigit(text[i + 1]))
            {
                return "leading zeros are not allowed";
            }

            while (i < text.Length && IsDigit(text[i]))
            {
                i++;
            }

            if (i < text.Length && text[i] == '.')
            {
                i++;
                if (i >= text.Length || !IsDigit(text[i]))
                {
                    return "expected a digit after the decimal point";
                }

                while (i < text.Length && IsDigit(text[i]))
                {
                    i++;
                }
            }

            if (i < text.Length && (text[i] == 'e' || text[i] == 'E'))
            {
                i++;
                if (i < text.Length && (text[i] == '+' || text[i] == '-'))
                {
                    i++;
                }

                if (i >= text.Length || !IsDigit(text[i]))
                {
                    return "expected a digit in the exponent";
                }
            }

            return "expected a number such as 42, -1.5 or 2.5e3";
        }

        private Token LexIdentifier()
        {
            string s = _s;
            int n = s.Length;
            int start = _pos;
            int i = start + 1;
            while (i < n && IsIdentifierPart(s[i]))
            {
                i++;
            }

            string name = s.Substring(start, i - start);
            _pos = i;
            if (name == "timestamp" && i < n && s[i] == '\'')
            {
                if (!ScanString(i, out int end, out Token error))
                {
                    return error;
                }

                _pos = end;
                string? value = Decode(s.Substring(i + 1, end - i - 2), i + 1, like: false, out string? decodeError, out int decodeOffset);
                if (value == null)
                {
                    return Error(decodeError ?? "invalid timestamp", decodeOffset, 2);
                }

                string? problem = TimestampLiteral.Check(value);
                if (problem != null)
                {
                    return Error("invalid timestamp '" + Shorten(value) + "': " + problem, start, end - start);
                }

                return new Token(TokenKind.Timestamp, start, end - start, value);
            }

            return new Token(TokenKind.Identifier, start, name.Length, name);
        }
    }
}
