using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using StepGen.Asl.Json;

namespace StepGen.Asl.Graph;

/// <summary>
/// Draws an ASL definition as a Mermaid flowchart (<c>flowchart TD</c>): every state a node, a start node per
/// scope, an end node for the states that end it, Next edges, Choice rules labelled with their condition and the
/// Default, dashed Catch edges labelled with their errors, and each Parallel branch and Map item processor (or
/// legacy Iterator) as a nested subgraph with its own start. Never throws: a definition that is half written
/// (no States, a Next to no state, a state that is not an object, nesting of any depth) is drawn as far as it goes,
/// and the output is the same for the same definition.
/// </summary>
/// <remarks>
/// <para>Node ids are generated (<c>s0</c>, <c>s1</c>, ...) and every name is written as a quoted label, so no
/// state name is ever read as Mermaid syntax. From the flowchart syntax page,
/// https://mermaid.js.org/syntax/flowchart.html: "end" in lower case breaks a flowchart as node text or an id (the
/// warning at the top), which quoted labels and generated ids avoid; "Entity codes to escape characters":
/// <c>#quot;</c>, or a base-10 code such as <c>#35;</c> for <c>#</c>, stands for a character in a label; a label
/// in backticks inside the quotes is Markdown ("Markdown Strings"); <c>&lt;br&gt;</c> breaks a line in a label
/// (same section); <c>%%</c> starts a comment ("Comments").</para>
/// <para>What Mermaid's code does to the text besides (mermaid 12.3, under <c>packages/mermaid/src/</c>:
/// <c>encodeEntities</c> and <c>decodeEntities</c> in <c>utils.ts</c>, <c>cleanUpSvgCode</c> in
/// <c>mermaidAPI.ts</c>, <c>directiveRegex</c> in <c>diagram-api/regexes.ts</c>, <c>replaceIconSubstring</c> in
/// <c>rendering-util/createText.ts</c>): every <c>#word;</c> becomes a placeholder built of <c>ﬂ°</c> ... <c>¶ß</c>
/// before parsing, turned into <c>&amp;...;</c> again before the label becomes HTML, and the finished SVG is read
/// that way once more; a line with <c>style</c> or <c>classDef</c>, a <c>:</c> and then a <c>#</c> loses its last
/// <c>;</c>; <c>%%{...}%%</c> anywhere is a directive that changes the configuration; <c>fa:fa-name</c> is an
/// icon; a label is HTML, so <c>&lt;b</c> is a tag and <c>&amp;name</c> a character reference.</para>
/// <para>Hence a label writes <c>" # % `</c> as entity codes always, <c>&lt;</c> before a letter, <c>/</c>,
/// <c>!</c> or <c>?</c>, <c>&amp;</c> before a letter, a digit or <c>#</c>, and <c>:</c> on a line with
/// <c>style</c> or <c>classDef</c>; puts a WORD JOINER (U+2060, invisible) inside <c>¶ß</c>, <c>ﬂ°</c> and
/// <c>:fa-</c>, which an entity code would not keep apart; writes a line break as <c>&lt;br/&gt;</c>, and characters
/// that are not text as visible stand-ins (control characters as their Control Pictures, lone surrogates as
/// U+FFFD). Everything else, <c>;</c>, <c>|</c>, brackets and <c>&gt;</c> included, is written as it is. Mermaid's
/// own limits still apply to very large machines: <c>maxTextSize</c> (50,000 characters) and <c>maxEdges</c> (500)
/// by default.</para>
/// </remarks>
public static class MermaidDiagram
{
    /// <summary>How long a Choice rule or Catch label gets before it is cut with an ellipsis.</summary>
    public const int ConditionLabelLimit = 60;

    /// <summary>How long a state name gets before it is cut: ASL allows 80 characters, so a valid name never is.</summary>
    public const int NameLabelLimit = 80;

    /// <summary>What <see cref="Write"/> returns if drawing failed after all; tests check that it never does.</summary>
    internal const string Fallback = "flowchart TD\n    s0[\"This definition could not be drawn\"]\n";

    /// <summary>Subgraphs deeper than this are not indented further, so the text grows linearly with the depth.</summary>
    private const int MaxIndent = 12;

    /// <summary>The Mermaid flowchart of <paramref name="definition"/> (a state machine, or a branch: any object with StartAt and States).</summary>
    public static string Write(JsonObject? definition)
    {
        try
        {
            return new Drawing().Draw(definition ?? new JsonObject());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return Fallback;
        }
    }

    /// <summary>
    /// The text of a Choice rule's edge label: the expression of a JSONata rule (its <c>Condition</c>, without
    /// <c>{% %}</c>), or a JSONPath rule as a short expression (<c>$.type == 'ERROR'</c>, <c>$.n &gt;= 3</c>,
    /// <c>ispresent($.x)</c>, <c>&amp;&amp;</c>, <c>||</c>, <c>!(...)</c>). Unescaped, and possibly longer than
    /// <see cref="ConditionLabelLimit"/>, which the caller cuts it to; nesting stops being written past that length.
    /// </summary>
    internal static string ChoiceRuleLabel(JsonObject rule)
    {
        if (rule.Get("Condition") is JsonString jsonAta)
        {
            string expression = jsonAta.Value.Trim();
            if (expression.Length >= 4 && expression.StartsWith("{%", StringComparison.Ordinal) && expression.EndsWith("%}", StringComparison.Ordinal))
            {
                expression = expression.Substring(2, expression.Length - 4).Trim();
            }

            return expression;
        }

        // A JSONPath rule as [When] writes it ($.x == 'a' && ispresent($.y)); one the condition language cannot say
        // exactly, as its JSON.
        if (Conditions.ChoiceRuleText.Format(rule) is string condition)
        {
            return condition;
        }

        JsonObject json = Conditions.ChoiceRuleText.ConditionOf(rule);

        return json.Count == 0 ? string.Empty : json.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> as the inside of a quoted Mermaid label: cut to <paramref name="limit"/> characters
    /// with an ellipsis, then escaped as the remarks of <see cref="MermaidDiagram"/> explain.
    /// </summary>
    internal static string Label(string text, int limit)
    {
        if (text.Length > limit)
        {
            int cut = limit - 1;
            if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            {
                cut--;
            }

            text = text.Substring(0, cut) + "\u2026";
        }

        // Only a line with "style" or "classDef" can lose a ';' (a label is the only text of its line that can hold them).
        bool colons = text.IndexOf("style", StringComparison.Ordinal) >= 0 || text.IndexOf("classDef", StringComparison.Ordinal) >= 0;
        var label = new StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char next = i + 1 < text.Length ? text[i + 1] : '\0';
            switch (c)
            {
                case '"':
                case '#':
                case '%':
                case '`':
                    label.Append(Code(c));
                    break;
                case '<':
                    // HTML starts a tag (or a comment) at '<' followed by a letter, '/', '!' or '?'; otherwise '<' is text: $.n < 3.
                    bool tag = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || next is '/' or '!' or '?';
                    label.Append(tag ? Code(c) : "<");
                    break;
                case '&':
                    // HTML reads '&' as a character reference only before a letter, a digit or '#': a && b stays as it is.
                    bool reference = (next >= 'a' && next <= 'z') || (next >= 'A' && next <= 'Z') || (next >= '0' && next <= '9') || next == '#';
                    label.Append(reference ? Code(c) : "&");
                    break;
                case ':':
                    label.Append(colons ? Code(c) : ":");
                    label.Append(string.CompareOrdinal(text, i + 1, "fa-", 0, 3) == 0 ? "\u2060" : string.Empty); // not the icon fa:fa-name
                    break;
                case '\u00B6': // ¶ß and ﬂ° are Mermaid's placeholders for ';' and '&', read again after the entities: keep them apart.
                case '\uFB02':
                    label.Append(c);
                    label.Append(next == (c == '\u00B6' ? '\u00DF' : '\u00B0') ? "\u2060" : string.Empty); // WORD JOINER, invisible
                    break;
                case '\r':
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        break;
                    }

                    label.Append("<br/>");
                    break;
                case '\n':
                case '\u2028':
                case '\u2029':
                    label.Append("<br/>");
                    break;
                case '\t':
                    label.Append(' ');
                    break;
                default:
                    if (c < ' ')
                    {
                        label.Append((char)(0x2400 + c)); // the Control Pictures block: ␀ ... ␟
                    }
                    else if (c == '\u007F')
                    {
                        label.Append('\u2421'); // ␡
                    }
                    else if ((c >= '\u0080' && c <= '\u009F') || c == '\uFFFE' || c == '\uFFFF')
                    {
                        label.Append('\uFFFD');
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        label.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        label.Append('\uFFFD');
                    }
                    else
                    {
                        label.Append(c);
                    }

                    break;
            }
        }

        return label.ToString();
    }

    private static string Code(char c) => "#" + ((int)c).ToString(CultureInfo.InvariantCulture) + ";";

    private enum Shape
    {
        Start,
        End,
        Task,
        Pass,
        Wait,
        Choice,
        Succeed,
        Fail,
        Container,
        Other,
        Missing,
    }

    /// <summary>A state machine, a Parallel branch or a Map processor: its states and the nodes around them.</summary>
    private sealed class Scope
    {
        public Scope(JsonObject json, int level, string? subgraphId, string? title)
        {
            Json = json;
            Level = level;
            SubgraphId = subgraphId;
            Title = title;
        }

        public JsonObject Json { get; }

        /// <summary>How deep its lines are indented: one more than the subgraph that holds them.</summary>
        public int Level { get; }

        /// <summary>The subgraph of a Parallel branch; null for the machine and a Map processor (drawn in the Map's subgraph).</summary>
        public string? SubgraphId { get; }

        public string? Title { get; }

        public string StartId { get; set; } = string.Empty;

        public string? EndId { get; set; }

        public List<Node> Nodes { get; } = new List<Node>();

        public Dictionary<string, Node> ByName { get; } = new Dictionary<string, Node>(StringComparer.Ordinal);

        /// <summary>Names that transitions give but no state has, each drawn once as a dashed node.</summary>
        public List<Node> Missing { get; } = new List<Node>();
    }

    private sealed class Node
    {
        public Node(string id, string name, string type, Shape shape)
        {
            Id = id;
            Name = name;
            Type = type;
            Shape = shape;
        }

        public string Id { get; }

        public string Name { get; }

        public string Type { get; }

        public Shape Shape { get; set; }

        public List<Scope> Children { get; } = new List<Scope>();
    }

    private readonly struct Edge
    {
        public Edge(string from, string to, string? label, bool dashed)
        {
            From = from;
            To = to;
            Label = label;
            Dashed = dashed;
        }

        public string From { get; }

        public string To { get; }

        public string? Label { get; }

        public bool Dashed { get; }
    }

    /// <summary>One drawing: reads the scopes with an explicit stack (no recursion, so any depth), then writes them.</summary>
    private sealed class Drawing
    {
        private readonly List<Edge> _edges = new List<Edge>();
        private readonly List<string> _boundaries = new List<string>();
        private readonly List<string> _failures = new List<string>();
        private readonly List<string> _missing = new List<string>();
        private readonly HashSet<JsonObject> _seen = new HashSet<JsonObject>(); // JsonNode compares by reference
        private int _ids;

        public string Draw(JsonObject definition)
        {
            var root = new Scope(definition, 0, null, null);
            var pending = new Stack<Scope>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                Scope scope = pending.Pop();
                List<Scope> children = Read(scope);
                for (int i = children.Count - 1; i >= 0; i--)
                {
                    pending.Push(children[i]);
                }
            }

            var text = new StringBuilder("flowchart TD\n");
            WriteScopes(root, text);
            WriteEdges(text);
            WriteClass(text, "boundary", "fill:#1f2937,stroke:#1f2937,color:#ffffff", _boundaries);
            WriteClass(text, "fail", "fill:#fee2e2,stroke:#b91c1c,color:#7f1d1d", _failures);
            WriteClass(text, "missing", "fill:#fff7ed,stroke:#c2410c,stroke-dasharray: 5 5", _missing);
            return text.ToString();
        }

        private string NextId() => "s" + (_ids++).ToString(CultureInfo.InvariantCulture);

        /// <summary>The nodes and edges of one scope; returns the scopes nested in its states, in order.</summary>
        private List<Scope> Read(Scope scope)
        {
            var children = new List<Scope>();
            scope.StartId = NextId();
            JsonObject? states = scope.Json.Get("States") as JsonObject;
            if (states is not null && !_seen.Add(states))
            {
                states = null; // a hand-built tree that contains itself: drawn once
            }

            if (states is not null)
            {
                foreach (KeyValuePair<string, JsonNode> member in states.Members)
                {
                    var json = member.Value as JsonObject;
                    string type = json is null ? "not an object" : (json.Get("Type") as JsonString)?.Value ?? "no Type";
                    var node = new Node(NextId(), member.Key, type, ShapeOf(json is null ? null : type));
                    scope.Nodes.Add(node);
                    scope.ByName[member.Key] = node;
                    if (json is not null)
                    {
                        AddChildren(scope, node, json);
                        children.AddRange(node.Children);
                    }
                }
            }

            if (scope.Json.Get("StartAt") is JsonString startAt)
            {
                _edges.Add(new Edge(scope.StartId, Target(scope, startAt.Value), null, false));
            }

            foreach (Node node in scope.Nodes.ToArray())
            {
                if (states?.Get(node.Name) is JsonObject json)
                {
                    AddEdges(scope, node, json);
                }
            }

            return children;
        }

        private void AddChildren(Scope scope, Node node, JsonObject json)
        {
            if (node.Type == "Parallel" && json.Get("Branches") is JsonArray branches)
            {
                for (int i = 0; i < branches.Count; i++)
                {
                    if (branches[i] is JsonObject branch)
                    {
                        node.Children.Add(new Scope(branch, scope.Level + 2, NextId(), "Branch " + (i + 1).ToString(CultureInfo.InvariantCulture)));
                    }
                }
            }
            else if (node.Type == "Map" && (json.Get("ItemProcessor") ?? json.Get("Iterator")) is JsonObject processor)
            {
                node.Children.Add(new Scope(processor, scope.Level + 1, null, null));
            }

            if (node.Children.Count > 0)
            {
                node.Shape = Shape.Container;
            }
        }

        private void AddEdges(Scope scope, Node node, JsonObject json)
        {
            if (json.Get("Choices") is JsonArray choices)
            {
                foreach (JsonNode item in choices.Items)
                {
                    if (item is JsonObject rule && rule.Get("Next") is JsonString next)
                    {
                        string label = ChoiceRuleLabel(rule);
                        _edges.Add(new Edge(node.Id, Target(scope, next.Value), Label(label.Length == 0 ? "?" : label, ConditionLabelLimit), false));
                    }
                }
            }

            if (json.Get("Default") is JsonString fallback)
            {
                _edges.Add(new Edge(node.Id, Target(scope, fallback.Value), "Default", false));
            }

            if (json.Get("Next") is JsonString following)
            {
                _edges.Add(new Edge(node.Id, Target(scope, following.Value), null, false));
            }

            if (node.Type is "Succeed" or "Fail" || json.Get("End")?.Kind == JsonNodeKind.True)
            {
                _edges.Add(new Edge(node.Id, scope.EndId ??= NextId(), null, false));
            }

            if (json.Get("Catch") is JsonArray catchers)
            {
                foreach (JsonNode item in catchers.Items)
                {
                    if (item is JsonObject catcher && catcher.Get("Next") is JsonString next)
                    {
                        _edges.Add(new Edge(node.Id, Target(scope, next.Value), Label(Errors(catcher), ConditionLabelLimit), true));
                    }
                }
            }
        }

        private static string Errors(JsonObject catcher)
        {
            var errors = new StringBuilder();
            if (catcher.Get("ErrorEquals") is JsonArray names)
            {
                foreach (JsonNode name in names.Items)
                {
                    if (errors.Length > ConditionLabelLimit)
                    {
                        break;
                    }

                    errors.Append(errors.Length == 0 ? string.Empty : ", ").Append(name is JsonString s ? s.Value : name.ToString());
                }
            }

            return errors.Length == 0 ? "Catch" : errors.ToString();
        }

        /// <summary>The id of the state <paramref name="name"/> of the scope, or of a dashed node that says there is none.</summary>
        private string Target(Scope scope, string name)
        {
            if (scope.ByName.TryGetValue(name, out Node? node))
            {
                return node.Id;
            }

            var missing = new Node(NextId(), name, "no such state", Shape.Missing);
            scope.ByName[name] = missing;
            scope.Missing.Add(missing);
            return missing.Id;
        }

        private static Shape ShapeOf(string? type) => type switch
        {
            null => Shape.Other,
            "Task" => Shape.Task,
            "Pass" => Shape.Pass,
            "Wait" => Shape.Wait,
            "Choice" => Shape.Choice,
            "Succeed" => Shape.Succeed,
            "Fail" => Shape.Fail,
            _ => Shape.Other,
        };

        /// <summary>
        /// Nodes and subgraphs, nested as the scopes are. An explicit stack of lines and scopes still to write keeps
        /// the order of a recursive walk without its depth limit.
        /// </summary>
        private void WriteScopes(Scope root, StringBuilder text)
        {
            var pending = new Stack<object>();
            pending.Push(root);
            while (pending.Count > 0)
            {
                object work = pending.Pop();
                if (work is string line)
                {
                    text.Append(line);
                    continue;
                }

                var scope = (Scope)work;
                var items = new List<object>();
                string indent = Indent(scope.Level);
                if (scope.SubgraphId is not null)
                {
                    items.Add(Indent(scope.Level - 1) + "subgraph " + scope.SubgraphId + " [\"" + Label(scope.Title ?? string.Empty, NameLabelLimit) + "\"]\n");
                }

                items.Add(indent + NodeText(scope.StartId, "Start", Shape.Start));
                foreach (Node node in scope.Nodes)
                {
                    if (node.Shape != Shape.Container)
                    {
                        items.Add(indent + NodeText(node.Id, NodeLabel(node), node.Shape));
                        continue;
                    }

                    items.Add(indent + "subgraph " + node.Id + " [\"" + NodeLabel(node) + "\"]\n");
                    items.AddRange(node.Children);
                    items.Add(indent + "end\n");
                }

                foreach (Node missing in scope.Missing)
                {
                    items.Add(indent + NodeText(missing.Id, NodeLabel(missing), Shape.Missing));
                }

                if (scope.EndId is not null)
                {
                    items.Add(indent + NodeText(scope.EndId, "End", Shape.End));
                }

                if (scope.SubgraphId is not null)
                {
                    items.Add(Indent(scope.Level - 1) + "end\n");
                }

                for (int i = items.Count - 1; i >= 0; i--)
                {
                    pending.Push(items[i]);
                }
            }
        }

        private static string Indent(int level) => new string(' ', 4 * (1 + Math.Min(Math.Max(level, 0), MaxIndent)));

        private static string NodeLabel(Node node) => Label(node.Name, NameLabelLimit) + "<br/>" + Label(node.Type, NameLabelLimit);

        private string NodeText(string id, string label, Shape shape)
        {
            switch (shape)
            {
                case Shape.Start or Shape.End:
                    _boundaries.Add(id);
                    break;
                case Shape.Fail:
                    _failures.Add(id);
                    break;
                case Shape.Missing:
                    _missing.Add(id);
                    break;
            }

            return Text(id, label, shape);
        }

        private static string Text(string id, string label, Shape shape) => shape switch
        {
            Shape.Start => id + "((\"" + label + "\"))\n",
            Shape.End => id + "(((\"" + label + "\")))\n",
            Shape.Pass => id + "(\"" + label + "\")\n",
            Shape.Wait => id + "{{\"" + label + "\"}}\n",
            Shape.Choice => id + "{\"" + label + "\"}\n",
            Shape.Succeed or Shape.Fail => id + "([\"" + label + "\"])\n",
            _ => id + "[\"" + label + "\"]\n",
        };

        private void WriteEdges(StringBuilder text)
        {
            foreach (Edge edge in _edges)
            {
                text.Append("    ").Append(edge.From).Append(edge.Dashed ? " -.->" : " -->");
                if (edge.Label is not null)
                {
                    text.Append("|\"").Append(edge.Label).Append("\"|");
                }

                text.Append(' ').Append(edge.To).Append('\n');
            }
        }

        /// <summary>A class definition and the nodes it styles; none when no node has it.</summary>
        private static void WriteClass(StringBuilder text, string name, string style, List<string> ids)
        {
            if (ids.Count > 0)
            {
                text.Append("    classDef ").Append(name).Append(' ').Append(style).Append('\n');
                text.Append("    class ").Append(string.Join(",", ids)).Append(' ').Append(name).Append('\n');
            }
        }
    }
}
