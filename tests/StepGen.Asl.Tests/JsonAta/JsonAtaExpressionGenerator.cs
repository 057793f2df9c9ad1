using System;
using System.Collections.Generic;
using System.Text;

namespace StepGen.Asl.Tests.JsonAta;

/// <summary>
/// A seeded generator of JSONata expressions from the grammar (valid ones) and of broken ones (a token deleted,
/// duplicated or inserted), for the differential test against the reference.
/// </summary>
internal sealed class JsonAtaExpressionGenerator
{
    private static readonly string[] Names = { "a", "b", "items", "price", "`Order Id`", "and", "in" };
    private static readonly string[] Variables = { "$x", "$y", "$states", "$", "$$", "$i" };
    private static readonly string[] Functions = { "$sum", "$string", "$substring", "$map", "$count", "$uppercase", "$f" };
    private static readonly string[] Binary = { "+", "-", "*", "/", "%", "=", "!=", "<", "<=", ">", ">=", "&", "and", "or", "in", "~>", "?:", "??" };
    private static readonly string[] Tokens =
    {
        "(", ")", "[", "]", "{", "}", ".", ",", ";", ":", "?", "@", "#", "$x", "a", "1", "'s'", "-", "*", "**", "%", "^", "|", ":=", "..", "/", "~>", "=", "<", ">", "function", "!",
    };

    private static readonly string[] SoupTokens =
    {
        "(", ")", "[", "]", "{", "}", ".", ",", ";", ":", "?", "@", "#", "$x", "$", "$$", "a", "b", "1", "0.5", "'s'", "\"d\"", "-", "*", "**",
        "%", "^", "|", ":=", "..", "/", "~>", "=", "!=", "<", ">", "<=", ">=", "&", "and", "or", "in", "true", "null", "function", "λ",
        "/x/", "/x/i", "?:", "??", "`n`", "/* c */", "$f", "<", ">", "s", "n", "a<n>", "(sn)", "-", "+", "?", "!", "~", "\"\\u0041\"",
    };

    private readonly Random _random;

    public JsonAtaExpressionGenerator(int seed) => _random = new Random(seed);

    public string Valid() => Expression(0);

    /// <summary>A random sequence of 1 to 9 tokens, most of them nonsense: exercises the error paths.</summary>
    public string Soup()
    {
        int count = 1 + _random.Next(9);
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0 && _random.Next(3) > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Pick(SoupTokens));
        }

        return sb.ToString();
    }

    public string Broken()
    {
        List<string> tokens = Tokenize(Expression(0));
        int kind = _random.Next(3);
        int at = _random.Next(tokens.Count + 1);
        if (kind == 0 && tokens.Count > 1)
        {
            tokens.RemoveAt(Math.Min(at, tokens.Count - 1));
        }
        else if (kind == 1 && tokens.Count > 0)
        {
            int i = Math.Min(at, tokens.Count - 1);
            tokens.Insert(i, tokens[i]);
        }
        else
        {
            tokens.Insert(at, Tokens[_random.Next(Tokens.Length)]);
        }

        return string.Join(" ", tokens);
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        foreach (string part in text.Split(' '))
        {
            if (part.Length > 0)
            {
                tokens.Add(part);
            }
        }

        return tokens;
    }

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private string Expression(int depth)
    {
        if (depth > 3)
        {
            return Primary(depth);
        }

        switch (_random.Next(14))
        {
            case 0:
            case 1:
                return Expression(depth + 1) + " " + Pick(Binary) + " " + Expression(depth + 1);
            case 2:
                return Path(depth);
            case 3:
                return Expression(depth + 1) + " ? " + Expression(depth + 1) + (_random.Next(2) == 0 ? " : " + Expression(depth + 1) : "");
            case 4:
                return "( " + Pick(Variables) + " := " + Expression(depth + 1) + " ; " + Expression(depth + 1) + " )";
            case 5:
                return Pick(Functions) + " ( " + Arguments(depth) + " )";
            case 6:
                return "function ( $v , $w ) { " + Expression(depth + 1) + " }";
            case 7:
                return "[ " + Expression(depth + 1) + " , " + Expression(depth + 1) + " .. " + Expression(depth + 1) + " ]";
            case 8:
                return "{ " + Expression(depth + 1) + " : " + Expression(depth + 1) + " }";
            case 9:
                return "- " + Primary(depth);
            case 10:
                return "| " + Path(depth) + " | { 'k' : " + Expression(depth + 1) + " } |";
            default:
                return Primary(depth);
        }
    }

    private string Arguments(int depth)
    {
        int count = _random.Next(4);
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(" , ");
            }

            sb.Append(_random.Next(6) == 0 ? "?" : Expression(depth + 1));
        }

        return sb.ToString();
    }

    private string Path(int depth)
    {
        var sb = new StringBuilder(_random.Next(3) == 0 ? Pick(Variables) : Pick(Names));
        int steps = 1 + _random.Next(3);
        for (int i = 0; i < steps; i++)
        {
            switch (_random.Next(12))
            {
                case 0: sb.Append(" [ ").Append(Expression(depth + 1)).Append(" ]"); break;
                case 1: sb.Append(" [ ]"); break;
                case 2: sb.Append(" @ ").Append(Pick(Variables)); break;
                case 3: sb.Append(" # ").Append(Pick(Variables)); break;
                case 4: sb.Append(" ^ ( ").Append(_random.Next(2) == 0 ? "> " : "< ").Append(Pick(Names)).Append(" )"); break;
                case 5: sb.Append(" { ").Append(Pick(Names)).Append(" : ").Append(Expression(depth + 1)).Append(" }"); break;
                case 6: sb.Append(" . %"); break;
                case 7: sb.Append(" . *"); break;
                case 8: sb.Append(" . ( ").Append(Expression(depth + 1)).Append(" )"); break;
                default: sb.Append(" . ").Append(Pick(Names)); break;
            }
        }

        return sb.ToString();
    }

    private string Primary(int depth)
    {
        switch (_random.Next(9))
        {
            case 0: return _random.Next(100).ToString(System.Globalization.CultureInfo.InvariantCulture);
            case 1: return "'str'";
            case 2: return Pick(new[] { "true", "false", "null" });
            case 3: return Pick(Variables);
            case 4: return "/ab+c/i";
            case 5: return "[ ]";
            case 6: return "*";
            default: return Pick(Names);
        }
    }
}
