using StepGen.Asl.Graph;
using StepGen.Asl.Json;
using static StepGen.Tool.Tests.Stepgen;

namespace StepGen.Tool.Tests;

/// <summary>The <c>stepgen graph FILE</c> contract, through the tool's entry point.</summary>
public sealed class GraphCommandTests : IDisposable
{
    private const string Definition = """
        {
          "Comment": "Grüße 🚀",
          "StartAt": "Check \"order\"",
          "States": {
            "Check \"order\"": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.total", "NumericGreaterThan": 100, "Next": "Both" } ],
              "Default": "Rejected"
            },
            "Both": {
              "Type": "Parallel",
              "Branches": [
                { "StartAt": "Email", "States": { "Email": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": true } } },
                { "StartAt": "Save", "States": { "Save": { "Type": "Pass", "End": true } } }
              ],
              "Catch": [ { "ErrorEquals": [ "States.ALL" ], "Next": "Rejected" } ],
              "End": true
            },
            "Rejected": { "Type": "Fail", "Error": "Rejected" }
          }
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("stepgen-graph-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Prints_the_Mermaid_flowchart_of_the_definition_and_exits_0()
    {
        string file = Write("orders.asl.json", Definition);

        (int code, string stdout, string stderr) = await Run("graph", file);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(MermaidDiagram.Write((JsonObject)JsonParser.Parse(Definition).Value!), stdout);
        Assert.StartsWith("flowchart TD\n", stdout, StringComparison.Ordinal);
        Assert.Contains("Check #34;order#34;", stdout, StringComparison.Ordinal);
        Assert.Contains("$.total > 100", stdout, StringComparison.Ordinal);
        Assert.Equal(3, stdout.Split('\n').Count(l => l.TrimStart().StartsWith("subgraph ", StringComparison.Ordinal))); // the Parallel and its two branches
    }

    [Fact]
    public async Task A_yaml_definition_is_drawn_as_its_json_twin()
    {
        string yaml = Write("orders.asl.yaml", "StartAt: Check\nStates:\n  Check:\n    Type: Pass\n    End: true\n");

        (int code, string stdout, string stderr) = await Run("graph", yaml);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal(MermaidDiagram.Write((JsonObject)JsonParser.Parse("""{ "StartAt": "Check", "States": { "Check": { "Type": "Pass", "End": true } } }""").Value!), stdout);
    }

    [Fact]
    public async Task A_half_written_definition_is_drawn_as_far_as_it_goes()
    {
        string file = Write("draft.asl.json", """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": "Later" } } }""");

        (int code, string stdout, string stderr) = await Run("graph", file);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("Later<br/>no such state", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_that_is_not_JSON_exits_2_with_the_line_and_column()
    {
        string file = Write("broken.asl.json", "{\n  \"StartAt\": \"A\",\n  \"States\": {,}\n}");

        (int code, string stdout, string stderr) = await Run("graph", file);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("broken.asl.json: not JSON", stderr, StringComparison.Ordinal);
        Assert.Contains("line 3, column 14", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"name\": \"package\", \"version\": \"1.0.0\" }", "neither StartAt nor States")]
    [InlineData("[1, 2]", "not an array")]
    [InlineData("\"flowchart\"", "not a string")]
    [InlineData("null", "not null")]
    public async Task JSON_that_is_not_an_object_exits_2(string json, string expected)
    {
        string file = Write("value.json", json);

        (int code, string stdout, string stderr) = await Run("graph", file);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_arguments_exit_1_with_the_reason_on_stderr()
    {
        string file = Write("orders.asl.json", Definition);

        (int code, string stdout, string stderr) = await Run("graph");
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Contains("the definition is missing", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await Run("graph", Path.Combine(_dir, "missing.asl.json"));
        Assert.Equal(1, code);
        Assert.Contains("missing.asl.json: no such file", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await Run("graph", file, "other.asl.json");
        Assert.Equal(1, code);
        Assert.Contains("unexpected argument 'other.asl.json'", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await Run("graph", "--output", "x.mmd");
        Assert.Equal(1, code);
        Assert.Contains("unexpected argument '--output'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_names_the_graph_command_and_an_unknown_command_lists_it()
    {
        (int code, string stdout, _) = await Run("graph", "--help");
        Assert.Equal(0, code);
        Assert.Contains("stepgen graph FILE [--definition NAME]", stdout, StringComparison.Ordinal);

        (code, _, string stderr) = await Run("grpah");
        Assert.Equal(1, code);
        Assert.Contains("graph", stderr, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

}
