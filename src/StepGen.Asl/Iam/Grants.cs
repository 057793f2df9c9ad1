using System;
using System.Collections.Generic;
using System.Globalization;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;

namespace StepGen.Asl.Iam;

/// <summary>
/// Collects what a definition needs: statements keyed by what they allow (Sid, actions and condition), whose
/// resources merge, and notes on what could not be scoped. Emits them in a fixed order with stable, unique Sids.
/// </summary>
internal sealed class Grants
{
    private readonly SortedDictionary<string, Pending> _statements = new(StringComparer.Ordinal);

    private readonly List<string> _customActions;

    public Grants(string machineName, IReadOnlyList<JsonObject> customStatements)
    {
        MachineName = machineName;
        _customActions = new List<string>();
        foreach (JsonObject statement in customStatements)
        {
            if (statement.Get("Effect") is JsonString { Value: "Deny" })
            {
                continue;
            }

            switch (statement.Get("Action"))
            {
                case JsonString one:
                    _customActions.Add(one.Value);
                    break;
                case JsonArray many:
                    foreach (JsonNode item in many.Items)
                    {
                        if (item is JsonString action)
                        {
                            _customActions.Add(action.Value);
                        }
                    }

                    break;
            }
        }
    }

    public string MachineName { get; }

    /// <summary>
    /// True when the user's own [IamStatement]s allow <paramref name="action"/> (exactly, or through a wildcard):
    /// where StepGen could only grant it widely, it leaves it to them.
    /// </summary>
    public bool CoveredByCustom(string action)
    {
        foreach (string custom in _customActions)
        {
            if (ActionPattern.Matches(custom, action))
            {
                return true;
            }
        }

        return false;
    }

    public List<IamNote> Notes { get; } = new();

    /// <summary>
    /// Allows <paramref name="actions"/> on <paramref name="resources"/>. Calls with the same Sid, actions and
    /// condition merge into one statement; <paramref name="order"/>, then <paramref name="rank"/>, then the Sid
    /// place the statement in the policy.
    /// </summary>
    public void Allow(int order, string sid, IEnumerable<string> actions, IEnumerable<string> resources, JsonObject? condition = null, int rank = 0)
    {
        var actionSet = new SortedSet<string>(actions, StringComparer.Ordinal);
        string conditionText = condition is null ? string.Empty : JsonWriter.Write(condition, indented: false);
        string key = order.ToString("D3", CultureInfo.InvariantCulture) + "\n" + rank.ToString("D6", CultureInfo.InvariantCulture) + "\n" + sid + "\n" + string.Join(",", actionSet) + "\n" + conditionText;
        if (!_statements.TryGetValue(key, out Pending? pending))
        {
            pending = new Pending(sid, actionSet, condition);
            _statements.Add(key, pending);
        }

        foreach (string resource in resources)
        {
            pending.Resources.Add(resource);
        }
    }

    /// <summary>True when some [IamStatement] allows an action of the service with this IAM prefix ("sns").</summary>
    public bool AnyCustomFor(string servicePrefix)
    {
        foreach (string custom in _customActions)
        {
            if (custom == "*" || custom.StartsWith(servicePrefix + ":", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Records what could not be scoped; <paramref name="actions"/> are what an [IamStatement] must allow to settle it.</summary>
    public void Note(string stateName, string message, params string[] actions) => Notes.Add(new IamNote(stateName, message, actions));

    /// <summary>The statements, with a number added to a Sid that several statements share.</summary>
    public void WriteTo(JsonArray statements)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Pending pending in _statements.Values)
        {
            counts[pending.Sid] = counts.TryGetValue(pending.Sid, out int n) ? n + 1 : 1;
        }

        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Pending pending in _statements.Values)
        {
            string sid = pending.Sid;
            if (counts[sid] > 1)
            {
                used[sid] = used.TryGetValue(sid, out int n) ? n + 1 : 1;
                sid += used[sid].ToString(CultureInfo.InvariantCulture);
            }

            var statement = new JsonObject();
            statement.Add("Sid", J.Str(sid));
            statement.Add("Effect", J.Str("Allow"));
            statement.Add("Action", J.Strings(pending.Actions));
            statement.Add("Resource", J.Strings(pending.Resources));
            if (pending.Condition is not null)
            {
                statement.Add("Condition", pending.Condition);
            }

            statements.Add(statement);
        }
    }

    private sealed class Pending
    {
        public Pending(string sid, SortedSet<string> actions, JsonObject? condition)
        {
            Sid = sid;
            Actions = actions;
            Condition = condition;
        }

        public string Sid { get; }

        public SortedSet<string> Actions { get; }

        public JsonObject? Condition { get; }

        public SortedSet<string> Resources { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>One Task (or Map reader/writer) call as the derivation sees it: its resource, pattern and payload.</summary>
internal sealed class TaskCall
{
    public TaskCall(string stateName, string resource, string pattern, JsonObject? parameters, Grants grants)
    {
        StateName = stateName;
        Resource = resource;
        Pattern = pattern;
        Parameters = parameters;
        Grants = grants;
    }

    public string StateName { get; }

    /// <summary>The resource without its integration pattern suffix.</summary>
    public string Resource { get; }

    /// <summary><c>""</c> (request-response), <c>.sync</c>, <c>.sync:2</c> or <c>.waitForTaskToken</c>.</summary>
    public string Pattern { get; }

    public JsonObject? Parameters { get; }

    public Grants Grants { get; }

    /// <summary>Where the integration's statements stand in the policy.</summary>
    public int Order { get; init; }

    public bool IsSync => Pattern is ".sync" or ".sync:2";

    /// <summary>A parameter's constant value: not a path, not an intrinsic, not a JSONata expression.</summary>
    public string? Literal(string name) => Literal(Parameters, name);

    public static string? Literal(JsonObject? parameters, string name) =>
        parameters?.Get(name) is JsonString { Value: var value } && !value.StartsWith("{%", StringComparison.Ordinal) ? value : null;

    /// <summary>True when the parameter is computed at run time (a '.$' key or a JSONata expression).</summary>
    public bool IsDynamic(string name) => IsDynamic(Parameters, name);

    public static bool IsDynamic(JsonObject? parameters, string name) =>
        parameters?.Get(name + ".$") is not null || parameters?.Get(name) is JsonString { Value: var value } && value.StartsWith("{%", StringComparison.Ordinal);

    /// <summary>True when the call sets the parameter at all, as a constant or at run time.</summary>
    public bool Sets(string name) => Literal(name) is not null || IsDynamic(name);

    /// <summary>
    /// The ARN that <paramref name="parameter"/> names, through <paramref name="toArn"/> (which receives the constant
    /// and returns the ARN, or null when the constant is not usable). When the value is only known at run time or is
    /// missing: null if the user's [IamStatement]s already allow <paramref name="action"/>, else
    /// <paramref name="fallback"/> (as narrow as the static parts allow) with a note that says why.
    /// </summary>
    public string? Resolve(string parameter, Func<string, string?> toArn, string fallback, string action)
    {
        if (Literal(parameter) is string value && toArn(value) is string arn)
        {
            return arn;
        }

        if (Grants.CoveredByCustom(action))
        {
            return null;
        }

        string why = IsDynamic(parameter)
            ? $"its {parameter} is chosen at run time"
            : Literal(parameter) is string odd ? $"its {parameter} '{odd}' is not a form StepGen can turn into an ARN" : $"it sets no {parameter}";
        Grants.Note(StateName, $"'{StateName}' calls {action}, but {why}, so the policy allows it on {fallback}; set {parameter} to a constant or a ${{Substitution}} to scope it, or add an [IamStatement] for the exact resources.", action);
        return fallback;
    }
}

/// <summary>IAM's matching of an action pattern: case-insensitive, '*' any run of characters, '?' one character.</summary>
internal static class ActionPattern
{
    public static bool Matches(string pattern, string action)
    {
        // Greedy scan with one backtrack point: the last '*' seen and where the action stood when it was.
        int p = 0, a = 0, star = -1, resume = 0;
        while (a < action.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(action[a])))
            {
                p++;
                a++;
            }
            else if (p < pattern.Length && pattern[p] == '*')
            {
                star = p++;
                resume = a;
            }
            else if (star >= 0)
            {
                p = star + 1;
                a = ++resume;
            }
            else
            {
                return false;
            }
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
