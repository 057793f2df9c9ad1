using StepGen.Asl.Compile;
using StepGen.Asl.Import;
using StepGen.Asl.Json;
using StepGen.Asl.Lint;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Tests.Import;

/// <summary>AslImporter: a definition read as attributes, problems placed in the text, and what it cannot say kept and noted.</summary>
public sealed class AslImporterTests
{
    [Fact]
    public void Each_state_becomes_a_class_whose_name_is_the_state_name_when_it_can_be()
    {
        AslImport import = AslImporter.Read("""
            { "StartAt": "more results?", "States": {
                "more results?": { "Type": "Choice", "Choices": [ { "Variable": "$.n", "IsPresent": true, "Next": "MoreResults" } ], "Default": "Done" },
                "MoreResults": { "Type": "Pass", "Next": "Done" },
                "Done": { "Type": "Succeed" } } }
            """, "Pager");

        string[] classes = import.Machine!.States.Select(s => s.ClassName).ToArray();
        Assert.Equal(3, classes.Distinct().Count());
        Assert.Contains("MoreResults", classes);
        Assert.Contains("Done", classes);

        // The Choice's class must not be MoreResults: nameof(MoreResults) names the state called MoreResults.
        SourceState choice = import.Machine.States.Single(s => s.Attributes[0].Name == "Choice");
        Assert.NotEqual("MoreResults", choice.ClassName);
        Assert.Equal("more results?", choice.Attributes[0].Get("Name")!.Value.Text);
    }

    [Fact]
    public void A_problem_inside_a_string_is_placed_at_its_characters_in_the_text()
    {
        const string text = """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Parameters": { "x.$": "$.items[" }, "End": true } } }""";

        LintFinding finding = Assert.Single(DefinitionLinter.Lint(text, "M").Findings);

        Assert.Equal(Rules.PathSyntax, finding.Id);
        Assert.Equal(text.IndexOf("$.items[", StringComparison.Ordinal) + "$.items".Length, finding.Offset);
    }

    [Fact]
    public void A_string_with_escapes_is_underlined_as_a_whole()
    {
        const string text = """{ "StartAt": "A", "States": { "A": { "Type": "Pass", "InputPath": "$.a\u0020[", "End": true } } }""";

        LintFinding finding = Assert.Single(DefinitionLinter.Lint(text, "M").Findings);

        Assert.Equal(Rules.PathSyntax, finding.Id);
        Assert.Equal(text.IndexOf("\"$.a", StringComparison.Ordinal), finding.Offset);
    }

    [Fact]
    public void A_field_without_a_property_is_kept_as_an_AslField_and_noted_with_its_path()
    {
        const string text = """
            { "StartAt": "Report", "States": { "Report": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:report",
              "Credentials": { "RoleArn": "arn:aws:iam::111122223333:role/Reporter" }, "End": true } } }
            """;

        AslImport import = AslImporter.Read(text, "M");

        ImportNote note = Assert.Single(import.Notes);
        Assert.Equal("$.States.Report.Credentials", note.Path);
        Assert.Equal(text.IndexOf("\"Credentials\"", StringComparison.Ordinal), note.Offset);
        SourceAttribute field = import.Machine!.States[0].Attributes.Single(a => a.Name == "AslField");
        Assert.Equal("Credentials", field.Get("name")!.Value.Text);
        Assert.Contains("RoleArn", MachineCompiler.Compile(import.Machine).Asl);
    }

    [Theory]
    [InlineData("""{ "StartAt": "A", "States": { "A": { "Next": "B" }, "B": { "Type": "Succeed" } } }""", "SG1016", "$.States.A")]
    [InlineData("""{ "StartAt": "A", "States": { "A": "Pass" } }""", "SG1016", "$.States.A")]
    [InlineData("""{ "StartAt": "A", "States": { "A": { "Type": "Wait", "Seconds": "ten", "End": true } } }""", "SG1016", "$.States.A.Seconds")]
    [InlineData("""{ "StartAt": "A", "States": { "A": { "Type": "Pass", "Next": 3 } } }""", "SG1016", "$.States.A.Next")]
    [InlineData("""{ "StartAt": "A", "Foo": 1, "States": { "A": { "Type": "Succeed" } } }""", "SG1015", "$.Foo")]
    [InlineData("""{ "StartAt": "A", "States": { "A": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:1:function:f", "End": true, "Retry": [ { "ErrorEquals": ["X"], "Intervals": 2 } ] } } }""", "SG1010", "$.States.A.Retry[0].Intervals")]
    [InlineData("""{ "StartAt": "A", "States": { "A": { "Type": "Map", "End": true, "ItemProcessor": { "StartAt": "B", "Mode": "INLINE", "States": { "B": { "Type": "Succeed" } } } } } }""", "SG1015", "$.States.A.ItemProcessor.Mode")]
    [InlineData("""{ "QueryLanguage": "JSONata", "StartAt": "C", "States": { "C": { "Type": "Choice", "Default": "D", "Choices": [ { "Variable": "$.a", "IsPresent": true, "Next": "D" } ] }, "D": { "Type": "Succeed" } } }""", "SG1015", "$.States.C.Choices[0].Variable")]
    public void What_attributes_cannot_hold_is_a_problem_with_its_path(string text, string id, string path)
    {
        AslImport import = AslImporter.Read(text, "M");

        Assert.Contains(import.Problems, p => p.Id == id && p.Path == path);
        Assert.Contains(DefinitionLinter.Lint(text, "M").Findings, f => f.Id == id);
    }

    [Fact]
    public void A_Choice_rule_keeps_its_offsets_with_Next_and_Comment_blanked_out()
    {
        const string text = """{ "StartAt": "C", "States": { "C": { "Type": "Choice", "Default": "D", "Choices": [ { "Comment": "c", "Variable": "$.a", "StringEquals": "x", "Next": "D" } ] }, "D": { "Type": "Succeed" } } }""";
        AslImport import = AslImporter.Read(text, "M");
        SourceAttribute when = import.Machine!.States[0].Attributes.Single(a => a.Name == "When");
        string condition = when.Get("condition")!.Value.Text!;

        int start = text.IndexOf("{ \"Comment\"", StringComparison.Ordinal);
        Assert.Equal(condition.Length, text.IndexOf("} ] }", start, StringComparison.Ordinal) + 1 - start);
        Assert.Equal(text.IndexOf("\"Variable\"", StringComparison.Ordinal) - start, condition.IndexOf("\"Variable\"", StringComparison.Ordinal));
        var rule = (JsonObject)JsonParser.Parse(condition).Value!;
        Assert.Equal(new[] { "Variable", "StringEquals" }, rule.Members.Select(m => m.Key));
    }

    [Fact]
    public void Reading_never_throws_on_broken_or_truncated_definitions()
    {
        string text = """
            { "Comment": "x", "StartAt": "A", "QueryLanguage": "JSONata", "States": {
              "A": { "Type": "Parallel", "Next": "B", "Branches": [ { "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } } ] },
              "B": { "Type": "Map", "Items": "{% $states.input.items %}", "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" }, "StartAt": "Q", "States": { "Q": { "Type": "Task", "Resource": "arn:aws:states:::http:invoke", "Arguments": { "ApiEndpoint": "https://x.example.com", "Method": "GET", "InvocationConfig": { "ConnectionArn": "${C}" } }, "End": true } } }, "Next": "C" },
              "C": { "Type": "Choice", "Choices": [ { "Condition": "{% $x %}", "Next": "D" } ], "Default": "D" },
              "D": { "Type": "Wait", "Seconds": "{% 3 %}", "Next": "E" },
              "E": { "Type": "Fail", "Error": "E", "Cause": "{% 'c' %}" } } }
            """;
        var random = new Random(20261203);
        for (int i = 0; i < 3000; i++)
        {
            string mutated = i < text.Length ? text.Substring(0, i) : Mutate(text, random);
            AslImport import = AslImporter.Read(mutated, "M");
            if (import.Machine is not null)
            {
                _ = DefinitionLinter.Lint(mutated, "M");
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        char[] chars = text.ToCharArray();
        for (int n = random.Next(1, 4); n > 0; n--)
        {
            const string alphabet = "{}[]\",: x1tn%$";
            chars[random.Next(chars.Length)] = alphabet[random.Next(alphabet.Length)];
        }

        return new string(chars);
    }
}
