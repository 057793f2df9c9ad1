using System;
using System.Collections.Generic;
using System.Text;
using StepGen.Asl.Conditions;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary><see cref="ImportReader"/>: retriers, catchers and Choice rules, each an attribute of its own.</summary>
internal sealed partial class ImportReader
{
    private static readonly string[] RetrierFields = { "ErrorEquals", "IntervalSeconds", "MaxAttempts", "BackoffRate", "MaxDelaySeconds", "JitterStrategy", "Comment" };
    private static readonly string[] CatcherFields = { "ErrorEquals", "Next", "ResultPath", "Comment", "Assign", "Output" };


    private void ReadRetries(StateReading state) => ReadHandlers(state, "Retry", AttributeNames.Retry, RetrierFields);

    private void ReadCatches(StateReading state) => ReadHandlers(state, "Catch", AttributeNames.Catch, CatcherFields);

    private void ReadHandlers(StateReading state, string field, string attributeName, string[] fields)
    {
        string path = state.FieldPath(field);
        if (state.Body.Get(field) is not JsonArray handlers)
        {
            Problem(Rules.RetryCatch, path, $"{field} must be an array of {(field == "Retry" ? "retriers" : "catchers")}, not {JsonKind(state.Body.Get(field)!)}.", state.Body.KeySpan(field));
            return;
        }

        for (int i = 0; i < handlers.Count; i++)
        {
            string handlerPath = AslImporter.Element(path, i);
            if (handlers[i] is not JsonObject handler)
            {
                Problem(Rules.RetryCatch, handlerPath, $"Each item of {field} must be an object with ErrorEquals, not {JsonKind(handlers[i]!)}.", handlers.Span);
                continue;
            }

            AttributeBuilder attribute = state.NewExtra(attributeName, ImportSite.Of(handler.Span), _sites);
            attribute.AddArray(ArgumentNames.ErrorEqualsParameter, ReadStrings(handler, "ErrorEquals", handlerPath), ImportSite.Of(handler.KeySpan("ErrorEquals")).IsKnown ? ImportSite.Of(handler.KeySpan("ErrorEquals")) : ImportSite.Of(handler.Span), constructorArgument: true);
            foreach (KeyValuePair<string, JsonNode> member in handler.Members)
            {
                string memberPath = AslImporter.Member(handlerPath, member.Key);
                switch (member.Key)
                {
                    case "ErrorEquals":
                        break;
                    case "IntervalSeconds" or "MaxAttempts" or "MaxDelaySeconds" when field == "Retry":
                        if (!ReadInteger(handler, member.Key, memberPath, attribute, member.Key, jsonAtaAllowed: false))
                        {
                            NoteLeftOut(memberPath, member.Key, handler.KeySpan(member.Key));
                        }

                        break;
                    case "BackoffRate" when field == "Retry":
                        if (!ReadNumber(handler, member.Key, memberPath, attribute, member.Key, jsonAtaAllowed: false))
                        {
                            NoteLeftOut(memberPath, member.Key, handler.KeySpan(member.Key));
                        }

                        break;
                    case "JitterStrategy" or "Comment":
                        ReadString(handler, member.Key, memberPath, attribute, member.Key);
                        break;
                    case "Next" when field == "Catch":
                        ReadString(handler, member.Key, memberPath, attribute, member.Key);
                        break;
                    case "ResultPath" when field == "Catch":
                        ReadString(handler, member.Key, memberPath, attribute, member.Key, allowNull: true);
                        break;
                    case "Assign" when field == "Catch":
                        ReadJsonText(handler, member.Key, attribute, member.Key);
                        break;
                    case "Output" when field == "Catch":
                        if (state.JsonAta)
                        {
                            ReadJsonAtaValue(handler, member.Key, attribute, member.Key);
                        }
                        else
                        {
                            ReadJsonText(handler, member.Key, attribute, member.Key);
                        }

                        break;
                    default:
                        Problem(Rules.RetryCatch, memberPath, $"{member.Key} is not a field of a {(field == "Retry" ? "retrier" : "catcher")}, which has {string.Join(", ", fields)}.", handler.KeySpan(member.Key));
                        break;
                }
            }
        }
    }

    private void ReadChoices(StateReading state)
    {
        JsonObject body = state.Body;
        if (body.Get("Choices") is not JsonNode value)
        {
            return;
        }

        state.Done.Add("Choices");
        string path = state.FieldPath("Choices");
        if (value is not JsonArray rules)
        {
            Problem(Rules.ChoiceRules, path, $"Choices must be an array of Choice rules, not {JsonKind(value)}.", body.KeySpan("Choices"));
            return;
        }

        for (int i = 0; i < rules.Count; i++)
        {
            string rulePath = AslImporter.Element(path, i);
            if (rules[i] is not JsonObject rule)
            {
                Problem(Rules.Condition, rulePath, $"Each item of Choices must be a Choice rule object, not {JsonKind(rules[i]!)}.", rules.Span);
                continue;
            }

            AttributeBuilder when = state.NewExtra(AttributeNames.When, ImportSite.Of(rule.Span), _sites);
            if (state.JsonAta)
            {
                ReadJsonAtaRule(state, rule, rulePath, when);
            }
            else if (rule.Span.IsKnown)
            {
                // The rule's own characters with Next, Comment, Assign and Output blanked out: the condition keeps every
                // offset, so a problem inside it is placed in the definition as it is.
                when.Add(ArgumentNames.ConditionParameter, SourceValue.FromString(ConditionText(rule)), ImportSite.Verbatim(rule.Span), constructorArgument: true);
            }

            foreach (string argument in ChoiceOperators.RuleArguments)
            {
                if (!rule.ContainsKey(argument))
                {
                    continue;
                }

                string memberPath = AslImporter.Member(rulePath, argument);
                switch (argument)
                {
                    case "Next" or "Comment":
                        ReadString(rule, argument, memberPath, when, argument);
                        break;
                    case "Assign":
                        ReadJsonText(rule, argument, when, argument);
                        break;
                    default:
                        if (state.JsonAta)
                        {
                            ReadJsonAtaValue(rule, argument, when, argument);
                        }
                        else
                        {
                            ReadJsonText(rule, argument, when, argument);
                        }

                        break;
                }
            }
        }
    }

    private void ReadJsonAtaRule(StateReading state, JsonObject rule, string rulePath, AttributeBuilder when)
    {
        foreach (KeyValuePair<string, JsonNode> member in rule.Members)
        {
            if (member.Key == "Condition")
            {
                ReadString(rule, "Condition", AslImporter.Member(rulePath, "Condition"), when, ArgumentNames.ConditionParameter, constructorArgument: true);
            }
            else if (!ChoiceOperators.IsRuleArgument(member.Key))
            {
                string hint = member.Key is "Variable" or "And" or "Or" or "Not" || ChoiceOperators.IsOperator(member.Key)
                    ? $"'{state.Name}' uses JSONata, whose Choice rules test a Condition expression such as \"{{% $states.input.status = 'done' %}}\""
                    : "a JSONata Choice rule has Condition, Next, Comment, Assign and Output";
                Problem(Rules.FieldNotAllowed, AslImporter.Member(rulePath, member.Key), $"{member.Key} is not a field of this Choice rule: {hint}.", rule.KeySpan(member.Key));
            }
        }

        if (!rule.ContainsKey("Condition"))
        {
            Problem(Rules.Condition, rulePath, "This Choice rule has no Condition; add \"Condition\": \"{% ... %}\" with the test that selects it.", rule.Span);
        }
    }

    /// <summary>
    /// The JSON text of a rule with its <see cref="ChoiceOperators.RuleArguments"/> members replaced by spaces: still the same JSON
    /// without them, every other character at its place.
    /// </summary>
    private string ConditionText(JsonObject rule)
    {
        var text = new StringBuilder(_text, rule.Span.Offset, rule.Span.Length, rule.Span.Length);
        foreach (string argument in ChoiceOperators.RuleArguments)
        {
            JsonSpan key = rule.KeySpan(argument);
            if (!key.IsKnown)
            {
                continue;
            }

            int start = key.Offset - rule.Span.Offset;
            int end = ValueEnd(text, key.Offset + key.Length - rule.Span.Offset);
            int after = SkipSpaces(text, end);
            if (after < text.Length && text[after] == ',')
            {
                end = after + 1;
            }
            else
            {
                // The last member: take the comma before it instead.
                int before = start - 1;
                while (before > 0 && char.IsWhiteSpace(text[before]))
                {
                    before--;
                }

                if (text[before] == ',')
                {
                    start = before;
                }
            }

            for (int i = start; i < end; i++)
            {
                if (text[i] is not ('\n' or '\r'))
                {
                    text[i] = ' ';
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The end of the value that follows the key ending at <paramref name="afterKey"/>: skips ':' and one JSON value.</summary>
    private static int ValueEnd(StringBuilder text, int afterKey)
    {
        int i = SkipSpaces(text, afterKey);
        if (i < text.Length && text[i] == ':')
        {
            i = SkipSpaces(text, i + 1);
        }

        int depth = 0;
        bool inString = false;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                    if (depth == 0)
                    {
                        return i + 1;
                    }
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (depth == 0)
                    {
                        return i;
                    }

                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case ',' when depth == 0:
                    return i;
            }
        }

        return text.Length;
    }

    private static int SkipSpaces(StringBuilder text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
