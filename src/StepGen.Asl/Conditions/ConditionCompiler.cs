using System;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Compile;
using StepGen.Asl.Json;

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
public static partial class ConditionCompiler
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
}
