using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Graph;
using StepGen.Tests.Shared;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Mermaid itself is the judge of the generated <c>Mermaid</c> constants: @mermaid-js/mermaid-cli (mmdc, tests/js) in
/// Debian's Chromium renders the diagram of every QuickStart sample, every round-trip workflow and synthetic
/// definitions whose state names hold everything Mermaid treats specially, and each SVG must show every state name as
/// it is. All diagrams go through one mmdc run (a Markdown file of ```mermaid blocks), so Chromium starts once.
/// </summary>
public sealed class MermaidRenderTests : IClassFixture<MermaidRenderTests.Rendering>
{
    private readonly Rendering _rendering;
    private readonly ITestOutputHelper _output;

    public MermaidRenderTests(Rendering rendering, ITestOutputHelper output)
    {
        _rendering = rendering;
        _output = output;
    }

    public static IEnumerable<object[]> Diagrams() =>
        new[] { "SlackNotification", "PlainGet", "NightlyDataPipeline", "OrderFulfillment" }.Select(n => "sample " + n)
            .Concat(RoundTripTests.Workflows().Select(w => "roundtrip " + (string)w[0]))
            .Concat(Synthetic.Keys.Select(k => "synthetic " + k))
            .Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(Diagrams))]
    public async Task The_diagram_renders_and_shows_every_state_name_as_it_is(string name)
    {
        Rendered rendered = (await _rendering.RenderAsync()).Single(r => r.Diagram.Name == name);
        _output.WriteLine($"all {Rendering.Count} diagrams rendered by one mmdc run in {_rendering.Elapsed.TotalSeconds:0.0} s");
        Assert.True(rendered.Svg is not null, $"mmdc could not render {name}:\n{rendered.Error}\n\n{rendered.Diagram.Text}");

        List<string> labels = Labels(rendered.Svg);
        foreach (string state in rendered.Diagram.States)
        {
            string shown = state.Length > MermaidDiagram.NameLabelLimit ? state.Substring(0, MermaidDiagram.NameLabelLimit - 1) + "\u2026" : state;
            Assert.True(labels.Any(l => l.StartsWith(shown + "\n", StringComparison.Ordinal)), $"{name}: no node shows the state '{state}'; the labels are:\n{string.Join("\n--\n", labels)}");
        }

        foreach (string edge in rendered.Diagram.EdgeLabels)
        {
            Assert.True(labels.Contains(edge), $"{name}: no edge shows '{edge}'; the labels are:\n{string.Join("\n--\n", labels)}");
        }
    }

    /// <summary>The text of every node, subgraph and edge label of an SVG as Mermaid shows it: a &lt;br&gt; is a line break.</summary>
    private static List<string> Labels(string svg)
    {
        XDocument document = XDocument.Parse(svg);
        var labels = new List<string>();
        foreach (XElement group in document.Descendants().Where(e => e.Name.LocalName == "g"))
        {
            string[] classes = ((string?)group.Attribute("class") ?? string.Empty).Split(' ');
            if (classes.Contains("node") || classes.Contains("cluster-label") || classes.Contains("edgeLabel"))
            {
                var text = new StringBuilder();
                foreach (XNode node in group.DescendantNodes())
                {
                    if (node is XText t)
                    {
                        text.Append(t.Value);
                    }
                    else if (node is XElement { Name.LocalName: "br" })
                    {
                        text.Append('\n');
                    }
                }

                labels.Add(text.ToString().Replace("\u2060", string.Empty, StringComparison.Ordinal));
            }
        }

        return labels;
    }

    /// <summary>One definition to draw, the state names its diagram must show, and the edge labels it must show.</summary>
    public sealed record Diagram(string Name, string Text, IReadOnlyList<string> States, IReadOnlyList<string> EdgeLabels);

    public sealed record Rendered(Diagram Diagram, string? Svg, string? Error);

    /// <summary>The state names the brief of issue 19 lists as special to Mermaid, and more that its code treats so.</summary>
    private static readonly string[] SpecialNames =
    [
        "say \"hi\"", "[brackets] (parens) {braces}", "#hash #35; #quot;", "semi;colon;", "pipe | and ||", "<b>not bold</b> <i>",
        "a < b > c", "AT&T &amp; &copy; &&", "ünïcödé 日本語 Ωμέγα", "emoji 🚀👩‍💻", "two\nlines", "end", "graph", "subgraph",
        "flowchart LR", "style: #fff; classDef x:#000;", "%%{init: {\"theme\": \"dark\"}}%%", "`markdown **bold**`", "¶ß ﬂ° placeholders",
        "fa:fa-car icon", "x--o y ---x z --> w -.-> v", "click s1 call alert()", "\\ ' ~ ^ $ @ ! ? * _ = +", new string('L', 79) + " very long name",
    ];

    private static readonly Dictionary<string, Func<(JsonObject Definition, string[] EdgeLabels)>> Synthetic = new()
    {
        ["special-names"] = () =>
        {
            var states = new JsonObject();
            for (int i = 0; i < SpecialNames.Length; i++)
            {
                string? next = i + 1 < SpecialNames.Length ? SpecialNames[i + 1] : null;
                states[SpecialNames[i]] = next is null ? new JsonObject { ["Type"] = "Succeed" } : new JsonObject { ["Type"] = "Pass", ["Next"] = next };
            }

            return (new JsonObject { ["StartAt"] = SpecialNames[0], ["States"] = states }, []);
        },
        ["special-edges-and-subgraphs"] = () =>
        {
            var rules = new JsonArray();
            var states = new JsonObject();
            var labels = new List<string>();
            foreach (string name in SpecialNames.Take(20))
            {
                string condition = "$x = '" + name + "'";
                rules.Add(new JsonObject { ["Condition"] = "{% " + condition + " %}", ["Next"] = "Map " + name });
                labels.Add(condition.Length > MermaidDiagram.ConditionLabelLimit ? condition.Substring(0, MermaidDiagram.ConditionLabelLimit - 1) + "\u2026" : condition);
                labels.Add(name);
                states["Map " + name] = new JsonObject
                {
                    ["Type"] = "Map",
                    ["ItemProcessor"] = new JsonObject { ["StartAt"] = "Item " + name, ["States"] = new JsonObject { ["Item " + name] = new JsonObject { ["Type"] = "Pass", ["End"] = true } } },
                    ["Catch"] = new JsonArray(new JsonObject { ["ErrorEquals"] = new JsonArray(name), ["Next"] = "Parallel " + name }),
                    ["End"] = true,
                };
                states["Parallel " + name] = new JsonObject
                {
                    ["Type"] = "Parallel",
                    ["Branches"] = new JsonArray(new JsonObject { ["StartAt"] = "Branch " + name, ["States"] = new JsonObject { ["Branch " + name] = new JsonObject { ["Type"] = "Fail" } } }),
                    ["End"] = true,
                };
            }

            states["Route"] = new JsonObject { ["Type"] = "Choice", ["QueryLanguage"] = "JSONata", ["Choices"] = rules, ["Default"] = "Map end" };
            return (new JsonObject { ["StartAt"] = "Route", ["States"] = states }, labels.Append("Default").ToArray());
        },
        ["half-written"] = () => (new JsonObject
        {
            ["StartAt"] = "Nowhere",
            ["States"] = new JsonObject
            {
                ["A"] = new JsonObject { ["Type"] = "Task", ["Next"] = "Missing \"one\"", ["Catch"] = new JsonArray(new JsonObject { ["Next"] = "A" }) },
                ["B"] = 5,
                ["C"] = new JsonObject { ["Type"] = "Choice", ["Choices"] = new JsonArray(new JsonObject(), new JsonObject { ["Next"] = "A" }) },
                ["D"] = new JsonObject { ["Type"] = "Parallel", ["Branches"] = new JsonArray(new JsonObject(), 7) },
                ["E"] = new JsonObject { ["Type"] = "Map", ["Iterator"] = new JsonObject { ["StartAt"] = "F" } },
            },
        }, ["Catch", "?"]),
        ["deeply-nested"] = () =>
        {
            JsonObject Level(int depth) => depth == 0
                ? new JsonObject { ["StartAt"] = "leaf", ["States"] = new JsonObject { ["leaf"] = new JsonObject { ["Type"] = "Succeed" } } }
                : new JsonObject
                {
                    ["StartAt"] = "level " + depth,
                    ["States"] = new JsonObject
                    {
                        ["level " + depth] = depth % 2 == 0
                            ? new JsonObject { ["Type"] = "Map", ["ItemProcessor"] = Level(depth - 1), ["Next"] = "after " + depth }
                            : new JsonObject { ["Type"] = "Parallel", ["Branches"] = new JsonArray(Level(depth - 1), Level(0)), ["Next"] = "after " + depth },
                        ["after " + depth] = new JsonObject { ["Type"] = "Pass", ["End"] = true },
                    },
                };
            return (Level(12), []);
        },
    };

    /// <summary>Renders every diagram once for the whole class.</summary>
    public sealed class Rendering
    {
        private readonly Lazy<Task<List<Rendered>>> _rendered;

        public Rendering() => _rendered = new Lazy<Task<List<Rendered>>>(RenderAllAsync);

        public static int Count => Diagrams().Count();

        public TimeSpan Elapsed { get; private set; }

        public Task<List<Rendered>> RenderAsync() => _rendered.Value;

        private static List<Diagram> Collect()
        {
            var diagrams = new List<Diagram>();
            (Compilation samples, _) = TestCompilation.Generate(Samples.All);
            TestCompilation.AssertNoErrors(samples);
            foreach (string type in new[] { "SlackNotification", "PlainGet", "NightlyDataPipeline", "OrderFulfillment" })
            {
                diagrams.Add(FromGenerated("sample " + type, samples, "StepGen.Samples." + type));
            }

            foreach (string workflow in RoundTripTests.Workflows().Select(w => (string)w[0]))
            {
                (Compilation output, _) = TestCompilation.Generate(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "RoundTrip", workflow + ".cs")));
                diagrams.Add(FromGenerated("roundtrip " + workflow, output, "StepGen.RoundTrip." + workflow));
            }

            foreach ((string key, Func<(JsonObject Definition, string[] EdgeLabels)> build) in Synthetic)
            {
                (JsonObject definition, string[] edges) = build();
                var core = (StepGen.Asl.Json.JsonObject)StepGen.Asl.Json.JsonParser.Parse(definition.ToJsonString()).Value!;
                diagrams.Add(new Diagram("synthetic " + key, MermaidDiagram.Write(core), StateNames(definition), edges));
            }

            return diagrams;
        }

        private static Diagram FromGenerated(string name, Compilation output, string type) => new(
            name,
            TestCompilation.Constant(output, type, "Mermaid"),
            StateNames(JsonNode.Parse(TestCompilation.Constant(output, type, "Asl"))!.AsObject()),
            []);

        /// <summary>Every state name of a definition, in its branches and processors too (any that is an object).</summary>
        private static List<string> StateNames(JsonObject scope)
        {
            var names = new List<string>();
            if (scope["States"] is JsonObject states)
            {
                foreach ((string name, JsonNode? value) in states)
                {
                    names.Add(name);
                    var state = value as JsonObject;
                    foreach (JsonNode? branch in state?["Branches"] as JsonArray ?? [])
                    {
                        names.AddRange(branch is JsonObject b ? StateNames(b) : []);
                    }

                    if ((state?["ItemProcessor"] ?? state?["Iterator"]) is JsonObject processor)
                    {
                        names.AddRange(StateNames(processor));
                    }
                }
            }

            return names;
        }

        private async Task<List<Rendered>> RenderAllAsync()
        {
            List<Diagram> diagrams = Collect();
            string config = Path.Combine(NodeScript.JsDirectory, "mermaid-puppeteer.json");
            string? chromium = (string?)JsonNode.Parse(File.ReadAllText(config))!["executablePath"];
            Assert.True(File.Exists(chromium), $"{config} names the browser {chromium}, which is not there: install Debian's chromium (apt-get install chromium), as .ci/run does.");

            string folder = Directory.CreateTempSubdirectory("stepgen-mermaid-").FullName;
            try
            {
                var markdown = new StringBuilder();
                foreach (Diagram diagram in diagrams)
                {
                    markdown.Append("# ").Append(diagram.Name).Append("\n\n```mermaid\n").Append(diagram.Text).Append("```\n\n");
                }

                string input = Path.Combine(folder, "diagrams.md");
                File.WriteAllText(input, markdown.ToString());
                var clock = Stopwatch.StartNew();
                (int exitCode, string stdout, string stderr) = await Mmdc(config, input, Path.Combine(folder, "out.md"));
                Elapsed = clock.Elapsed;

                var rendered = new List<Rendered>();
                for (int i = 0; i < diagrams.Count; i++)
                {
                    string svg = Path.Combine(folder, $"out-{i + 1}.svg");
                    if (File.Exists(svg))
                    {
                        rendered.Add(new Rendered(diagrams[i], File.ReadAllText(svg), null));
                        continue;
                    }

                    // mmdc stops at the first diagram it cannot render: each one left gets a run of its own, for its own error.
                    string single = Path.Combine(folder, $"single-{i + 1}.mmd");
                    File.WriteAllText(single, diagrams[i].Text);
                    (int code, string output, string error) = await Mmdc(config, single, Path.ChangeExtension(single, ".svg"));
                    rendered.Add(code == 0 && File.Exists(Path.ChangeExtension(single, ".svg"))
                        ? new Rendered(diagrams[i], File.ReadAllText(Path.ChangeExtension(single, ".svg")), null)
                        : new Rendered(diagrams[i], null, $"mmdc exited with {code} (the run of all diagrams with {exitCode}: {stderr}):\n{output}\n{error}"));
                }

                return rendered;
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }

        private static Task<(int ExitCode, string Stdout, string Stderr)> Mmdc(string config, string input, string output) =>
            NodeScript.RunToolAsync("@mermaid-js/mermaid-cli", "mmdc", ["-p", config, "-i", input, "-o", output, "-q", "--no-font-embed"], TimeSpan.FromMinutes(5));
    }
}
