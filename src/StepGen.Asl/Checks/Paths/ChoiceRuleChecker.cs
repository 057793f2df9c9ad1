using System.Collections.Generic;
using StepGen.Asl.Compile;
using StepGen.Asl.Conditions;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;

using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Checks.Paths;

/// <summary>
/// A JSONPath Choice rule written as ASL JSON, the form a <c>[When]</c> condition takes when it starts with <c>{</c>
/// (and the form every rule of a definition read from JSON has): <c>And</c>/<c>Or</c> with a non-empty array of
/// rules, <c>Not</c> with one rule, or a <c>Variable</c> path with exactly one comparison operator and an operand of
/// the operator's kind (ASL-SPEC 4). Problems are SG2005 on the characters at fault; paths get every path check.
/// </summary>
internal sealed class ChoiceRuleChecker
{
    /// <summary>The deepest nesting of And, Or and Not that is checked; the JSON parser bounds it anyway.</summary>
    private const int MaxDepth = 64;

    private readonly ProblemSink _problems;
    private readonly PathChecker _paths;

    public ChoiceRuleChecker(ProblemSink problems, PathChecker paths)
    {
        _problems = problems;
        _paths = paths;
    }

    /// <summary>Checks the rule parsed from the condition argument at <paramref name="at"/>.</summary>
    public void Check(JsonObject rule, FieldRef at) => CheckRule(rule, at, topLevel: true, depth: 0);

    private void CheckRule(JsonObject rule, FieldRef at, bool topLevel, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var logical = new List<string>();
        string? comparison = null;
        bool unknown = false;
        foreach (KeyValuePair<string, JsonNode> member in rule.Members)
        {
            FieldRef keyAt = InJson(at, rule.KeySpan(member.Key), member.Key.Length).At;
            switch (member.Key)
            {
                case "And" or "Or" or "Not":
                    logical.Add(member.Key);
                    break;
                case "Variable":
                    break;
                case var argument when ChoiceOperators.IsRuleArgument(argument):
                    Report(
                        topLevel
                            ? $"{member.Key} belongs to the [When] itself, not to its condition: write {member.Key} = ... on the attribute"
                            : $"{member.Key} is allowed only on a top-level Choice rule, not inside And, Or or Not",
                        keyAt);
                    break;
                default:
                    if (!ChoiceOperators.IsOperator(member.Key))
                    {
                        unknown = true;
                        string? closest = Names.Closest(member.Key, ChoiceOperators.All);
                        string hint = closest is null ? "use one of the 39 operators of the States Language, such as StringEquals or IsPresent" : $"did you mean {closest}?";
                        Report($"'{member.Key}' is not a Choice rule field or comparison operator; {hint}", keyAt);
                    }
                    else if (comparison is null)
                    {
                        comparison = member.Key;
                    }
                    else
                    {
                        Report($"a Choice rule compares with exactly one operator, but this one also has {comparison}; combine two comparisons with And", keyAt);
                    }

                    break;
            }
        }

        JsonNode? variable = rule.Get("Variable");
        if (logical.Count > 1 || (logical.Count == 1 && (variable is not null || comparison is not null)))
        {
            Report("a Choice rule is either And, Or, Not, or a Variable with a comparison, not several of these at once; nest them instead", at);
            return;
        }

        if (logical.Count == 1)
        {
            CheckLogical(rule, logical[0], at, depth);
            return;
        }

        if (variable is null)
        {
            Report(comparison is null
                ? "a Choice rule needs And, Or, Not, or a Variable path with a comparison operator such as StringEquals"
                : $"the comparison {comparison} needs a Variable: the path of the value it tests, such as \"Variable\": \"$.status\"", at);
            return;
        }

        if (variable is not JsonString path)
        {
            Report("Variable must be a path string such as \"$.status\"", InJson(at, rule.KeySpan("Variable"), "Variable".Length).At);
        }
        else
        {
            (FieldRef pathAt, bool exact) = InJson(at, path.Span, path.Value.Length);
            _paths.Check(path.Value, pathAt, "Variable", PathUse.Path, precise: exact);
        }

        if (comparison is null && !unknown)
        {
            Report($"the rule on {Describe(variable)} has no comparison operator; add one such as \"StringEquals\": \"done\" or \"IsPresent\": true", at);
            return;
        }

        if (comparison is not null)
        {
            CheckOperand(rule, comparison, at);
        }
    }

    private void CheckLogical(JsonObject rule, string op, FieldRef at, int depth)
    {
        JsonNode value = rule.Get(op)!;
        FieldRef keyAt = InJson(at, rule.KeySpan(op), op.Length).At;
        if (op == "Not")
        {
            if (value is JsonObject negated)
            {
                CheckRule(negated, at, topLevel: false, depth + 1);
            }
            else
            {
                Report("Not takes one Choice rule object, such as { \"Variable\": \"$.x\", \"IsPresent\": true }", keyAt);
            }

            return;
        }

        if (value is not JsonArray rules || rules.Count == 0)
        {
            Report($"{op} takes a non-empty array of Choice rules", keyAt);
            return;
        }

        foreach (JsonNode item in rules.Items)
        {
            if (item is JsonObject inner)
            {
                CheckRule(inner, at, topLevel: false, depth + 1);
            }
            else
            {
                Report($"each item of {op} must be a Choice rule object, not {Describe(item)}", keyAt);
            }
        }
    }

    private void CheckOperand(JsonObject rule, string op, FieldRef at)
    {
        ChoiceOperators.TryGet(op, out ChoiceOperand kind);
        JsonNode operand = rule.Get(op)!;
        FieldRef keyAt = InJson(at, rule.KeySpan(op), op.Length).At;
        string? expected = kind switch
        {
            ChoiceOperand.Number => operand.Kind == JsonNodeKind.Number ? null : "a number",
            ChoiceOperand.Boolean or ChoiceOperand.TypeTest => operand.Kind is JsonNodeKind.True or JsonNodeKind.False ? null : "true or false",
            ChoiceOperand.String => operand.Kind == JsonNodeKind.String ? null : "a string",
            ChoiceOperand.Timestamp => operand.Kind == JsonNodeKind.String ? null : "a timestamp string such as \"2024-01-01T00:00:00Z\"",
            ChoiceOperand.Pattern => operand.Kind == JsonNodeKind.String ? null : "a pattern string such as \"log-*.txt\"",
            _ => operand.Kind == JsonNodeKind.String ? null : "a path string such as \"$.limit\"",
        };

        if (expected is not null)
        {
            // A value of the wrong kind makes AWS refuse the definition; at run time a comparison never sees it.
            Report($"{op} compares with {expected}, not {Describe(operand)}", keyAt);
            return;
        }

        if (kind == ChoiceOperand.Path && operand is JsonString path)
        {
            (FieldRef pathAt, bool exact) = InJson(at, path.Span, path.Value.Length);
            _paths.Check(path.Value, pathAt, op, PathUse.Path, precise: exact);
        }
    }

    private void Report(string message, FieldRef at) =>
        _problems.Report(Rules.Condition, Messages.Sentence("The Choice rule is not valid: " + message), at);

    private static string Describe(JsonNode node) => node switch
    {
        JsonString s => "'" + Text.Excerpt.Of(s.Value) + "'",
        JsonNumber n => "the number " + n.Text,
        JsonArray => "an array",
        JsonObject => "an object",
        _ => node.Kind switch { JsonNodeKind.True => "true", JsonNodeKind.False => "false", _ => "null" },
    };
}
