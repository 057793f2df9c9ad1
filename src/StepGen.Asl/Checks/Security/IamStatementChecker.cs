using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Iam;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Security;

/// <summary>
/// SG4001-SG4003 on the machine's own Allow [IamStatement]s: an unconditioned states:InvokeHTTPEndpoint, a wildcard
/// action, a resource of "*" where the action can be scoped. Reads the finished definition and the derived policy;
/// never changes the output.
/// </summary>
internal sealed class IamStatementChecker
{
    private readonly SourceMachine _machine;
    private readonly string _machineName;
    private readonly ProblemSink _problems;

    public IamStatementChecker(SourceMachine machine, string machineName, ProblemSink problems)
    {
        _machine = machine;
        _machineName = machineName;
        _problems = problems;
    }

    private const string InvokeHttpEndpoint = "states:InvokeHTTPEndpoint";

    /// <summary>The derived policy's statements (without the [IamStatement]s), computed once when a rule needs them.</summary>
    private List<JsonObject>? _derivedStatements;

    /// <summary>SG4001, SG4002 and SG4003 for every Allow [IamStatement] of the machine.</summary>
    public void Check(JsonObject definition)
    {
        for (int i = 0; i < _machine.Attributes.Count; i++)
        {
            SourceAttribute attribute = _machine.Attributes[i];
            if (attribute.Name != AttributeNames.IamStatement || (Args.String(attribute.Get(ArgumentNames.Effect)) ?? "Allow") != "Allow")
            {
                // A Deny statement with a wildcard only takes permissions away.
                continue;
            }

            List<KeyValuePair<int, string>> actions = Elements(attribute.Get(ArgumentNames.Actions));
            List<KeyValuePair<int, string>> resources = Elements(attribute.Get(ArgumentNames.Resources));
            if (actions.Count == 0 || resources.Count == 0)
            {
                // SG1016 already; the statement is left out of the policy.
                continue;
            }

            var at = new FieldRef(null, i);
            int star = -2;
            foreach (KeyValuePair<int, string> resource in resources)
            {
                if (resource.Value.Trim() == "*")
                {
                    star = resource.Key;
                    break;
                }
            }

            foreach (KeyValuePair<int, string> action in actions)
            {
                if (IsWildcard(action.Value))
                {
                    _problems.Report(Rules.WildcardAction, WildcardMessage(action.Value.Trim(), definition), at with { Argument = ArgumentNames.Actions, Element = action.Key });
                }
            }

            if (star == -2)
            {
                continue;
            }

            List<KeyValuePair<int, string>> derivedActions = DerivedActions(actions, definition);
            foreach (KeyValuePair<int, string> action in actions)
            {
                if (ActionPattern.Matches(action.Value.Trim(), InvokeHttpEndpoint) && !LimitsHttpCalls(attribute.Get(ArgumentNames.Condition)))
                {
                    List<ProblemProperty> fixes = StatementFixes(actions, derivedActions);
                    if (attribute.Get(ArgumentNames.Condition) is null && DerivedHttpCondition(actions, definition) is string condition)
                    {
                        fixes.Add(new ProblemProperty(ProblemProperties.DerivedCondition, condition));
                    }

                    _problems.Report(Rules.UnconditionedHttpInvoke, UnconditionedHttpMessage(action.Value.Trim(), definition), at with { Argument = ArgumentNames.Actions, Element = action.Key }, properties: new EquatableArray<ProblemProperty>(fixes));
                    break;
                }
            }

            CheckScopableOnStar(actions, at with { Argument = ArgumentNames.Resources, Element = star }, definition, derivedActions);
        }
    }

    /// <summary>
    /// The elements of <c>Actions</c> that the derived policy already grants, each on resources other than "*" (for
    /// states:InvokeHTTPEndpoint, with its endpoint and method condition). A wildcard never counts: it may allow
    /// more than StepGen derives.
    /// </summary>
    private List<KeyValuePair<int, string>> DerivedActions(List<KeyValuePair<int, string>> actions, JsonObject definition)
    {
        var derived = new List<KeyValuePair<int, string>>();
        foreach (KeyValuePair<int, string> action in actions)
        {
            string name = action.Value.Trim();
            if (!IsWildcard(name) && name.Length > 0 && DerivedResources(name, definition).Count > 0)
            {
                derived.Add(action);
            }
        }

        return derived;
    }

    /// <summary>
    /// What the SG4001/SG4003 fixes may do with the statement: remove it when the derived policy grants all its
    /// actions, else take out the actions it grants (only when each is an element of an array, and one stays).
    /// </summary>
    private static List<ProblemProperty> StatementFixes(List<KeyValuePair<int, string>> actions, List<KeyValuePair<int, string>> derivedActions)
    {
        var fixes = new List<ProblemProperty>();
        if (derivedActions.Count > 0 && derivedActions.Count == actions.Count)
        {
            fixes.Add(new ProblemProperty(ProblemProperties.StatementRemovable, "true"));
        }
        else if (derivedActions.Count > 0)
        {
            var indexes = new List<string>();
            foreach (KeyValuePair<int, string> action in derivedActions)
            {
                if (action.Key < 0)
                {
                    return fixes;
                }

                indexes.Add(action.Key.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            fixes.Add(new ProblemProperty(ProblemProperties.DerivedActionIndexes, string.Join(ProblemProperties.Separator.ToString(), indexes)));
        }

        return fixes;
    }

    /// <summary>
    /// The derived Condition for a statement that allows states:InvokeHTTPEndpoint and nothing else, when one derived
    /// statement covers every HTTP call of the machine (several would need several statements: their conditions
    /// cannot be merged into one without allowing combinations no task makes).
    /// </summary>
    private string? DerivedHttpCondition(List<KeyValuePair<int, string>> actions, JsonObject definition)
    {
        foreach (KeyValuePair<int, string> action in actions)
        {
            if (!string.Equals(action.Value.Trim(), InvokeHttpEndpoint, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }
        }

        JsonObject? found = null;
        foreach (JsonObject statement in DerivedStatements(definition))
        {
            if (Strings(statement.Get("Action")).Contains(InvokeHttpEndpoint))
            {
                if (found is not null)
                {
                    return null;
                }

                found = statement;
            }
        }

        return found?.Get("Condition") is JsonObject condition ? JsonWriter.Write(condition, indented: false) : null;
    }

    /// <summary>SG4003: the actions of a <c>"*"</c> statement that IAM lets you limit to named resources.</summary>
    private void CheckScopableOnStar(List<KeyValuePair<int, string>> actions, FieldRef at, JsonObject definition, List<KeyValuePair<int, string>> derivedActions)
    {
        var toScope = new List<ScopableAction>();
        var derived = new List<string>();
        var derivedResources = new List<string>();
        foreach (KeyValuePair<int, string> action in actions)
        {
            if (IsWildcard(action.Value) || ScopableActions.Find(action.Value) is not ScopableAction entry || Contains(toScope, entry) || derived.Contains(entry.Action))
            {
                continue;
            }

            List<string> granted = DerivedResources(entry.Action, definition);
            if (granted.Count > 0)
            {
                derived.Add(entry.Action);
                foreach (string resource in granted)
                {
                    if (!derivedResources.Contains(resource))
                    {
                        derivedResources.Add(resource);
                    }
                }
            }
            else
            {
                toScope.Add(entry);
            }
        }

        if (toScope.Count == 0 && derived.Count == 0)
        {
            return;
        }

        var named = new List<string>();
        foreach (ScopableAction entry in toScope)
        {
            named.Add(entry.Action);
        }

        named.AddRange(derived);
        string message = $"Resources = \"*\" allows {Names.Quoted(named, 6)} on every resource the role can reach, though IAM can limit {(named.Count == 1 ? "it" : "them")} to named ones.";
        if (toScope.Count > 0)
        {
            var parts = new List<string>();
            foreach (ScopableAction entry in toScope)
            {
                parts.Add($"{entry.Action} to {entry.ScopedTo}, {entry.Arn}");
            }

            message += $" Scope {string.Join("; ", parts)} (a ${{Substitution}} works for an ARN known at deployment).";
        }

        if (derived.Count > 0)
        {
            string what = derived.Count == 1 ? derived[0] : Names.Quoted(derived, 6);
            // The same test as the fix's: every action of the statement is derived, scoped (not only the scopable ones).
            bool removable = toScope.Count == 0 && derivedActions.Count == actions.Count;
            message += $" StepGen already derives {what} for the states that use {(derived.Count == 1 ? "it" : "them")}, scoped to {Names.Quoted(derivedResources, 3)}, so "
                + (removable ? "this [IamStatement] can be removed." : $"remove {(derived.Count == 1 ? "it" : "them")} from this statement.");
        }

        List<ProblemProperty> fixes = StatementFixes(actions, derivedActions);
        if (derivedActions.Count > 0 && derivedActions.Count == actions.Count && DerivedHttpCondition(actions, definition) is null && !Grants(derivedActions, InvokeHttpEndpoint))
        {
            // Every action is derived: "*" can also become the resources the derived policy grants them on.
            var resources = new List<string>();
            foreach (KeyValuePair<int, string> action in derivedActions)
            {
                foreach (string resource in DerivedResources(action.Value.Trim(), definition))
                {
                    if (!resources.Contains(resource))
                    {
                        resources.Add(resource);
                    }
                }
            }

            fixes.Add(new ProblemProperty(ProblemProperties.DerivedResources, string.Join(ProblemProperties.Separator.ToString(), resources)));
        }

        _problems.Report(Rules.UnscopedResource, message, at, properties: new EquatableArray<ProblemProperty>(fixes));
    }

    /// <summary>True when one of the actions is <paramref name="action"/>: states:InvokeHTTPEndpoint is scoped by its condition, never by its resource.</summary>
    private static bool Grants(List<KeyValuePair<int, string>> actions, string action)
    {
        foreach (KeyValuePair<int, string> entry in actions)
        {
            if (string.Equals(entry.Value.Trim(), action, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Contains(List<ScopableAction> entries, ScopableAction entry)
    {
        foreach (ScopableAction existing in entries)
        {
            if (existing.Action == entry.Action)
            {
                return true;
            }
        }

        return false;
    }

    private string WildcardMessage(string action, JsonObject definition)
    {
        int colon = action.IndexOf(':');
        string service = colon > 0 ? action.Substring(0, colon) : string.Empty;
        string scope = action == "*"
            ? "every action of every AWS service"
            : colon > 0 && action.Substring(colon + 1) == "*"
                ? $"every {service} action"
                : $"every {(service.Length > 0 && !IsWildcard(service) ? service + " " : string.Empty)}action whose name matches it";
        string message = $"The action '{action}' is a wildcard: it allows {scope}, including actions AWS adds later. List the exact actions the workflow needs.";

        var covered = new List<string>();
        foreach (JsonObject statement in DerivedStatements(definition))
        {
            foreach (string derived in Strings(statement.Get("Action")))
            {
                if (ActionPattern.Matches(action, derived) && !covered.Contains(derived))
                {
                    covered.Add(derived);
                }
            }
        }

        if (covered.Count > 0)
        {
            message += $" StepGen already derives {Names.Quoted(covered, 4)} for the states that use {(covered.Count == 1 ? "it" : "them")}, scoped to what they call.";
        }

        return message;
    }

    private string UnconditionedHttpMessage(string action, JsonObject definition)
    {
        string grant = string.Equals(action, InvokeHttpEndpoint, StringComparison.OrdinalIgnoreCase) ? InvokeHttpEndpoint : $"{InvokeHttpEndpoint} (through '{action}')";
        string message = $"This statement allows {grant} on \"*\" with no states:HTTPEndpoint or states:HTTPMethod condition, so the HTTP tasks may call any URL with any method, with the credentials of any connection the role can read.";

        var calls = new List<string>();
        foreach (JsonObject statement in DerivedStatements(definition))
        {
            if (!Strings(statement.Get("Action")).Contains(InvokeHttpEndpoint) || statement.Get("Condition") is not JsonObject condition)
            {
                continue;
            }

            var methods = new List<string>();
            var endpoints = new List<string>();
            foreach (KeyValuePair<string, JsonNode> op in condition.Members)
            {
                if (op.Value is JsonObject keys)
                {
                    methods.AddRange(Strings(keys.Get("states:HTTPMethod")));
                    endpoints.AddRange(Strings(keys.Get("states:HTTPEndpoint")));
                }
            }

            foreach (string endpoint in endpoints)
            {
                calls.Add($"{string.Join("/", methods)} {endpoint}");
            }
        }

        return calls.Count > 0
            ? message + $" StepGen already derives {InvokeHttpEndpoint} for this machine's HTTP tasks, limited to what they call ({Names.Quoted(calls, 3)}); remove this statement, or add a Condition on states:HTTPEndpoint and states:HTTPMethod."
            : message + " Add a Condition such as { \"StringEquals\": { \"states:HTTPMethod\": \"POST\" }, \"StringLike\": { \"states:HTTPEndpoint\": \"https://api.example.com/v1/*\" } }.";
    }

    /// <summary>True when the Condition JSON names states:HTTPEndpoint or states:HTTPMethod (or cannot be read: SG1014 covers it).</summary>
    private static bool LimitsHttpCalls(SourceArgument? argument)
    {
        string? text = Args.String(argument);
        if (text is null)
        {
            return false;
        }

        JsonParseResult parsed = JsonParser.Parse(text);
        if (!parsed.Success || parsed.Value is not JsonObject condition)
        {
            return true;
        }

        foreach (KeyValuePair<string, JsonNode> op in condition.Members)
        {
            if (op.Value is not JsonObject keys)
            {
                continue;
            }

            foreach (KeyValuePair<string, JsonNode> key in keys.Members)
            {
                if (string.Equals(key.Key, "states:HTTPEndpoint", StringComparison.OrdinalIgnoreCase) || string.Equals(key.Key, "states:HTTPMethod", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The resources other than "*" on which the derived policy allows <paramref name="action"/>.</summary>
    private List<string> DerivedResources(string action, JsonObject definition)
    {
        var resources = new List<string>();
        foreach (JsonObject statement in DerivedStatements(definition))
        {
            bool grants = false;
            foreach (string derived in Strings(statement.Get("Action")))
            {
                grants |= string.Equals(derived, action, StringComparison.OrdinalIgnoreCase);
            }

            if (!grants)
            {
                continue;
            }

            foreach (string resource in Strings(statement.Get("Resource")))
            {
                if (resource != "*" && !resources.Contains(resource))
                {
                    resources.Add(resource);
                }
            }
        }

        return resources;
    }

    /// <summary>The Allow statements StepGen derives from the states alone.</summary>
    private List<JsonObject> DerivedStatements(JsonObject definition)
    {
        if (_derivedStatements is null)
        {
            _derivedStatements = new List<JsonObject>();
            JsonObject policy = IamPolicyDerivation.Derive(definition, _machineName, Array.Empty<JsonObject>()).Policy;
            if (policy.Get("Statement") is JsonArray statements)
            {
                foreach (JsonNode node in statements.Items)
                {
                    if (node is JsonObject statement && statement.Get("Effect") is JsonString { Value: "Allow" })
                    {
                        _derivedStatements.Add(statement);
                    }
                }
            }
        }

        return _derivedStatements;
    }

    /// <summary>A string or the strings of an array; anything else gives none.</summary>
    private static List<string> Strings(JsonNode? node)
    {
        var values = new List<string>();
        if (node is JsonString single)
        {
            values.Add(single.Value);
        }
        else if (node is JsonArray array)
        {
            foreach (JsonNode item in array.Items)
            {
                if (item is JsonString text)
                {
                    values.Add(text.Value);
                }
            }
        }

        return values;
    }

    /// <summary>The strings of an array argument with their element index (-1 for a single string), nulls skipped.</summary>
    private static List<KeyValuePair<int, string>> Elements(SourceArgument? argument)
    {
        var elements = new List<KeyValuePair<int, string>>();
        if (argument?.Value is { Kind: SourceValueKind.Array } array)
        {
            for (int i = 0; i < array.Items.Count; i++)
            {
                if (array.Items[i] is { Kind: SourceValueKind.String, Text: string text })
                {
                    elements.Add(new KeyValuePair<int, string>(i, text));
                }
            }
        }
        else if (argument?.Value is { Kind: SourceValueKind.String, Text: string single })
        {
            elements.Add(new KeyValuePair<int, string>(-1, single));
        }

        return elements;
    }

    private static bool IsWildcard(string action) => action.IndexOf('*') >= 0 || action.IndexOf('?') >= 0;
}
