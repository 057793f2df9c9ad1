using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Ways to damage a valid source, each a family of deterministic edits (random ones use fixed seeds), so a
/// failure found once is found again on every run and on every machine.
/// </summary>
internal static class Mutations
{
    public const string Truncation = "truncation";
    public const string TokenDeletion = "token-deletion";
    public const string DelimiterDeletion = "delimiter-deletion";
    public const string ArgumentSwap = "argument-swap";
    public const string ArgumentListSwap = "argument-list-swap";
    public const string Unicode = "unicode";
    public const string HugeStrings = "huge-strings";
    public const string NumericExtremes = "numeric-extremes";
    public const string ValueExtremes = "value-extremes";
    public const string RandomJunk = "random-junk";

    /// <summary>The families in the order their mutations are counted: a source two families make belongs to the first.</summary>
    public static readonly string[] Families =
    {
        Truncation, TokenDeletion, DelimiterDeletion, ArgumentSwap, ArgumentListSwap, Unicode, HugeStrings, NumericExtremes, ValueExtremes, RandomJunk,
    };

    /// <summary>The mutations of one family on one source; <paramref name="seed"/> fixes the random ones.</summary>
    public static IEnumerable<string> Of(string family, string source, int seed)
    {
        var parsed = new Parsed(source);
        return family switch
        {
            Truncation => Truncations(parsed),
            TokenDeletion => TokenDeletions(parsed),
            DelimiterDeletion => DelimiterDeletions(parsed),
            ArgumentSwap => ArgumentSwaps(parsed),
            ArgumentListSwap => ArgumentListSwaps(parsed, new Random(seed)),
            Unicode => UnicodeInsertions(parsed, new Random(seed)),
            HugeStrings => HugeStringLiterals(parsed),
            NumericExtremes => NumericLiteralExtremes(parsed),
            ValueExtremes => OddValues(parsed),
            RandomJunk => Junk(parsed, new Random(seed)),
            _ => throw new ArgumentOutOfRangeException(nameof(family), family, "no such mutation family"),
        };
    }

    /// <summary>A source with its syntax tree, and the tokens and attributes the families edit.</summary>
    private sealed class Parsed
    {
        public Parsed(string text)
        {
            Text = text;
            Root = CSharpSyntaxTree.ParseText(text, TestCompilation.ParseOptions).GetRoot();
            Tokens = Root.DescendantTokens().ToList();
            Attributes = Root.DescendantNodes().OfType<AttributeSyntax>().ToList();
        }

        public string Text { get; }

        public SyntaxNode Root { get; }

        public List<SyntaxToken> Tokens { get; }

        public List<AttributeSyntax> Attributes { get; }

        public IEnumerable<SyntaxToken> StringLiterals => Tokens.Where(IsStringLiteral);

        public string Replace(TextSpan span, string with) => Text.Substring(0, span.Start) + with + Text.Substring(span.End);

        public string Insert(int at, string what) => Text.Insert(at, what);
    }

    private static bool IsStringLiteral(SyntaxToken token) =>
        token.Kind() is SyntaxKind.StringLiteralToken or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken;

    private static bool IsRaw(SyntaxToken token) => token.Kind() is not SyntaxKind.StringLiteralToken;

    /// <summary>Where a literal's characters start and end, inside its quotes.</summary>
    private static TextSpan Content(SyntaxToken literal)
    {
        string text = literal.Text;
        int start = text.StartsWith('@') ? 1 : 0;
        int quotes = 0;
        while (start + quotes < text.Length && text[start + quotes] == '"')
        {
            quotes++;
        }

        if (!IsRaw(literal))
        {
            quotes = 1;
        }

        int from = literal.SpanStart + start + quotes;
        int to = Math.Max(from, literal.Span.End - quotes);
        return TextSpan.FromBounds(from, to);
    }

    // ---- truncation: the code as it is seen while it is typed ----

    private static IEnumerable<string> Truncations(Parsed source)
    {
        foreach (SyntaxToken token in source.Tokens)
        {
            yield return source.Text.Substring(0, token.SpanStart);
            if (token.Span.Length > 1)
            {
                // Half a name, half a string, half a number.
                yield return source.Text.Substring(0, token.SpanStart + (token.Span.Length / 2));
            }

            yield return source.Text.Substring(0, token.Span.End);
        }
    }

    // ---- deletion: a missing name, comma, operator, keyword ----

    private static IEnumerable<string> TokenDeletions(Parsed source) =>
        source.Tokens.Where(t => t.Span.Length > 0).Select(t => source.Replace(t.Span, string.Empty));

    private static IEnumerable<string> DelimiterDeletions(Parsed source)
    {
        // Every quote and bracket on its own, including those inside string literals and raw strings.
        for (int i = 0; i < source.Text.Length; i++)
        {
            if (source.Text[i] is '"' or '(' or ')' or '[' or ']' or '{' or '}')
            {
                yield return source.Text.Remove(i, 1);
            }
        }
    }

    // ---- swaps: right values in the wrong places ----

    private static IEnumerable<string> ArgumentSwaps(Parsed source)
    {
        foreach (AttributeSyntax attribute in source.Attributes)
        {
            SeparatedSyntaxList<AttributeArgumentSyntax> arguments = attribute.ArgumentList?.Arguments ?? default;
            for (int i = 0; i < arguments.Count; i++)
            {
                for (int j = i + 1; j < arguments.Count; j++)
                {
                    yield return Swap(source.Text, arguments[i].Expression.Span, arguments[j].Expression.Span);
                }
            }
        }
    }

    private static IEnumerable<string> ArgumentListSwaps(Parsed source, Random random)
    {
        const int MaxPairsPerSource = 250;
        var pairs = new List<(int, int)>();
        for (int i = 0; i < source.Attributes.Count; i++)
        {
            for (int j = i + 1; j < source.Attributes.Count; j++)
            {
                pairs.Add((i, j));
            }
        }

        if (pairs.Count > MaxPairsPerSource)
        {
            pairs = pairs.OrderBy(_ => random.Next()).Take(MaxPairsPerSource).OrderBy(p => p).ToList();
        }

        foreach ((int i, int j) in pairs)
        {
            // An attribute without a list takes the other's list, and gives it none.
            TextSpan first = ListSpan(source.Attributes[i]), second = ListSpan(source.Attributes[j]);
            yield return Swap(source.Text, first, second);
        }

        static TextSpan ListSpan(AttributeSyntax attribute) => attribute.ArgumentList?.Span ?? new TextSpan(attribute.Name.Span.End, 0);
    }

    /// <summary>Exchanges two non-overlapping spans of <paramref name="text"/>.</summary>
    private static string Swap(string text, TextSpan a, TextSpan b)
    {
        if (b.Start < a.Start)
        {
            (a, b) = (b, a);
        }

        return text.Substring(0, a.Start) + text.Substring(b.Start, b.Length) + text.Substring(a.End, b.Start - a.End)
            + text.Substring(a.Start, a.Length) + text.Substring(b.End);
    }

    // ---- Unicode: characters that break assumptions about text ----

    /// <summary>Raw characters: lone surrogates, NUL, direction marks, emoji, line separators, combining marks and more.</summary>
    private static readonly string[] OddCharacters =
    {
        "\uD800", "\uDC00", "\uDBFF\uDBFF", "\0", "\u200F", "\u202E", "\u2066", "\uD83D\uDE00", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
        "\u2028", "\u2029", "\u0085", "\u0301", "e\u0301\u0301\u0301", "\u200B", "\uFEFF", "\uFFFF", "\uFFFE", "\u00A0", "\u3000", "\t", "\r", "\u000B",
        "\uDBFF\uDFFF", "\u0130", "\u00DF", "\uFB00", "\u0007", "\u001B[31m", "\uD800\uD800\uDC00", "\u0600", "\u061C",
    };

    /// <summary>The same kinds of characters written as C# escapes, so the string's value holds them while the source stays valid.</summary>
    private static readonly string[] OddEscapes =
    {
        "\\0", "\\uD800", "\\uDC00", "\\uDBFF\\uDBFF", "\\u2028", "\\u2029", "\\u202E", "\\u200F", "\\U0001F600", "\\U0010FFFF", "\\x0",
        "\\uFFFF", "\\uFEFF", "\\u0301", "\\u0085", "\\a\\b\\f\\v", "\\u0000\\u0000", "\\uD83D",
    };

    private static IEnumerable<string> UnicodeInsertions(Parsed source, Random random)
    {
        const int Anywhere = 150, InStrings = 150, Escaped = 60;
        for (int i = 0; i < Anywhere; i++)
        {
            yield return source.Insert(random.Next(source.Text.Length + 1), Pick(random, OddCharacters));
        }

        List<SyntaxToken> literals = source.StringLiterals.ToList();
        if (literals.Count == 0)
        {
            yield break;
        }

        for (int i = 0; i < InStrings; i++)
        {
            TextSpan content = Content(literals[random.Next(literals.Count)]);
            yield return source.Insert(random.Next(content.Start, content.End + 1), Pick(random, OddCharacters));
        }

        List<SyntaxToken> escaping = literals.Where(l => !IsRaw(l)).ToList();
        for (int i = 0; i < Escaped && escaping.Count > 0; i++)
        {
            TextSpan content = Content(escaping[random.Next(escaping.Count)]);
            int at = random.Next(content.Start, content.End + 1);

            // Not inside an escape of the source's own: back up to a character that does not follow a backslash.
            while (at > content.Start && source.Text[at - 1] == '\\')
            {
                at--;
            }

            yield return source.Insert(at, Pick(random, OddEscapes));
        }
    }

    private static string Pick(Random random, string[] from) => from[random.Next(from.Length)];

    // ---- huge strings: sizes and depths far beyond anything written by hand ----

    private enum Role
    {
        Json,
        Path,
        Condition,
        Other,
    }

    private static readonly Lazy<string[]> Common = new(() => new[]
    {
        new string('x', 100_000),
        Repeat("\"{%$.[\\'", 8_000),
        Repeat("${A}", 10_000),
    });

    private static readonly Lazy<string[]> JsonPayloads = new(() => new[]
    {
        new string('[', 50_000) + new string(']', 50_000),
        Repeat("{\"a\":", 20_000) + "1" + new string('}', 20_000),
        "{" + string.Join(",", Enumerable.Range(0, 10_000).Select(i => $"\"k{i}.$\": \"$.a{i}\"")) + "}",
        "{\"a\": \"" + new string('y', 100_000) + "\"}",
        "{% " + new string('(', 50_000) + "1" + new string(')', 50_000) + " %}",
        "{ \"v\": \"{% " + Repeat("$states.input.a & ", 10_000) + "'' %}\" }",
        "[" + Repeat("1e999999,", 10_000) + "-0]",
        new string('{', 100_000),
    });

    private static readonly Lazy<string[]> PathPayloads = new(() => new[]
    {
        "$" + Repeat(".a", 50_000),
        "$" + Repeat("['a.b']", 15_000),
        "$" + Repeat("[0]", 30_000),
        "$" + Repeat("..a", 20_000),
        Repeat("States.Format(", 5_000) + "'x'" + new string(')', 5_000),
        Repeat("States.Array(", 33) + "$" + new string(')', 33),
        "States.Array(" + string.Join(",", Enumerable.Repeat("$.a", 20_000)) + ")",
        "$$." + Repeat("Execution.", 10_000) + "Id",
        "{% " + Repeat("$states.input.", 10_000) + "a %}",
    });

    private static readonly Lazy<string[]> ConditionPayloads = new(() => new[]
    {
        string.Join(" && ", Enumerable.Repeat("$.a == 1", 10_000)),
        new string('(', 50_000) + "$.a == 1" + new string(')', 50_000),
        new string('!', 50_000) + "ispresent($.a)",
        "$.a == '" + new string('z', 100_000) + "'",
        "$.a < timestamp'" + new string('9', 100_000) + "'",
        "{% " + Repeat("$a and ", 10_000) + "true %}",
        string.Join(" || ", Enumerable.Range(0, 5_000).Select(i => $"$.a{i} like '*{i}*'")),
    });

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static IEnumerable<string> HugeStringLiterals(Parsed source)
    {
        int rotation = 0;
        foreach (SyntaxToken literal in source.StringLiterals)
        {
            string[] payloads = RoleOf(literal) switch
            {
                Role.Json => JsonPayloads.Value,
                Role.Path => PathPayloads.Value,
                Role.Condition => ConditionPayloads.Value,
                _ => Array.Empty<string>(),
            };

            // Every literal gets the 100k-character string; two role payloads take turns, so each is used often.
            foreach (string payload in Common.Value.Take(1).Concat(Common.Value.Skip(1 + (rotation % 2)).Take(1)))
            {
                yield return source.Replace(literal.Span, SymbolDisplay.FormatLiteral(payload, quote: true));
            }

            for (int k = 0; k < Math.Min(2, payloads.Length); k++)
            {
                yield return source.Replace(literal.Span, SymbolDisplay.FormatLiteral(payloads[(rotation + k) % payloads.Length], quote: true));
            }

            rotation++;
        }
    }

    private static Role RoleOf(SyntaxToken literal)
    {
        AttributeArgumentSyntax? argument = literal.Parent?.FirstAncestorOrSelf<AttributeArgumentSyntax>();
        if (argument?.Parent?.Parent is not AttributeSyntax attribute)
        {
            return Role.Other;
        }

        string attributeName = attribute.Name.ToString();
        string? name = argument.NameEquals?.Name.Identifier.ValueText;
        if (name is null)
        {
            int position = ((AttributeArgumentListSyntax)argument.Parent).Arguments.IndexOf(argument);
            return attributeName switch
            {
                "When" when position == 0 => Role.Condition,
                "Parameter" or "Body" or "Header" or "QueryParameter" when position == 1 => Role.Json,
                _ => Role.Other,
            };
        }

        return name switch
        {
            "Result" or "Parameters" or "ResultSelector" or "ItemSelector" or "RequestBody" or "Arguments" or "Output" or "Assign"
                or "ItemReader" or "ItemBatcher" or "ResultWriter" or "Condition" => Role.Json,
            "Path" or "InputPath" or "OutputPath" or "ResultPath" or "ItemsPath" or "Items" or "SecondsPath" or "TimestampPath" or "ErrorPath"
                or "CausePath" or "MaxConcurrencyPath" or "TimeoutSecondsPath" or "HeartbeatSecondsPath" or "ToleratedFailureCountPath"
                or "ToleratedFailurePercentagePath" or "Timestamp" => Role.Path,
            _ => Role.Other,
        };
    }

    // ---- numbers at their limits ----

    private static readonly string[] IntExtremes = { "int.MaxValue", "int.MinValue", "-1", "0" };

    private static readonly string[] DoubleExtremes =
    {
        "double.NaN", "double.PositiveInfinity", "double.NegativeInfinity", "double.MaxValue", "double.Epsilon", "-0.0", "-1.0", "0.0",
    };

    /// <summary>The numeric properties of each attribute, and whether each is a double.</summary>
    private static readonly Dictionary<string, (string Name, bool IsDouble)[]> NumericProperties = new()
    {
        ["StateMachine"] = new[] { ("TimeoutSeconds", false) },
        ["Task"] = new[] { ("TimeoutSeconds", false), ("HeartbeatSeconds", false) },
        ["HttpTask"] = new[] { ("TimeoutSeconds", false), ("HeartbeatSeconds", false) },
        ["Wait"] = new[] { ("Seconds", false) },
        ["Map"] = new[] { ("MaxConcurrency", false), ("ToleratedFailureCount", false), ("ToleratedFailurePercentage", true) },
        ["Retry"] = new[] { ("IntervalSeconds", false), ("MaxAttempts", false), ("MaxDelaySeconds", false), ("BackoffRate", true) },
    };

    private static IEnumerable<string> NumericLiteralExtremes(Parsed source)
    {
        // Every numeric literal written in the source, at the limits of its type.
        foreach (SyntaxToken number in source.Tokens.Where(t => t.IsKind(SyntaxKind.NumericLiteralToken)))
        {
            bool isDouble = number.Value is double or float
                || number.Parent?.FirstAncestorOrSelf<AttributeArgumentSyntax>() is { NameEquals: null } // an object value: any number will do
                || number.Parent?.FirstAncestorOrSelf<AttributeArgumentSyntax>()?.NameEquals?.Name.Identifier.ValueText is "BackoffRate" or "ToleratedFailurePercentage";
            foreach (string value in isDouble ? IntExtremes.Concat(DoubleExtremes) : IntExtremes)
            {
                yield return source.Replace(number.Span, value);
            }
        }

        // Every numeric property of every attribute, set to each limit whether the source sets it or not.
        foreach (AttributeSyntax attribute in source.Attributes)
        {
            if (!NumericProperties.TryGetValue(attribute.Name.ToString(), out (string Name, bool IsDouble)[]? properties))
            {
                continue;
            }

            foreach ((string name, bool isDouble) in properties)
            {
                foreach (string value in isDouble ? IntExtremes.Concat(DoubleExtremes) : IntExtremes)
                {
                    yield return SetNamed(source, attribute, name, value);
                }
            }
        }
    }

    /// <summary>Sets a named argument of an attribute: replaces its value, or adds it.</summary>
    private static string SetNamed(Parsed source, AttributeSyntax attribute, string name, string value)
    {
        AttributeArgumentSyntax? existing = attribute.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        if (existing is not null)
        {
            return source.Replace(existing.Expression.Span, value);
        }

        return AddArgument(source, attribute, $"{name} = {value}", positional: false);
    }

    private static string AddArgument(Parsed source, AttributeSyntax attribute, string argument, bool positional)
    {
        AttributeArgumentListSyntax? list = attribute.ArgumentList;
        if (list is null)
        {
            return source.Insert(attribute.Name.Span.End, $"({argument})");
        }

        if (list.Arguments.Count == 0)
        {
            return source.Insert(list.OpenParenToken.Span.End, argument);
        }

        if (positional)
        {
            // After the last positional argument, before the named ones.
            AttributeArgumentSyntax? lastPositional = list.Arguments.LastOrDefault(a => a.NameEquals is null);
            if (lastPositional is not null)
            {
                return source.Insert(lastPositional.Span.End, ", " + argument);
            }

            return source.Insert(list.OpenParenToken.Span.End, argument + ", ");
        }

        return source.Insert(list.Arguments.Last().Span.End, ", " + argument);
    }

    // ---- odd values: legal C# that no one would write ----

    private static readonly string[] ObjectValues =
    {
        "double.NaN", "double.PositiveInfinity", "double.NegativeInfinity", "float.NaN", "float.MaxValue", "long.MaxValue", "long.MinValue",
        "ulong.MaxValue", "int.MinValue", "-0.0", "1e308", "double.Epsilon", "(byte)255", "(sbyte)-128", "(short)-1", "'\\0'", "'\\uD800'", "'\"'",
        "true", "null", "\"\"", "\"\\uD800\"", "new int[0]", "new object[] { 1, \"a\", null, 2.5 }", "new[] { double.NaN }", "new string[] { null }",
        "typeof(int)", "typeof(System.Collections.Generic.List<>)", "QueryLanguage.JsonAta", "(QueryLanguage)7",
    };

    private static readonly string[] QueryLanguages = { "(QueryLanguage)2", "(QueryLanguage)(-1)", "(QueryLanguage)int.MaxValue", "QueryLanguage.JsonAta" };

    private static readonly string[] TypeValues =
    {
        "typeof(int)", "typeof(void)", "typeof(string[])", "typeof(int[,])", "typeof(System.Collections.Generic.List<>)",
        "typeof(System.Collections.Generic.Dictionary<string, object>)", "typeof(object)", "typeof((int, string))", "typeof(int?)", "null",
    };

    private static readonly string[] TypeArrayValues =
    {
        "new System.Type[0]", "new System.Type[] { null }", "new[] { typeof(int) }", "new[] { typeof(void), typeof(string[]) }", "null",
    };

    private static readonly HashSet<string> StateAttributes = new() { "StateMachine", "Pass", "Task", "HttpTask", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map" };

    private static IEnumerable<string> OddValues(Parsed source)
    {
        foreach (AttributeSyntax attribute in source.Attributes)
        {
            string name = attribute.Name.ToString();

            // The object value of a parameter, header, query parameter or body field.
            if (name is "Parameter" or "Body" or "Header" or "QueryParameter")
            {
                SeparatedSyntaxList<AttributeArgumentSyntax> arguments = attribute.ArgumentList?.Arguments ?? default;
                AttributeArgumentSyntax? value = arguments.Where(a => a.NameEquals is null).Skip(1).FirstOrDefault();
                foreach (string odd in ObjectValues)
                {
                    yield return value is null ? AddArgument(source, attribute, odd, positional: true) : source.Replace(value.Expression.Span, odd);
                }
            }

            // A query language that is not one of the enum's members.
            if (StateAttributes.Contains(name))
            {
                foreach (string language in QueryLanguages)
                {
                    yield return SetNamed(source, attribute, "QueryLanguage", language);
                }
            }

            // Types that are not what a processor, branch, endpoint or input should be.
            foreach (AttributeArgumentSyntax argument in attribute.ArgumentList?.Arguments ?? default)
            {
                string[] replacements = argument.Expression switch
                {
                    TypeOfExpressionSyntax => TypeValues,
                    ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax when argument.Expression.ToString().Contains("typeof(") => TypeArrayValues,
                    _ => Array.Empty<string>(),
                };
                foreach (string replacement in replacements)
                {
                    yield return source.Replace(argument.Expression.Span, replacement);
                }
            }
        }
    }

    // ---- random junk: the damage a careless paste does ----

    private static IEnumerable<string> Junk(Parsed source, Random random)
    {
        string[] junk = { "\u0000", "\uD800", "\uD83D\uDE00", "\u2028", "\"", "(", ")", "{", "}", "$", "\\", new string('x', 5000), "nameof(", "= ", ",", "\"\"\"", "typeof(", "[", "]", "//", "/*", "#if X\n" };
        for (int i = 0; i < 60; i++)
        {
            yield return source.Insert(random.Next(source.Text.Length + 1), junk[random.Next(junk.Length)]);
            int a = random.Next(source.Tokens.Count), b = random.Next(source.Tokens.Count);
            if (a != b)
            {
                yield return Swap(source.Text, source.Tokens[a].Span, source.Tokens[b].Span);
            }
        }
    }
}
