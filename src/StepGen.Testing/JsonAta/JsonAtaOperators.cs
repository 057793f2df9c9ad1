using System;

using StepGen.Asl.JsonAta;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// The infix operators with the reference's type rules: arithmetic needs numbers (T2001 left, T2002 right),
/// ordering comparisons need two numbers or two strings (T2010, T2009), <c>=</c> is deep equality and false with
/// an undefined side, <c>&amp;</c> joins <c>$string</c> texts, <c>..</c> makes an integer range (T2003, T2004,
/// D2014), <c>in</c> tests membership, <c>and</c>/<c>or</c> short-circuit on truthiness.
/// </summary>
internal static class JsonAtaOperators
{
    /// <summary>The most items a range may have (the reference's limit).</summary>
    public const double MaxRangeSize = 1e7;

    public static object? Evaluate(JsonAtaEvaluator evaluator, JsonAtaBinaryNode node, object? input, JsonAtaFrame frame)
    {
        object? left = evaluator.Evaluate(node.Left, input, frame);
        string op = node.Operator;
        if (op == "and" || op == "or")
        {
            bool l = JsonAtaValues.Truthy(left) == true;
            if (op == "and")
            {
                return JsonAtaValues.Box(l && JsonAtaValues.Truthy(evaluator.Evaluate(node.Right, input, frame)) == true);
            }

            return JsonAtaValues.Box(l || JsonAtaValues.Truthy(evaluator.Evaluate(node.Right, input, frame)) == true);
        }

        object? right = evaluator.Evaluate(node.Right, input, frame);
        try
        {
            switch (op)
            {
                case "+":
                case "-":
                case "*":
                case "/":
                case "%":
                    return Arithmetic(left, right, op);
                case "=":
                    return left is null || right is null ? JsonAtaValues.False : JsonAtaValues.Box(JsonAtaValues.DeepEqual(left, right));
                case "!=":
                    return left is null || right is null ? JsonAtaValues.False : JsonAtaValues.Box(!JsonAtaValues.DeepEqual(left, right));
                case "<":
                case "<=":
                case ">":
                case ">=":
                    return Compare(left, right, op);
                case "&":
                    return (left is null ? string.Empty : JsonAtaValues.ToJsonAtaString(left)) + (right is null ? string.Empty : JsonAtaValues.ToJsonAtaString(right));
                case "..":
                    return Range(left, right);
                case "in":
                    return In(left, right);
                default:
                    throw new JsonAtaException("S0204", "Unknown operator: " + op, node.Start, op);
            }
        }
        catch (JsonAtaException e) when (e.Position < 0)
        {
            throw new JsonAtaException(e.Code, e.Message, node.Start, op);
        }
    }

    private static object? Arithmetic(object? left, object? right, string op)
    {
        if (left is not null && !JsonAtaValues.IsNumber(left))
        {
            throw new JsonAtaException("T2001", "The left side of the " + op + " operator must evaluate to a number");
        }

        if (right is not null && !JsonAtaValues.IsNumber(right))
        {
            throw new JsonAtaException("T2002", "The right side of the " + op + " operator must evaluate to a number");
        }

        if (left is null || right is null)
        {
            return null;
        }

        double a = (double)left;
        double b = (double)right;
        return op switch
        {
            "+" => a + b,
            "-" => a - b,
            "*" => a * b,
            "/" => a / b,
            _ => a % b, // JavaScript's remainder takes the sign of the dividend, as C#'s does on doubles
        };
    }

    private static object? Compare(object? left, object? right, string op)
    {
        bool leftComparable = left is null || left is string || left is double;
        bool rightComparable = right is null || right is string || right is double;
        if (!leftComparable || !rightComparable)
        {
            throw new JsonAtaException("T2010", "The values either side of " + op + " must be numbers or strings");
        }

        if (left is null || right is null)
        {
            return null;
        }

        if (left.GetType() != right.GetType())
        {
            throw new JsonAtaException("T2009", "The values " + JsonAtaEvaluator.Describe(left) + " and " + JsonAtaEvaluator.Describe(right) + " either side of " + op + " must be of the same type");
        }

        if (left is string ls)
        {
            int c = string.CompareOrdinal(ls, (string)right);
            return JsonAtaValues.Box(op switch { "<" => c < 0, "<=" => c <= 0, ">" => c > 0, _ => c >= 0 });
        }

        double a = (double)left;
        double b = (double)right;
        return JsonAtaValues.Box(op switch { "<" => a < b, "<=" => a <= b, ">" => a > b, _ => a >= b });
    }

    private static object? Range(object? left, object? right)
    {
        if (left is not null && !IsInteger(left))
        {
            throw new JsonAtaException("T2003", "The left side of the range operator (..) must evaluate to an integer");
        }

        if (right is not null && !IsInteger(right))
        {
            throw new JsonAtaException("T2004", "The right side of the range operator (..) must evaluate to an integer");
        }

        if (left is null || right is null)
        {
            return null;
        }

        double from = (double)left;
        double to = (double)right;
        if (from > to)
        {
            return null;
        }

        double size = to - from + 1;
        if (size > MaxRangeSize)
        {
            throw new JsonAtaException("D2014", "A range may have at most 1e7 items; this one would have " + JsonAtaValues.NumberToString(size));
        }

        var result = new JsonAtaSequence((int)size) { IsSequence = true };
        for (double item = from; item <= to; item++)
        {
            result.Add(item);
        }

        return result;
    }

    private static bool IsInteger(object value) => value is double d && !double.IsInfinity(d) && d == Math.Floor(d);

    private static object In(object? left, object? right)
    {
        if (left is null || right is null)
        {
            return JsonAtaValues.False;
        }

        if (right is JsonAtaSequence list)
        {
            foreach (object? item in list)
            {
                if (StrictEquals(item, left))
                {
                    return JsonAtaValues.True;
                }
            }

            return JsonAtaValues.False;
        }

        return JsonAtaValues.Box(StrictEquals(right, left));
    }

    /// <summary>JavaScript's <c>===</c>: values for numbers, strings and booleans, identity for the rest.</summary>
    private static bool StrictEquals(object? a, object? b) => a switch
    {
        double x => b is double y && x == y,
        string s => b is string t && string.Equals(s, t, StringComparison.Ordinal),
        bool p => b is bool q && p == q,
        _ => ReferenceEquals(a, b),
    };
}
