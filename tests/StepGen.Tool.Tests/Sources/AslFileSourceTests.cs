using StepGen.Tool.Sources;

namespace StepGen.Tool.Tests.Sources;

public sealed class AslFileSourceTests : IDisposable
{
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    [Fact]
    public void An_asl_json_file_is_its_own_text()
    {
        // Even when it does not parse: the checks report that with their own position.
        const string text = "{\"StartAt\": \"A\",\n \"States\": {\"A\": {\"Type\": \"Pass\", \"End\": true,}}}";
        string path = _tree.Write("orders.asl.json", text);

        FoundDefinition found = Assert.Single(DefinitionSources.Read(path).Definitions);

        Assert.Equal(("orders.asl.json", null, text), (found.Name, found.MachineName, found.Text));
        Assert.Equal(SourceAssert.PositionIn(text, "\"Type\""), found.Map.PositionOf(text.IndexOf("\"Type\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_asl_yaml_file_becomes_JSON_with_typed_scalars()
    {
        const string yaml = """
            Comment: |
              Two lines
              of comment.
            StartAt: Wait a bit
            States:
              Wait a bit:
                Type: Wait
                Seconds: 30
                Next: Check
              Check:
                Type: Choice
                Choices:
                  - Variable: $.ready
                    BooleanEquals: true
                    Next: Done
                Default: Wait a bit
              Done:
                Type: Succeed
            """;
        string path = _tree.Write("poll.asl.yml", yaml);

        FoundDefinition found = Assert.Single(DefinitionSources.Read(path).Definitions);

        SourceAssert.JsonEqual("""
            {"Comment": "Two lines\nof comment.\n", "StartAt": "Wait a bit", "States": {
              "Wait a bit": {"Type": "Wait", "Seconds": 30, "Next": "Check"},
              "Check": {"Type": "Choice", "Choices": [{"Variable": "$.ready", "BooleanEquals": true, "Next": "Done"}], "Default": "Wait a bit"},
              "Done": {"Type": "Succeed"}}}
            """, found.Text);
        Assert.Equal(SourceAssert.PositionIn(yaml, "BooleanEquals"), SourceAssert.MappedPosition(found, "BooleanEquals"));
        Assert.Equal(SourceAssert.PositionIn(yaml, "of comment"), SourceAssert.MappedPosition(found, "of comment"));
        Assert.Equal(SourceAssert.PositionIn(yaml, "Check", occurrence: 2), SourceAssert.MappedPosition(found, "Check", occurrence: 2));
    }

    [Fact]
    public void A_yaml_file_with_StartAt_and_States_is_a_definition()
    {
        string path = _tree.Write("flow.yaml", "StartAt: A\nStates: {A: {Type: Succeed}}\n");
        FoundDefinition found = Assert.Single(DefinitionSources.Read(path).Definitions);
        SourceAssert.JsonEqual("""{"StartAt": "A", "States": {"A": {"Type": "Succeed"}}}""", found.Text);
    }

    [Fact]
    public void An_explicit_JSON_file_that_is_neither_ASL_nor_a_template_is_an_error()
    {
        string path = _tree.Write("package.json", "{\"name\": \"x\"}");
        SourceError error = Assert.Single(DefinitionSources.Read(path).Errors);
        Assert.Contains("holds no state machine: looked for an ASL definition", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_asl_yaml_file_that_is_not_YAML_says_where()
    {
        const string yaml = "StartAt: A\nStates:\n  A:\n    Type: Pass\n   End: true\n";
        string path = _tree.Write("bad.asl.yaml", yaml);
        SourceError error = Assert.Single(DefinitionSources.Read(path).Errors);
        Assert.StartsWith("not YAML", error.Message, StringComparison.Ordinal);
        Assert.Equal(SourceAssert.PositionIn(yaml, "End"), error.Position);
    }
}
