using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StepGen.Asl.Tests.Graph;

/// <summary>A node of a flowchart as written: its shape's opening bracket, its label as Mermaid shows it, its subgraph.</summary>
internal sealed record FlowNode(string Id, string Shape, string Label, string? Subgraph)
{
    /// <summary>The state name: the label but its last line (the type).</summary>
    public string Name => Label.Contains('\n', StringComparison.Ordinal) ? Label.Substring(0, Label.LastIndexOf('\n')) : Label;

    public string Type => Label.Substring(Label.LastIndexOf('\n') + 1);
}

internal sealed record FlowEdge(string From, string To, string? Label, bool Dashed);

/// <summary>
/// Reads back the subset of Mermaid flowchart syntax that <see cref="StepGen.Asl.Graph.MermaidDiagram"/> writes, strictly:
/// a line it does not recognise, an unbalanced subgraph, an id used twice or a label holding a character that Mermaid
/// would read as syntax fails the test. Labels are decoded as Mermaid shows them: <c>#NNN;</c> is the character of that
/// base-10 code, <c>&lt;br/&gt;</c> a line break (https://mermaid.js.org/syntax/flowchart.html), and the invisible
/// WORD JOINER is dropped.
/// </summary>
internal sealed class MermaidFlowchart
{
    private static readonly Regex NodeLine = new("""^(?<id>s\d+)(?<open>\(\(\(|\(\(|\(\[|\{\{|\(|\{|\[)"(?<label>[^"]*)"(?<close>\)\)\)|\)\)|\]\)|\}\}|\)|\}|\])$""");
    private static readonly Regex SubgraphLine = new("""^subgraph (?<id>s\d+) \["(?<label>[^"]*)"\]$""");
    private static readonly Regex EdgeLine = new("""^(?<from>s\d+) (?<arrow>-->|-\.->)(\|"(?<label>[^"]*)"\|)? (?<to>s\d+)$""");
    private static readonly Regex ClassDefLine = new("""^classDef (?<name>\w+) [^;]+$""");
    private static readonly Regex ClassLine = new("""^class (?<ids>s\d+(,s\d+)*) (?<name>\w+)$""");
    private static readonly Dictionary<string, string> Closing = new()
    {
        ["((("] = ")))",
        ["(("] = "))",
        ["(["] = "])",
        ["{{"] = "}}",
        ["("] = ")",
        ["{"] = "}",
        ["["] = "]",
    };

    public List<FlowNode> Nodes { get; } = new();

    public List<FlowEdge> Edges { get; } = new();

    /// <summary>Subgraph id to its label and the subgraph that holds it.</summary>
    public Dictionary<string, (string Label, string? Parent)> Subgraphs { get; } = new();

    public Dictionary<string, List<string>> Classes { get; } = new();

    public static MermaidFlowchart Read(string text)
    {
        Assert.StartsWith("flowchart TD\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var chart = new MermaidFlowchart();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var open = new Stack<string>();
        string[] lines = text.Substring("flowchart TD\n".Length, text.Length - "flowchart TD\n".Length - 1).Split('\n');
        foreach (string raw in lines)
        {
            Assert.True(raw.StartsWith("    ", StringComparison.Ordinal), $"line not indented: {raw}");
            string line = raw.TrimStart(' ');
            Match m;
            if ((m = NodeLine.Match(line)).Success)
            {
                Assert.Equal(Closing[m.Groups["open"].Value], m.Groups["close"].Value);
                Assert.True(ids.Add(m.Groups["id"].Value), $"id written twice: {line}");
                chart.Nodes.Add(new FlowNode(m.Groups["id"].Value, m.Groups["open"].Value, Decode(m.Groups["label"].Value), open.Count > 0 ? open.Peek() : null));
            }
            else if ((m = SubgraphLine.Match(line)).Success)
            {
                Assert.True(ids.Add(m.Groups["id"].Value), $"id written twice: {line}");
                chart.Subgraphs.Add(m.Groups["id"].Value, (Decode(m.Groups["label"].Value), open.Count > 0 ? open.Peek() : null));
                open.Push(m.Groups["id"].Value);
            }
            else if (line == "end")
            {
                Assert.True(open.Count > 0, "'end' without a subgraph");
                open.Pop();
            }
            else if ((m = EdgeLine.Match(line)).Success)
            {
                Assert.True(open.Count == 0, $"an edge inside a subgraph would move its nodes there: {line}");
                chart.Edges.Add(new FlowEdge(m.Groups["from"].Value, m.Groups["to"].Value, m.Groups["label"].Success ? Decode(m.Groups["label"].Value) : null, m.Groups["arrow"].Value == "-.->"));
            }
            else if ((m = ClassDefLine.Match(line)).Success)
            {
                chart.Classes.TryAdd(m.Groups["name"].Value, new List<string>());
            }
            else if ((m = ClassLine.Match(line)).Success)
            {
                Assert.True(chart.Classes.ContainsKey(m.Groups["name"].Value), $"class before its classDef: {line}");
                chart.Classes[m.Groups["name"].Value].AddRange(m.Groups["ids"].Value.Split(','));
            }
            else
            {
                Assert.Fail($"not a line the writer writes: {line}");
            }
        }

        Assert.True(open.Count == 0, "a subgraph is not closed");
        foreach (FlowEdge edge in chart.Edges)
        {
            Assert.True(ids.Contains(edge.From) && ids.Contains(edge.To), $"an edge to an id that is neither node nor subgraph: {edge}");
        }

        return chart;
    }

    /// <summary>The label as Mermaid shows it, after checking that it holds nothing Mermaid or HTML would read as syntax.</summary>
    public static string Decode(string label)
    {
        Assert.DoesNotContain('%', label);
        Assert.DoesNotContain('`', label);
        Assert.DoesNotMatch(new Regex("#(?!\\d+;)"), label);                     // '#' only in entity codes

        // What comes before HTML sees the label: each code is a character reference by then, which starts with '&', so
        // '&' or '<' just before a code is followed by '&' (text, not a reference or a tag). A code is one '\uE000' here.
        string html = Regex.Replace(label, "#\\d+;", "\uE000");
        Assert.DoesNotMatch(new Regex("<(?!br/>)[A-Za-z/!?]"), html);            // no HTML tag but the line break
        Assert.DoesNotMatch(new Regex("&[A-Za-z0-9#]"), html);                   // no character reference of the user's
        Assert.DoesNotMatch(new Regex("(fa[bklrs]?):fa-"), label);               // no icon
        Assert.DoesNotMatch(new Regex("¶ß|ﬂ°"), label);                         // no placeholder of Mermaid's
        if (label.Contains("style", StringComparison.Ordinal) || label.Contains("classDef", StringComparison.Ordinal))
        {
            Assert.DoesNotContain(':', label);
        }

        for (int i = 0; i < label.Length; i++)
        {
            char c = label[i];
            Assert.False(c < ' ' || c == '\u007F' || (c >= '\u0080' && c <= '\u009F') || c is '\uFFFE' or '\uFFFF', $"U+{(int)c:X4}, not text, in a label");
            if (char.IsHighSurrogate(c))
            {
                Assert.True(i + 1 < label.Length && char.IsLowSurrogate(label[++i]), "a lone surrogate in a label");
            }
            else
            {
                Assert.False(char.IsLowSurrogate(c), "a lone surrogate in a label");
            }
        }

        string text = Regex.Replace(label, "#(\\d+);", m => char.ConvertFromUtf32(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)));
        return text.Replace("<br/>", "\n", StringComparison.Ordinal).Replace("\u2060", string.Empty, StringComparison.Ordinal);
    }

    /// <summary>The one node or subgraph whose name is <paramref name="name"/> inside <paramref name="subgraph"/>.</summary>
    public string IdOf(string name, string? subgraph) =>
        Assert.Single(
            Nodes.Where(n => n.Subgraph == subgraph && n.Name == name && n.Shape is not "((" and not "(((").Select(n => n.Id)
                .Concat(Subgraphs.Where(s => s.Value.Parent == subgraph && Name(s.Value.Label) == name).Select(s => s.Key)));

    public static string Name(string label) => label.Contains('\n', StringComparison.Ordinal) ? label.Substring(0, label.LastIndexOf('\n')) : label;

    /// <summary>Every id inside <paramref name="subgraph"/>, at any depth.</summary>
    public bool Inside(string id, string subgraph)
    {
        string? at = Nodes.FirstOrDefault(n => n.Id == id)?.Subgraph ?? (Subgraphs.TryGetValue(id, out var s) ? s.Parent : null);
        for (; at is not null; at = Subgraphs[at].Parent)
        {
            if (at == subgraph)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        foreach (FlowNode node in Nodes)
        {
            text.Append(node).Append('\n');
        }

        return text.ToString();
    }
}
