using System.Text;
using StepGen.Asl.Graph;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests.Graph;

/// <summary>
/// <see cref="MermaidDiagram"/>: what the flowchart shows, read back with <see cref="MermaidFlowchart"/> and compared
/// with the definition itself. Whether Mermaid itself parses and renders the text is MermaidRenderTests' question
/// (tests/StepGen.SourceGenerators.Tests), with @mermaid-js/mermaid-cli.
/// </summary>
public sealed class MermaidDiagramTests
{
    /// <summary>Every state type, a Choice, Catches, a Map processor with its own Choice and a two-branch Parallel.</summary>
    internal const string Orders = """
        {
          "StartAt": "CheckOrder",
          "States": {
            "CheckOrder": {
              "Type": "Choice",
              "Choices": [
                { "And": [ { "Variable": "$.order.priority", "StringEquals": "express" }, { "Variable": "$.order.total", "NumericGreaterThan": 0 } ], "Next": "ReserveItems" },
                { "Variable": "$.order.items", "IsPresent": true, "Next": "WaitForPayment" }
              ],
              "Default": "RejectOrder"
            },
            "WaitForPayment": { "Type": "Wait", "Seconds": 300, "Next": "ReserveItems" },
            "ReserveItems": {
              "Type": "Map",
              "ItemsPath": "$.order.items",
              "ItemProcessor": {
                "ProcessorConfig": { "Mode": "INLINE" },
                "StartAt": "ReserveStock",
                "States": {
                  "ReserveStock": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Next": "Reserved?" },
                  "Reserved?": { "Type": "Choice", "Choices": [ { "Variable": "$.ok", "BooleanEquals": true, "Next": "ItemDone" } ], "Default": "ItemFailed" },
                  "ItemDone": { "Type": "Succeed" },
                  "ItemFailed": { "Type": "Fail", "Error": "NoStock" }
                }
              },
              "Next": "NotifyAndRecord",
              "Catch": [ { "ErrorEquals": [ "NoStock", "States.TaskFailed" ], "Next": "RejectOrder" } ]
            },
            "NotifyAndRecord": {
              "Type": "Parallel",
              "Branches": [
                { "StartAt": "SendConfirmation", "States": { "SendConfirmation": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": true } } },
                { "StartAt": "SaveOrder", "States": {
                    "SaveOrder": { "Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem", "Next": "Audit" },
                    "Audit": { "Type": "Pass", "End": true } } }
              ],
              "Next": "Summarize",
              "Catch": [ { "ErrorEquals": [ "States.ALL" ], "Next": "RejectOrder" } ]
            },
            "Summarize": { "Type": "Pass", "Next": "Done" },
            "Done": { "Type": "Succeed" },
            "RejectOrder": { "Type": "Fail", "Error": "OrderRejected" }
          }
        }
        """;

    private static JsonObject Parse(string json) => Assert.IsType<JsonObject>(JsonParser.Parse(json).Value);

    private static MermaidFlowchart Draw(JsonObject definition)
    {
        string text = MermaidDiagram.Write(definition);
        Assert.NotEqual(MermaidDiagram.Fallback, text);
        return MermaidFlowchart.Read(text);
    }

    [Fact]
    public void Every_state_is_one_node_or_subgraph_labelled_with_its_name_and_type()
    {
        JsonObject definition = Parse(Orders);
        MermaidFlowchart chart = Draw(definition);

        int states = 0;
        Walk(definition, null, chart, (name, state, scope) =>
        {
            states++;
            string id = chart.IdOf(name, scope);
            string type = ((JsonString)state.Get("Type")!).Value;
            bool container = type is "Parallel" or "Map";
            Assert.Equal(container, chart.Subgraphs.ContainsKey(id));
            string label = container ? chart.Subgraphs[id].Label : chart.Nodes.Single(n => n.Id == id).Label;
            Assert.Equal(name + "\n" + type, label);
            Assert.DoesNotContain(name, id, StringComparison.Ordinal);
        });

        Assert.Equal(14, states);
        Assert.Equal(states, chart.Nodes.Count(n => n.Shape is not "((" and not "(((") + chart.Subgraphs.Count(s => !s.Value.Label.StartsWith("Branch ", StringComparison.Ordinal)));
        Assert.All(chart.Nodes.Select(n => n.Id).Concat(chart.Subgraphs.Keys), id => Assert.Matches("^s[0-9]+$", id));
    }

    [Fact]
    public void Every_transition_is_an_edge_between_the_right_nodes()
    {
        JsonObject definition = Parse(Orders);
        MermaidFlowchart chart = Draw(definition);

        var expected = new List<FlowEdge>();
        Walk(definition, null, chart, (name, state, scope) =>
        {
            string from = chart.IdOf(name, scope);
            string type = ((JsonString)state.Get("Type")!).Value;
            if (state.Get("Next") is JsonString next)
            {
                expected.Add(new FlowEdge(from, chart.IdOf(next.Value, scope), null, false));
            }

            if (type is "Succeed" or "Fail" || state.Get("End")?.Kind == JsonNodeKind.True)
            {
                expected.Add(new FlowEdge(from, EndOf(chart, scope), null, false));
            }

            foreach (JsonObject rule in (state.Get("Choices") as JsonArray)?.Items.Cast<JsonObject>() ?? [])
            {
                expected.Add(new FlowEdge(from, chart.IdOf(((JsonString)rule.Get("Next")!).Value, scope), MermaidDiagram.ChoiceRuleLabel(rule), false));
            }

            if (state.Get("Default") is JsonString fallback)
            {
                expected.Add(new FlowEdge(from, chart.IdOf(fallback.Value, scope), "Default", false));
            }

            foreach (JsonObject catcher in (state.Get("Catch") as JsonArray)?.Items.Cast<JsonObject>() ?? [])
            {
                string errors = string.Join(", ", ((JsonArray)catcher.Get("ErrorEquals")!).Items.Select(e => ((JsonString)e).Value));
                expected.Add(new FlowEdge(from, chart.IdOf(((JsonString)catcher.Get("Next")!).Value, scope), errors, true));
            }
        });

        foreach (string? scope in Scopes(definition, null, chart))
        {
            JsonObject json = ScopeJson(definition, scope, chart);
            expected.Add(new FlowEdge(StartOf(chart, scope), chart.IdOf(((JsonString)json.Get("StartAt")!).Value, scope), null, false));
        }

        Assert.Equal(Sorted(expected), Sorted(chart.Edges));
        Assert.Contains(chart.Edges, e => e.Label == "$.order.priority == 'express' && $.order.total > 0");
        Assert.Contains(chart.Edges, e => e.Label == "NoStock, States.TaskFailed" && e.Dashed);
    }

    [Fact]
    public void Branches_and_processors_are_subgraphs_each_with_its_own_start_and_end()
    {
        MermaidFlowchart chart = Draw(Parse(Orders));

        string map = chart.IdOf("ReserveItems", null);
        string parallel = chart.IdOf("NotifyAndRecord", null);
        Assert.Null(chart.Subgraphs[map].Parent);
        Assert.Equal(new[] { "Branch 1", "Branch 2" }, chart.Subgraphs.Where(s => s.Value.Parent == parallel).Select(s => s.Value.Label));
        string branch1 = chart.Subgraphs.Single(s => s.Value.Label == "Branch 1").Key;
        string branch2 = chart.Subgraphs.Single(s => s.Value.Label == "Branch 2").Key;

        Assert.Equal(map, chart.Nodes.Single(n => n.Name == "ReserveStock").Subgraph);
        Assert.Equal(branch1, chart.Nodes.Single(n => n.Name == "SendConfirmation").Subgraph);
        Assert.Equal(branch2, chart.Nodes.Single(n => n.Name == "Audit").Subgraph);
        Assert.True(chart.Inside(chart.IdOf("Audit", branch2), parallel));
        foreach (string? scope in new[] { null, map, branch1, branch2 })
        {
            Assert.Single(chart.Nodes, n => n.Subgraph == scope && n.Shape == "((");
            Assert.Single(chart.Nodes, n => n.Subgraph == scope && n.Shape == "(((");
        }

        // The Parallel's own transitions leave from its subgraph.
        Assert.Contains(new FlowEdge(parallel, chart.IdOf("Summarize", null), null, false), chart.Edges);
    }

    [Fact]
    public void The_legacy_Iterator_of_a_Map_is_its_processor_and_nesting_goes_on_inside()
    {
        JsonObject definition = Parse("""
            { "StartAt": "Outer", "States": { "Outer": { "Type": "Map", "End": true, "Iterator": {
                "StartAt": "Inner", "States": { "Inner": { "Type": "Parallel", "End": true, "Branches": [
                  { "StartAt": "Deepest", "States": { "Deepest": { "Type": "Map", "End": true, "ItemProcessor": {
                      "StartAt": "Leaf", "States": { "Leaf": { "Type": "Pass", "End": true } } } } } } ] } } } } } }
            """);
        MermaidFlowchart chart = Draw(definition);

        string outer = chart.IdOf("Outer", null);
        string inner = chart.IdOf("Inner", outer);
        string branch = chart.Subgraphs.Single(s => s.Value.Parent == inner).Key;
        string deepest = chart.IdOf("Deepest", branch);
        Assert.Equal(deepest, chart.Nodes.Single(n => n.Name == "Leaf").Subgraph);
        Assert.True(chart.Inside(deepest, outer));
        Assert.Equal(4, chart.Nodes.Count(n => n.Shape == "((")); // the machine, Outer's Iterator, Inner's branch, Deepest's processor
    }

    [Fact]
    public void Fail_states_are_marked_and_a_transition_to_no_state_shows_the_name_it_gave()
    {
        MermaidFlowchart chart = Draw(Parse("""
            { "StartAt": "A", "States": {
                "A": { "Type": "Pass", "Next": "Nowhere" },
                "B": { "Type": "Task", "Next": "Nowhere", "Catch": [ { "ErrorEquals": [ "States.ALL" ], "Next": "Gone" } ] },
                "Oops": { "Type": "Fail" } } }
            """));

        Assert.Equal(new[] { chart.IdOf("Oops", null) }, chart.Classes["fail"]);
        FlowNode nowhere = Assert.Single(chart.Nodes, n => n.Name == "Nowhere");
        Assert.Equal("no such state", nowhere.Type);
        Assert.Equal(2, chart.Edges.Count(e => e.To == nowhere.Id));
        Assert.Equal(new[] { nowhere.Id, chart.IdOf("Gone", null) }, chart.Classes["missing"]);
    }

    [Theory]
    [InlineData("""{ "Variable": "$.type", "StringEquals": "ERROR" }""", "$.type == 'ERROR'")]
    [InlineData("""{ "Variable": "$.n", "NumericGreaterThanEquals": 3 }""", "$.n >= 3")]
    [InlineData("""{ "Variable": "$.n", "NumericLessThanPath": "$.limit" }""", "number($.n) < $.limit")]
    [InlineData("""{ "Variable": "$.ok", "BooleanEquals": false }""", "$.ok == false")]
    [InlineData("""{ "Variable": "$.at", "TimestampLessThanEquals": "2024-01-01T00:00:00Z" }""", "$.at <= timestamp'2024-01-01T00:00:00Z'")]
    [InlineData("""{ "Variable": "$.name", "StringMatches": "log-*.txt" }""", "$.name like 'log-*.txt'")]
    [InlineData("""{ "Variable": "$.s", "StringEquals": "it's" }""", "$.s == 'it\\'s'")]
    [InlineData("""{ "Variable": "$.x", "IsPresent": false }""", "!ispresent($.x)")]
    [InlineData("""{ "Variable": "$.x", "IsTimestamp": true }""", "istimestamp($.x)")]
    [InlineData("""{ "Not": { "Variable": "$.type", "StringEquals": "a" } }""", "$.type != 'a'")]
    [InlineData("""{ "Not": { "Variable": "$.x", "IsPresent": true } }""", "{\"Not\":{\"Variable\":\"$.x\",\"IsPresent\":true}}")]
    [InlineData("""{ "Or": [ { "Variable": "$.a", "NumericEquals": 1 }, { "And": [ { "Variable": "$.b", "IsNull": true }, { "Variable": "$.c", "StringGreaterThan": "m" } ] } ] }""", "$.a == 1 || (isnull($.b) && $.c > 'm')")]
    [InlineData("""{ "Variable": "$.x", "SomethingNew": 1 }""", "{\"Variable\":\"$.x\",\"SomethingNew\":1}")]
    [InlineData("""{ "Condition": "{% $states.input.total > 100 %}" }""", "$states.input.total > 100")]
    [InlineData("""{ "Condition": "$x = 1" }""", "$x = 1")]
    public void A_Choice_rule_reads_as_its_condition(string rule, string expected)
    {
        Assert.Equal(expected, MermaidDiagram.ChoiceRuleLabel(Parse(rule)));
    }

    [Fact]
    public void A_long_condition_is_cut_with_an_ellipsis_and_a_nesting_of_any_depth_stops_early()
    {
        var rule = new JsonObject();
        JsonObject inner = rule;
        for (int i = 0; i < 100_000; i++)
        {
            var not = new JsonObject();
            inner.Add("Not", not);
            inner = not;
        }

        inner.Add("Variable", new JsonString("$.x"));
        inner.Add("IsNull", JsonNode.True);
        rule.Add("Next", new JsonString("B"));
        var definition = new JsonObject();
        definition.Add("StartAt", new JsonString("A"));
        var states = new JsonObject();
        var choice = new JsonObject();
        choice.Add("Type", new JsonString("Choice"));
        var choices = new JsonArray();
        choices.Add(rule);
        choice.Add("Choices", choices);
        states.Add("A", choice);
        definition.Add("States", states);

        FlowEdge edge = Assert.Single(Draw(definition).Edges, e => e.Label is not null);
        Assert.Equal(MermaidDiagram.ConditionLabelLimit, edge.Label!.Length);
        Assert.StartsWith("{\"Not\":{\"Not\":{\"Not\":", edge.Label, StringComparison.Ordinal);
        Assert.EndsWith("\u2026", edge.Label, StringComparison.Ordinal);
    }

    public static IEnumerable<object[]> SpecialNames() => new[]
    {
        "say \"hi\"", "[x] (y) {z} {{w}} ((v))", "#hash #35; #quot; &#35;", "semi;colon", "a|b||c", "<b>bold</b> <script>x</script>",
        "a > b < c", "AT&T &amp; &copy; & && &", "line\nbreak", "ünïcödé 日本語 Ω", "emoji 🚀👩‍💻", "end", "graph", "subgraph", "flowchart TD",
        "style: #fff; classDef x:#000;", "%%{init: {\"theme\": \"dark\"}}%%", "50% off", "`markdown **bold**`", "¶ß and ﬂ°", "fa:fa-car fab:fa-github",
        "s1", "x--o y ---x z --> w -.-> v ==> u", "click A call cb()", "ends with a colon:", "&", "\\backslash 'single' ~^$@!?*_=+", new string('x', 80),
    }.Select(n => new object[] { n });

    [Theory]
    [MemberData(nameof(SpecialNames))]
    public void Any_state_name_reads_back_from_its_label_in_a_node_an_edge_and_a_subgraph(string name)
    {
        var definition = new JsonObject();
        definition.Add("StartAt", new JsonString(name));
        var states = new JsonObject();
        var state = new JsonObject();
        state.Add("Type", new JsonString("Choice"));
        var choices = new JsonArray();
        var rule = new JsonObject();
        rule.Add("Variable", new JsonString("$.x"));
        rule.Add("StringEquals", new JsonString(name));
        rule.Add("Next", new JsonString("Map " + name));
        choices.Add(rule);
        state.Add("Choices", choices);
        states.Add(name, state);
        JsonObject map = Parse("""{ "Type": "Map", "End": true, "ItemProcessor": { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } } }""");
        var catcher = new JsonObject();
        var errors = new JsonArray();
        errors.Add(new JsonString(name));
        catcher.Add("ErrorEquals", errors);
        catcher.Add("Next", new JsonString(name));
        var catchers = new JsonArray();
        catchers.Add(catcher);
        map.Add("Catch", catchers);
        states.Add("Map " + name, map);
        definition.Add("States", states);

        MermaidFlowchart chart = Draw(definition);

        string expected = name.Length > MermaidDiagram.NameLabelLimit ? name.Substring(0, MermaidDiagram.NameLabelLimit - 1) + "\u2026" : name;
        Assert.Equal(expected + "\nChoice", Assert.Single(chart.Nodes, n => n.Shape == "{").Label);
        Assert.Equal(("Map " + name).Length > MermaidDiagram.NameLabelLimit ? ("Map " + name).Substring(0, MermaidDiagram.NameLabelLimit - 1) + "\u2026" : "Map " + name, MermaidFlowchart.Name(Assert.Single(chart.Subgraphs).Value.Label));
        string condition = "$.x == '" + name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
        Assert.Contains(chart.Edges, e => e.Label == (condition.Length > MermaidDiagram.ConditionLabelLimit ? condition.Substring(0, MermaidDiagram.ConditionLabelLimit - 1) + "\u2026" : condition));
        Assert.Contains(chart.Edges, e => e.Dashed && e.Label == (name.Length > MermaidDiagram.ConditionLabelLimit ? name.Substring(0, MermaidDiagram.ConditionLabelLimit - 1) + "\u2026" : name));
    }

    [Fact]
    public void Characters_that_are_not_text_become_visible_stand_ins_and_a_long_name_is_cut()
    {
        string[] names = { "tab\there", "cr\r\nlf\rcr", "nul\0bell\u0007del\u007Fc1\u0085", "lone\uD800high \uDC00low", "\uFFFE\uFFFF", "sep\u2028par\u2029", new string('y', 200) };
        var definition = new JsonObject();
        var states = new JsonObject();
        foreach (string name in names)
        {
            states.Add(name, Parse("""{ "Type": "Succeed" }"""));
        }

        definition.Add("States", states);
        MermaidFlowchart chart = Draw(definition);

        Assert.Equal(
            new[] { "tab here", "cr\nlf\ncr", "nul\u2400bell\u2407del\u2421c1\uFFFD", "lone\uFFFDhigh \uFFFDlow", "\uFFFD\uFFFD", "sep\npar\n", new string('y', 79) + "\u2026" },
            chart.Nodes.Where(n => n.Shape == "([").Select(n => n.Name));
    }

    public static IEnumerable<object[]> HalfWritten() => new[]
    {
        "{}",
        """{ "StartAt": "A" }""",
        """{ "StartAt": 5, "States": [] }""",
        """{ "States": { "A": { "Type": "Pass", "Next": "A" } } }""",
        """{ "StartAt": "A", "States": { "A": 5, "B": null, "C": [], "D": "Pass" } }""",
        """{ "StartAt": "A", "States": { "A": { "Next": "B" }, "B": { "Type": 7, "End": "yes" } } }""",
        """{ "StartAt": "A", "States": { "A": { "Type": "Choice", "Choices": [ 1, {}, { "Next": 2 }, { "Next": "A" } ], "Default": 3 } } }""",
        """{ "StartAt": "A", "States": { "A": { "Type": "Parallel", "Branches": [ 1, {}, { "States": 2 }, { "StartAt": "Z" } ], "End": true } } }""",
        """{ "StartAt": "A", "States": { "A": { "Type": "Map", "ItemProcessor": [], "Iterator": {}, "End": true }, "B": { "Type": "Map" } } }""",
        """{ "StartAt": "A", "States": { "A": { "Type": "Task", "Catch": [ 1, { "Next": "B" }, { "ErrorEquals": "x", "Next": "B" }, { "ErrorEquals": [ 1, null ] } ] }, "B": { "Type": "Wait" } } }""",
        """{ "StartAt": "", "States": { "": { "Type": "", "Next": "" } } }""",
    }.Select(j => new object[] { j });

    [Theory]
    [MemberData(nameof(HalfWritten))]
    public void A_half_written_definition_is_drawn_as_far_as_it_goes(string json)
    {
        JsonObject definition = Parse(json);
        MermaidFlowchart chart = Draw(definition);

        Assert.Single(chart.Nodes, n => n.Subgraph is null && n.Shape == "((");
        if (definition.Get("States") is JsonObject states)
        {
            foreach (KeyValuePair<string, JsonNode> state in states.Members)
            {
                Assert.Single(chart.Nodes.Where(n => n.Subgraph is null && n.Name == state.Key && n.Type != "no such state").Select(n => n.Id).Concat(chart.Subgraphs.Where(s => s.Value.Parent is null && MermaidFlowchart.Name(s.Value.Label) == state.Key).Select(s => s.Key)));
            }
        }
    }

    [Fact]
    public void Nesting_thousands_deep_and_a_tree_that_contains_itself_are_drawn_without_overflow_or_loop()
    {
        var definition = new JsonObject();
        JsonObject scope = definition;
        for (int i = 0; i < 5_000; i++)
        {
            var states = new JsonObject();
            var map = new JsonObject();
            map.Add("Type", new JsonString("Map"));
            map.Add("End", JsonNode.True);
            var processor = new JsonObject();
            map.Add("ItemProcessor", processor);
            states.Add("level " + i, map);
            scope.Add("StartAt", new JsonString("level " + i));
            scope.Add("States", states);
            scope = processor;
        }

        string text = MermaidDiagram.Write(definition);
        MermaidFlowchart chart = MermaidFlowchart.Read(text);
        Assert.Equal(5_000, chart.Subgraphs.Count);
        Assert.True(chart.Inside(chart.Subgraphs.Single(s => s.Value.Label == "level 4999\nMap").Key, chart.IdOf("level 0", null)));
        Assert.True(text.Length < 5_000 * 400, "indentation is capped, so the text grows linearly");

        // A hand-built tree whose processor is the machine itself: drawn once, not forever.
        var cyclic = new JsonObject();
        var cyclicStates = new JsonObject();
        var loop = new JsonObject();
        loop.Add("Type", new JsonString("Map"));
        loop.Add("ItemProcessor", cyclic);
        cyclicStates.Add("Loop", loop);
        cyclic.Add("StartAt", new JsonString("Loop"));
        cyclic.Add("States", cyclicStates);
        Assert.Single(Draw(cyclic).Subgraphs);
    }

    [Fact]
    public void Random_objects_never_make_it_throw_and_always_give_a_well_formed_flowchart()
    {
        var random = new Random(20261203);
        for (int i = 0; i < 1500; i++)
        {
            var definition = (JsonObject)RandomObject(random, 0, topLevel: true);
            string text = MermaidDiagram.Write(definition);
            Assert.NotEqual(MermaidDiagram.Fallback, text);
            try
            {
                MermaidFlowchart.Read(text);
            }
            catch (Exception e)
            {
                throw new Xunit.Sdk.XunitException($"case {i}: {e.Message}\n{definition}\n{text}");
            }
        }
    }

    [Fact]
    public void The_same_definition_gives_the_same_text_whether_parsed_or_built()
    {
        string first = MermaidDiagram.Write(Parse(Orders));
        Assert.Equal(first, MermaidDiagram.Write(Parse(Orders)));
        Assert.Equal(first, MermaidDiagram.Write(Parse(JsonWriter.Write(Parse(Orders), indented: false))));
        Assert.Equal(MermaidDiagram.Write(new JsonObject()), MermaidDiagram.Write(null));
    }

    private static readonly string[] Keys = ["StartAt", "States", "Type", "Next", "End", "Default", "Choices", "Catch", "ErrorEquals", "Branches", "ItemProcessor", "Iterator", "Variable", "StringEquals", "NumericLessThanPath", "IsPresent", "And", "Or", "Not", "Condition", "Comment"];
    private static readonly string[] Types = ["Task", "Pass", "Choice", "Wait", "Succeed", "Fail", "Parallel", "Map", "Bogus", ""];
    private static readonly string[] Pieces = ["A", "B", "end", "\"", "#", "#35;", ";", "|", "<b>", ">", "&amp;", "&", "%%{", "`", ":fa-x fa:fa-y", "style:#1;", "¶ß", "ﬂ°", "\n", "\r", "\0", "\uD800", "\uDC00", "🚀", "\u2028", "\uFFFF", " ", "Ω", "{%", "%}"];

    private static JsonNode RandomObject(Random random, int depth, bool topLevel = false)
    {
        var obj = new JsonObject();
        int count = random.Next(topLevel ? 1 : 0, 6);
        for (int i = 0; i < count; i++)
        {
            string key = random.Next(3) == 0 ? RandomString(random) : Keys[random.Next(Keys.Length)];
            obj.Add(key, key == "Type" && random.Next(4) > 0 ? new JsonString(Types[random.Next(Types.Length)]) : RandomValue(random, depth + 1));
        }

        if (topLevel || random.Next(3) == 0)
        {
            var states = new JsonObject();
            for (int i = random.Next(0, 6); i > 0; i--)
            {
                states.Add(random.Next(2) == 0 ? Pieces[random.Next(2)] : RandomString(random), depth < 6 ? RandomObject(random, depth + 1) : JsonNode.Null);
            }

            obj.Add("States", states);
            obj.Add("StartAt", new JsonString(random.Next(2) == 0 ? "A" : RandomString(random)));
        }

        return obj;
    }

    private static JsonNode RandomValue(Random random, int depth)
    {
        switch (depth > 6 ? random.Next(4) : random.Next(7))
        {
            case 0: return new JsonString(RandomString(random));
            case 1: return new JsonString(Pieces[random.Next(2)]);
            case 2: return JsonNumber.FromInt64(random.Next(-5, 5));
            case 3: return random.Next(3) switch { 0 => JsonNode.True, 1 => JsonNode.False, _ => JsonNode.Null };
            case 4:
            case 5:
                var array = new JsonArray();
                for (int i = random.Next(0, 4); i > 0; i--)
                {
                    array.Add(random.Next(2) == 0 ? RandomObject(random, depth + 1) : RandomValue(random, depth + 1));
                }

                return array;
            default: return RandomObject(random, depth + 1);
        }
    }

    private static string RandomString(Random random)
    {
        var text = new StringBuilder();
        for (int i = random.Next(0, 5); i > 0; i--)
        {
            text.Append(Pieces[random.Next(Pieces.Length)]);
        }

        return text.ToString();
    }

    private static IEnumerable<FlowEdge> Sorted(IEnumerable<FlowEdge> edges) =>
        edges.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal).ThenBy(e => e.Label, StringComparer.Ordinal).ThenBy(e => e.Dashed);

    private static string StartOf(MermaidFlowchart chart, string? scope) => Assert.Single(chart.Nodes, n => n.Subgraph == scope && n.Shape == "((").Id;

    private static string EndOf(MermaidFlowchart chart, string? scope) => Assert.Single(chart.Nodes, n => n.Subgraph == scope && n.Shape == "(((").Id;

    /// <summary>Calls <paramref name="visit"/> with each state of the definition and the subgraph that holds its scope.</summary>
    private static void Walk(JsonObject scope, string? key, MermaidFlowchart chart, Action<string, JsonObject, string?> visit)
    {
        foreach (KeyValuePair<string, JsonNode> member in ((JsonObject)scope.Get("States")!).Members)
        {
            var state = (JsonObject)member.Value;
            visit(member.Key, state, key);
            foreach ((JsonObject child, string childKey) in Children(state, chart.IdOf(member.Key, key), chart))
            {
                Walk(child, childKey, chart, visit);
            }
        }
    }

    private static IEnumerable<(JsonObject Scope, string Key)> Children(JsonObject state, string id, MermaidFlowchart chart)
    {
        if (state.Get("Branches") is JsonArray branches)
        {
            for (int i = 0; i < branches.Count; i++)
            {
                yield return ((JsonObject)branches[i]!, chart.Subgraphs.Single(s => s.Value.Parent == id && s.Value.Label == "Branch " + (i + 1)).Key);
            }
        }

        if ((state.Get("ItemProcessor") ?? state.Get("Iterator")) is JsonObject processor)
        {
            yield return (processor, id);
        }
    }

    private static List<string?> Scopes(JsonObject definition, string? key, MermaidFlowchart chart)
    {
        var scopes = new List<string?> { key };
        foreach (KeyValuePair<string, JsonNode> member in ((JsonObject)definition.Get("States")!).Members)
        {
            foreach ((JsonObject child, string childKey) in Children((JsonObject)member.Value, chart.IdOf(member.Key, key), chart))
            {
                scopes.AddRange(Scopes(child, childKey, chart));
            }
        }

        return scopes;
    }

    private static JsonObject ScopeJson(JsonObject definition, string? scope, MermaidFlowchart chart)
    {
        if (scope is null)
        {
            return definition;
        }

        JsonObject? found = null;
        Walk(definition, null, chart, (name, state, key) =>
        {
            foreach ((JsonObject child, string childKey) in Children(state, chart.IdOf(name, key), chart))
            {
                if (childKey == scope)
                {
                    found = child;
                }
            }
        });
        return found!;
    }
}
