using System.Collections.Generic;

using StepGen.Asl.Json;

namespace StepGen.Asl.Conditions;

/// <summary>
/// Compiles a <c>[When]</c> condition such as <c>$.type == 'ERROR' &amp;&amp; $.count &gt;= 3</c> into an ASL
/// choice rule (JSONPath query language, without <c>Next</c>): <see cref="ConditionParser"/> reads the text into a
/// <see cref="ConditionSyntax"/> tree, and <see cref="ChoiceRuleWriter"/> turns the tree into the rule.
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
/// Never throws, never nests more than <see cref="MaxNesting"/> levels, and runs in linear time.
/// </remarks>
public static class ConditionCompiler
{
    /// <summary>The deepest nesting of parentheses and negations a condition may have.</summary>
    public const int MaxNesting = 64;

    /// <summary>Compiles <paramref name="condition"/> (null is treated as empty). Never throws.</summary>
    public static ConditionResult Compile(string condition)
    {
        string text = condition ?? string.Empty;
        ConditionParseResult parsed = ConditionParser.Parse(text);
        var writer = new ChoiceRuleWriter(text);
        if (parsed.Root == null)
        {
            // A comparison whose operands cannot be compared is reported before a syntax error that comes after it:
            // the problem found first when reading from the left is the one to fix first.
            foreach (ComparisonSyntax comparison in parsed.Comparisons)
            {
                if (writer.Write(comparison) == null)
                {
                    return Failure(writer.Error!, parsed.Paths, comparison.End);
                }
            }

            return Failure(parsed.Error!, parsed.Paths, text.Length);
        }

        JsonObject? rule = writer.Write(parsed.Root);
        return rule == null
            ? Failure(writer.Error!, parsed.Paths, writer.FailedComparison!.End)
            : new ConditionResult(rule, null, 0, 0, ToArray(parsed.Paths, text.Length));
    }

    /// <summary>The failed result, keeping the paths read up to <paramref name="readTo"/>.</summary>
    private static ConditionResult Failure(ConditionError error, IReadOnlyList<ConditionPath> paths, int readTo) =>
        new ConditionResult(null, error.Message, error.Offset, error.Length, ToArray(paths, readTo));

    /// <summary>The paths that start before <paramref name="readTo"/>.</summary>
    private static ConditionPath[] ToArray(IReadOnlyList<ConditionPath> paths, int readTo)
    {
        var kept = new List<ConditionPath>(paths.Count);
        foreach (ConditionPath path in paths)
        {
            if (path.Offset < readTo)
            {
                kept.Add(path);
            }
        }

        return kept.ToArray();
    }
}
