using System;
using System.Collections.Generic;
using System.Globalization;
using StepGen.Asl.Text;
using static StepGen.Asl.Conditions.ConditionText;

namespace StepGen.Asl.Conditions;

/// <summary>
/// The recursive-descent parser of a condition: reads the tokens of <see cref="ConditionLexer"/> into a
/// <see cref="ConditionSyntax"/> tree (||, &amp;&amp;, !, parentheses, comparisons, type tests) and reports the first
/// syntax error. It does not look at types: which Choice rule a comparison becomes, and whether its operands can be
/// compared, is <see cref="ChoiceRuleWriter"/>'s job. The grammar is on <see cref="ConditionCompiler"/>.
/// </summary>
internal sealed partial class ConditionParser
{
    private readonly string _s;
    private readonly ConditionLexer _lexer;
    private readonly List<ComparisonSyntax> _comparisons = new List<ComparisonSyntax>();
    private ConditionToken? _peeked;
    private ConditionToken _previous;
    private bool _hasPrevious;
    private int _depth;
    private ConditionError? _error;

    private ConditionParser(string condition)
    {
        _s = condition;
        _lexer = new ConditionLexer(condition);
    }

    /// <summary>Parses <paramref name="condition"/>. Never throws.</summary>
    public static ConditionParseResult Parse(string condition) => new ConditionParser(condition).Run();

    private ConditionParseResult Run()
    {
        ConditionSyntax? root = null;
        if (IsBlank())
        {
            Fail("empty condition: expected a condition such as $.status == 'OK'", 0, _s.Length);
        }
        else
        {
            root = ParseOr();
            if (root != null)
            {
                ConditionToken next = Peek();
                if (next.Kind != ConditionTokenKind.End)
                {
                    UnexpectedAfterCondition(next, null);
                    root = null;
                }
            }
        }

        return new ConditionParseResult(root, _error, _comparisons, _lexer.Paths);
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

    // ---------------------------------------------------------------- tokens

    private ConditionToken Peek()
    {
        if (_peeked == null)
        {
            _peeked = _lexer.Lex();
        }

        return _peeked.Value;
    }

    private ConditionToken Next()
    {
        ConditionToken t = Peek();
        _peeked = null;
        _previous = t;
        _hasPrevious = true;
        return t;
    }

    /// <summary>Whether the next token is '(' (looks at characters only, so no later error is reported early).</summary>
    private bool NextIsOpenParen() =>
        _peeked != null ? _peeked.Value.Kind == ConditionTokenKind.LParen : _lexer.NextCharIsOpenParen();

    // ---------------------------------------------------------------- grammar

    private ConditionSyntax? ParseOr() => ParseLogical(LogicalOperator.Or);

    private ConditionSyntax? ParseAnd() => ParseLogical(LogicalOperator.And);

    /// <summary><c>or := and ( '||' and )*</c> and <c>and := unary ( '&amp;&amp;' unary )*</c>.</summary>
    private ConditionSyntax? ParseLogical(LogicalOperator op)
    {
        ConditionTokenKind separator = op == LogicalOperator.Or ? ConditionTokenKind.OrOr : ConditionTokenKind.AndAnd;
        int start = Peek().Start;
        ConditionSyntax? first = op == LogicalOperator.Or ? ParseAnd() : ParseUnary();
        if (first == null || Peek().Kind != separator)
        {
            return first;
        }

        var operands = new List<ConditionSyntax> { first };
        while (Peek().Kind == separator)
        {
            Next();
            ConditionSyntax? next = op == LogicalOperator.Or ? ParseAnd() : ParseUnary();
            if (next == null)
            {
                return null;
            }

            operands.Add(next);
        }

        return new LogicalSyntax(op, operands, start, _previous.End - start);
    }

    private ConditionSyntax? ParseUnary()
    {
        List<int>? bangs = null;
        while (Peek().Kind == ConditionTokenKind.Not)
        {
            ConditionToken bang = Next();
            if (!Enter(bang))
            {
                _depth -= bangs?.Count ?? 0;
                return null;
            }

            bangs ??= new List<int>();
            bangs.Add(bang.Start);
        }

        ConditionSyntax? operand = ParsePrimary();
        if (bangs == null)
        {
            return operand;
        }

        _depth -= bangs.Count;
        if (operand == null)
        {
            return null;
        }

        int end = _previous.End;
        for (int i = bangs.Count - 1; i >= 0; i--)
        {
            operand = new NotSyntax(operand, bangs[i], end - bangs[i]);
        }

        return operand;
    }

    private ConditionSyntax? ParsePrimary()
    {
        ConditionToken t = Peek();
        if (t.Kind == ConditionTokenKind.LParen)
        {
            Next();
            if (!Enter(t))
            {
                return null;
            }

            ConditionSyntax? inner = ParseOr();
            _depth--;
            if (inner == null)
            {
                return null;
            }

            ConditionToken close = Peek();
            if (close.Kind != ConditionTokenKind.RParen)
            {
                UnexpectedAfterCondition(close, t);
                return null;
            }

            Next();
            return inner;
        }

        if (t.Kind == ConditionTokenKind.Identifier)
        {
            string? test = ConditionFunctions.TypeTestOperator(t.Text);
            if (test != null)
            {
                return ParseTypeTest(test);
            }
        }

        return ParseComparison();
    }

    private bool Enter(ConditionToken t)
    {
        if (_depth >= ConditionCompiler.MaxNesting)
        {
            Fail(
                "nested too deeply: a condition may nest at most " + ConditionCompiler.MaxNesting.ToString(CultureInfo.InvariantCulture)
                + " parentheses and negations",
                t.Start,
                t.Length);
            return false;
        }

        _depth++;
        return true;
    }

    /// <summary>At a type-test name: <c>ispresent($.x)</c> and the like.</summary>
    private TypeTestSyntax? ParseTypeTest(string aslOperator)
    {
        ConditionToken name = Next();
        if (!ParseCallArgument(name, out ConditionToken path, out int end))
        {
            return null;
        }

        ConditionToken after = Peek();
        if (after.Kind == ConditionTokenKind.Compare || IsLike(after))
        {
            Fail(
                name.Text + "(...) is already a condition: it cannot be compared with '" + after.Text
                + "'; write " + name.Text + "(...) or !" + name.Text + "(...)",
                after.Start,
                after.Length);
            return null;
        }

        return new TypeTestSyntax(name.Text, aslOperator, path.Text, name.Start, end - name.Start);
    }

    /// <summary>After a function name: reads <c>( PATH )</c>; false after an error. <paramref name="end"/> is one past the ')'.</summary>
    private bool ParseCallArgument(ConditionToken name, out ConditionToken path, out int end)
    {
        path = default;
        end = name.End;
        ConditionToken open = Peek();
        if (open.Kind != ConditionTokenKind.LParen)
        {
            if (name.Text == "timestamp")
            {
                FailAt(
                    open,
                    open.Kind == ConditionTokenKind.String
                        ? "write a timestamp literal without a space, as in timestamp'2024-01-01T00:00:00Z'"
                        : "expected a timestamp literal such as timestamp'2024-01-01T00:00:00Z' or timestamp($.path) after 'timestamp'" + Found(open));
            }
            else
            {
                FailAt(open, "expected '(' after '" + name.Text + "': write " + name.Text + "($.path)" + Found(open));
            }

            return false;
        }

        Next();
        ConditionToken arg = Peek();
        if (arg.Kind != ConditionTokenKind.Path)
        {
            FailAt(arg, name.Text + "(...) takes a path such as $.status" + Found(arg));
            return false;
        }

        Next();
        ConditionToken close = Peek();
        if (close.Kind != ConditionTokenKind.RParen)
        {
            FailAt(
                close,
                (close.Kind == ConditionTokenKind.Comma
                    ? name.Text + "(...) takes exactly one path: expected ')'"
                    : "expected ')' after the path in " + name.Text + "(...)")
                + Found(close));
            return false;
        }

        Next();
        path = arg;
        end = close.End;
        return true;
    }

    private static bool IsLike(ConditionToken t) => t.Kind == ConditionTokenKind.Identifier && t.Text == "like";

    private ComparisonSyntax? ParseComparison()
    {
        OperandSyntax? left = ParseOperand(null);
        if (left == null)
        {
            return null;
        }

        ConditionToken opToken = Peek();
        ComparisonOperator op;
        if (opToken.Kind == ConditionTokenKind.Compare)
        {
            op = opToken.Operator;
        }
        else if (IsLike(opToken))
        {
            op = ComparisonOperator.Like;
        }
        else
        {
            if (opToken.Kind == ConditionTokenKind.Identifier && string.Equals(opToken.Text, "like", StringComparison.OrdinalIgnoreCase))
            {
                FailAt(opToken, "'" + opToken.Text + "' is not an operator; did you mean 'like'?");
            }
            else
            {
                string message = "expected a comparison operator (==, !=, <, <=, >, >=, like) after '"
                    + Excerpt.Of(_s.Substring(left.Offset, Math.Min(left.Length, 41))) + "'";
                if (opToken.Kind == ConditionTokenKind.End)
                {
                    Fail(message, left.Offset, left.Length);
                }
                else
                {
                    FailAt(opToken, message + Found(opToken));
                }
            }

            return null;
        }

        Next();
        OperandSyntax? right = ParseOperand(opToken);
        if (right == null)
        {
            return null;
        }

        var comparison = new ComparisonSyntax(left, op, opToken.Text, opToken.Start, right);
        _comparisons.Add(comparison);
        return comparison;
    }
}
