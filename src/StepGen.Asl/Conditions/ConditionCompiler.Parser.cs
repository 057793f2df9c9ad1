using System;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Json;

namespace StepGen.Asl.Conditions;

/// <summary><see cref="ConditionCompiler"/>: the recursive-descent parser of a condition (||, &amp;&amp;, !, parentheses, comparisons, type tests).</summary>
public static partial class ConditionCompiler
{
    private sealed partial class Parser
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
    }
}
