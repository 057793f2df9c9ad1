using System.Text.Json.Nodes;
using static StepGen.Tool.Tests.Stepgen;

namespace StepGen.Tool.Tests;

/// <summary>The <c>stepgen lint PATH... [--format text|sarif|github] [--warnings-as-errors]</c> contract, through the tool's entry point.</summary>
public sealed class LintCommandTests : IDisposable
{
    private const string Broken = """
        {
          "StartAt": "Start",
          "States": {
            "Start": { "Type": "Pass", "Next": "Finsh" },
            "Finish": { "Type": "Succeed" }
          }
        }
        """;

    private const string Unreachable = """
        { "StartAt": "A", "States": { "A": { "Type": "Succeed" }, "Orphan": { "Type": "Succeed" } } }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("stepgen-lint-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Prints_each_finding_at_its_line_and_column_and_exits_3_on_an_error()
    {
        string file = Write("orders.asl.json", Broken);

        (int code, string stdout, _) = await Run("lint", file);

        Assert.Equal(3, code);
        (int line, int column) = Position(Broken, "\"Finsh\"");
        Assert.Contains($"{file}({line},{column}): error SG1004: Next names 'Finsh', which is not a state of the state machine; did you mean 'Finish'?", stdout);
        Assert.Contains("1 state machine checked: 1 error, 0 warnings, 0 messages.", stdout);
    }

    [Fact]
    public async Task A_folder_without_definitions_passes_but_says_so()
    {
        Directory.CreateDirectory(Path.Combine(_dir, "web"));
        Write(Path.Combine("web", "package.json"), """{ "name": "site" }""");

        (int code, string stdout, string stderr) = await Run("lint", Path.Combine(_dir, "web"));

        Assert.Equal(0, code);
        Assert.Contains("0 state machines checked", stdout);
        Assert.Contains("no state machine definition found in", stderr);
    }

    [Fact]
    public async Task A_clean_definition_exits_0_and_a_warning_fails_only_with_warnings_as_errors()
    {
        string clean = Write("clean.asl.json", """{ "StartAt": "A", "States": { "A": { "Type": "Succeed" } } }""");
        string warned = Write("warned.asl.json", Unreachable);

        (int cleanCode, string cleanOut, _) = await Run("lint", clean);
        (int warnedCode, string warnedOut, _) = await Run("lint", warned);
        (int strictCode, _, _) = await Run("lint", "--warnings-as-errors", warned);

        Assert.Equal(0, cleanCode);
        Assert.Contains("0 errors, 0 warnings", cleanOut);
        Assert.Equal(0, warnedCode);
        Assert.Contains("warning SG1005", warnedOut);
        Assert.Equal(3, strictCode);
    }

    [Fact]
    public async Task Severity_sets_a_rules_severity_for_the_run_as_editorconfig_does_for_the_analyzers()
    {
        string warned = Write("warned.asl.json", Unreachable);

        (int raised, string raisedOut, _) = await Run("lint", "--severity", "SG1005=error", warned);
        (int silenced, string silencedOut, _) = await Run("lint", "--severity=SG1005=none", "--warnings-as-errors", warned);
        (int bad, _, string badErr) = await Run("lint", "--severity", "SG9999=none", warned);

        Assert.Equal(3, raised);
        Assert.Contains("error SG1005", raisedOut);
        Assert.Equal(0, silenced);
        Assert.DoesNotContain("SG1005", silencedOut);
        Assert.Equal(1, bad);
        Assert.Contains("--severity takes", badErr);
    }

    [Fact]
    public async Task A_folder_is_searched_and_a_template_reports_in_the_template_with_the_resource_name()
    {
        string template = """
            AWSTemplateFormatVersion: "2010-09-09"
            Resources:
              OrdersMachine:
                Type: AWS::StepFunctions::StateMachine
                Properties:
                  DefinitionString: !Sub |
                    {
                      "StartAt": "Call",
                      "States": {
                        "Call": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "End": true,
                          "Parameters": { "ApiEndpoint": "http://api.example.com/orders", "Method": "GET",
                                          "Authentication": { "ConnectionArn": "${OrdersConnection.Arn}" } } }
                      }
                    }
            """;
        Directory.CreateDirectory(Path.Combine(_dir, "infra"));
        string file = Write(Path.Combine("infra", "template.yaml"), template);
        Write(Path.Combine("infra", "package.json"), """{ "name": "not a definition" }""");

        (int code, string stdout, _) = await Run("lint", Path.Combine(_dir, "infra"));

        Assert.Equal(3, code);
        (int line, int column) = Position(template, "\"http://api.example.com/orders\"");
        Assert.Contains($"{file}({line},{column}): error SG3001:", stdout);
        Assert.Contains("[OrdersMachine]", stdout);
        Assert.Contains("1 state machine checked", stdout);
    }

    [Fact]
    public async Task GitHub_annotations_carry_the_position_and_escape_what_the_command_syntax_needs()
    {
        string file = Write("a,b%.asl.json", Broken);

        (int code, string stdout, string stderr) = await Run("lint", "--format", "github", file);

        Assert.Equal(3, code);
        (int line, int column) = Position(Broken, "\"Finsh\"");
        string annotation = Assert.Single(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("::error file=", annotation);
        Assert.Contains("a%2Cb%25.asl.json", annotation);
        Assert.Contains($",line={line},endLine={line},col={column},endColumn={column + "\"Finsh\"".Length},title=SG1004::Next names 'Finsh'", annotation);
        Assert.Contains("1 error", stderr);
    }

    [Fact]
    public async Task Sarif_has_the_rule_the_result_and_its_region()
    {
        string file = Write("orders.asl.json", Broken);

        (int code, string stdout, _) = await Run("lint", "--format", "sarif", file);

        Assert.Equal(3, code);
        JsonNode sarif = JsonNode.Parse(stdout)!;
        Assert.Equal("2.1.0", (string?)sarif["version"]);
        JsonNode run = sarif["runs"]![0]!;
        Assert.Equal("StepGen", (string?)run["tool"]!["driver"]!["name"]);
        JsonNode rule = run["tool"]!["driver"]!["rules"]![0]!;
        Assert.Equal("SG1004", (string?)rule["id"]);
        Assert.EndsWith("docs/diagnostics/SG1004.md", (string?)rule["helpUri"]);
        Assert.Equal("error", (string?)rule["defaultConfiguration"]!["level"]);
        JsonNode result = run["results"]![0]!;
        Assert.Equal("SG1004", (string?)result["ruleId"]);
        Assert.Equal(0, (int)result["ruleIndex"]!);
        JsonNode region = result["locations"]![0]!["physicalLocation"]!["region"]!;
        (int line, int column) = Position(Broken, "\"Finsh\"");
        Assert.Equal(line, (int)region["startLine"]!);
        Assert.Equal(column, (int)region["startColumn"]!);
        Assert.Equal(column + "\"Finsh\"".Length, (int)region["endColumn"]!);
        Assert.True((bool)run["invocations"]![0]!["executionSuccessful"]!);
    }

    [Fact]
    public async Task A_file_that_is_not_json_or_yaml_is_reported_with_where_reading_stopped_and_exits_2()
    {
        string file = Write("template.yaml", "Resources:\n  A: [1, 2\n  B: x\n");

        (int code, string stdout, _) = await Run("lint", file);

        Assert.Equal(2, code);
        Assert.Matches(@"template\.yaml\(\d+,\d+\): error: ", stdout);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("lint", "--format", "xml", "x.json")]
    [InlineData("lint", "--verbose", "x.json")]
    [InlineData("lint", "no-such-file.json")]
    public async Task Bad_arguments_exit_1_with_a_message(params string[] args)
    {
        (int code, _, string stderr) = await Run(args);

        Assert.Equal(1, code);
        Assert.StartsWith("stepgen lint: ", stderr);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }


}
