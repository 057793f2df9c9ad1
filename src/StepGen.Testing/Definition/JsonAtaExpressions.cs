using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

using StepGen.Asl.Json;
using StepGen.Asl.JsonAta;
using StepGen.Testing.JsonAta;

namespace StepGen.Testing.Definition;

/// <summary>
/// The JSONata expressions of one definition, each compiled once: the reader compiles every expression it meets
/// (so a syntax error is a definition error at its field), and the executions of the definition take the
/// compiled form from here by its text.
/// </summary>
internal sealed class JsonAtaExpressions
{
    private readonly ConcurrentDictionary<string, CompiledExpression> _compiled = new(StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="value"/> is a JSONata expression: a string that starts with <c>{%</c> and ends with
    /// <c>%}</c> (the States Language's "JSONata Concepts"; ASL-SPEC 2.6). <paramref name="text"/> is what lies
    /// between the two, without the spaces at its ends (AWS's causes quote it so: <c>'$states.input.a'</c> for
    /// <c>"{% $states.input.a %}"</c>). Any other value, a string with space outside the braces included, is literal JSON.
    /// </summary>
    public static bool TryGetText(JsonNode? value, out string text)
    {
        if (value is JsonString s && StepGen.Asl.Compile.FieldRules.TryGetJsonAtaExpression(s.Value, out string expression))
        {
            text = expression.Trim();
            return true;
        }

        text = string.Empty;
        return false;
    }

    /// <summary>The compiled expression; a syntax error is a <see cref="JsonAtaException"/>.</summary>
    public CompiledExpression Get(string text) => _compiled.GetOrAdd(text, static t => new CompiledExpression(t));
}

/// <summary>
/// One compiled expression and what it reads of <c>$states</c>, so that an evaluation converts only that: the
/// evaluator turns every binding into its own values before it starts, and a state's <c>$states.context</c> holds
/// the whole execution input, which a Map's every item would otherwise convert again.
/// </summary>
internal sealed class CompiledExpression
{
    private readonly HashSet<string>? _statesFields;
    private readonly HashSet<string>? _contextFields = new(StringComparer.Ordinal);

    public CompiledExpression(string text)
    {
        Expression = JsonAtaExpression.Compile(text);

        // The analyzer's walk of the same tree: each use of $states with the field it reads ("" when the
        // expression uses $states otherwise, as a whole or by a computed name) and the names read below it.
        _statesFields = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonAtaStatesField use in JsonAtaReferences.Collect(Expression.Root).StatesFields)
        {
            if (use.Field.Length == 0)
            {
                _statesFields = null;
                _contextFields = null;
                break;
            }

            _statesFields.Add(use.Field);
            if (use.Field == StepGen.Asl.Variables.StatesFields.Context && _contextFields is not null)
            {
                // The member right after $states.context; none (a filter, a computed name, the context as a
                // whole) means every member may be read.
                if (use.Steps.Count == 0)
                {
                    _contextFields = null;
                }
                else
                {
                    _contextFields.Add(use.Steps[0]);
                }
            }
        }
    }

    public JsonAtaExpression Expression { get; }

    public string Text => Expression.Text;

    /// <summary>Whether the expression may read <c>$states.<paramref name="field"/></c>.</summary>
    public bool ReadsStates(string field) => _statesFields is null || _statesFields.Contains(field);

    /// <summary>
    /// Whether the expression may read <c>$states.context.<paramref name="member"/></c> (Execution, State, Map...):
    /// a context holds the whole execution input, so only the members read are bound.
    /// </summary>
    public bool ReadsContext(string member) => _contextFields is null || _contextFields.Contains(member);

    /// <summary>
    /// Whether the expression may read the workflow variable <paramref name="name"/>: a variable is read only
    /// through <c>$name</c> in the text, so a text without it cannot read it (a longer name sharing the prefix
    /// only makes the answer yes when it could be no).
    /// </summary>
    public bool MayRead(string name) => Text.Contains("$" + name, StringComparison.Ordinal);
}
