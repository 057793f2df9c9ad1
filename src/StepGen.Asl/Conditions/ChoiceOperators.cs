using System;
using System.Collections.Generic;

namespace StepGen.Asl.Conditions;

/// <summary>What the operand of a JSONPath Choice rule's comparison operator must be.</summary>
public enum ChoiceOperand
{
    /// <summary>A JSON string (<c>StringEquals</c>...).</summary>
    String,

    /// <summary>A JSON number (<c>NumericEquals</c>...).</summary>
    Number,

    /// <summary>A JSON boolean (<c>BooleanEquals</c>).</summary>
    Boolean,

    /// <summary>A timestamp string (<c>TimestampEquals</c>...).</summary>
    Timestamp,

    /// <summary>A glob pattern string (<c>StringMatches</c>).</summary>
    Pattern,

    /// <summary>A path string read at run time (the <c>...Path</c> operators).</summary>
    Path,

    /// <summary><c>true</c> or <c>false</c>: whether the type test should hold (<c>IsPresent</c>, <c>IsNull</c>...).</summary>
    TypeTest,
}

/// <summary>
/// The comparison operators of a JSONPath Choice rule (ASL-SPEC 4; the States Language's Choice State: 39 in all) and
/// the operand each takes: the one list the rule checks, the runner and <c>stepgen import</c> read.
/// </summary>
public static class ChoiceOperators
{
    private static readonly Dictionary<string, ChoiceOperand> Operands = Build();

    /// <summary>Every operator name, in the order of the States Language's table.</summary>
    public static IReadOnlyCollection<string> All => Operands.Keys;

    /// <summary>Whether <paramref name="name"/> is a comparison operator, and what its operand is.</summary>
    public static bool TryGet(string name, out ChoiceOperand operand) => Operands.TryGetValue(name ?? string.Empty, out operand);

    /// <summary>
    /// The members of a top-level Choice rule that are not its condition: where it goes, and what it carries along
    /// (ASL-SPEC 4). <c>[When]</c> takes them as arguments of its own.
    /// </summary>
    public static IReadOnlyList<string> RuleArguments { get; } = new[] { "Next", "Comment", "Assign", "Output" };

    /// <summary>Whether <paramref name="name"/> is one of <see cref="RuleArguments"/>.</summary>
    public static bool IsRuleArgument(string name)
    {
        foreach (string argument in RuleArguments)
        {
            if (argument == name)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> is a comparison operator.</summary>
    public static bool IsOperator(string name) => Operands.ContainsKey(name ?? string.Empty);

    private static Dictionary<string, ChoiceOperand> Build()
    {
        var operands = new Dictionary<string, ChoiceOperand>(StringComparer.Ordinal);
        string[] orders = { "Equals", "LessThan", "GreaterThan", "LessThanEquals", "GreaterThanEquals" };
        foreach ((string family, ChoiceOperand literal) in new[] { ("String", ChoiceOperand.String), ("Numeric", ChoiceOperand.Number), ("Timestamp", ChoiceOperand.Timestamp) })
        {
            foreach (string order in orders)
            {
                operands.Add(family + order, literal);
                operands.Add(family + order + "Path", ChoiceOperand.Path);
            }
        }

        operands.Add("StringMatches", ChoiceOperand.Pattern);
        operands.Add("BooleanEquals", ChoiceOperand.Boolean);
        operands.Add("BooleanEqualsPath", ChoiceOperand.Path);
        foreach (string test in new[] { "IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp" })
        {
            operands.Add(test, ChoiceOperand.TypeTest);
        }

        return operands;
    }
}
