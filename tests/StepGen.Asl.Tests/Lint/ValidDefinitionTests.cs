using System.Globalization;
using StepGen.Asl.Compile;
using StepGen.Asl.Import;
using StepGen.Asl.Json;
using StepGen.Asl.Lint;
using StepGen.Asl.Problems;

namespace StepGen.Asl.Tests.Lint;

/// <summary>
/// Definitions AWS accepts that a new user's review found lint refusing: each lints with no error, and reads back as
/// attributes that compile to the same definition.
/// </summary>
public sealed class ValidDefinitionTests
{
    [Theory]
    // The Wait state page: "In JSONata states, you can alternatively specify a JSONata expression which must evaluate to an integer".
    [InlineData("""{ "QueryLanguage": "JSONata", "StartAt": "W", "States": { "W": { "Type": "Wait", "Seconds": "{% $states.input.delay %}", "Next": "D" }, "D": { "Type": "Succeed" } } }""")]
    // The ResultWriter page: WriterConfig alone formats the results without exporting them to S3.
    [InlineData("""
        { "StartAt": "M", "States": { "M": { "Type": "Map", "End": true,
          "ItemProcessor": { "ProcessorConfig": { "Mode": "DISTRIBUTED", "ExecutionType": "EXPRESS" }, "StartAt": "P", "States": { "P": { "Type": "Pass", "End": true } } },
          "ResultWriter": { "WriterConfig": { "Transformation": "FLATTEN", "OutputType": "JSON" } } } } }
        """)]
    // Arguments as one expression, as published AWS samples write it.
    [InlineData("""{ "QueryLanguage": "JSONata", "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Arguments": "{% { 'FunctionName': 'arn:aws:lambda:us-east-1:123456789012:function:f', 'Payload': $states.input } %}", "End": true } } }""")]
    public void Lints_with_no_error_and_compiles_back_to_itself(string text)
    {
        LintResult result = DefinitionLinter.Lint(text, "Valid");

        Assert.DoesNotContain(result.Findings, f => f.Severity == RuleSeverity.Error);
        CompiledMachine compiled = MachineCompiler.Compile(AslImporter.Read(text, "Valid").Machine!);
        Assert.True(
            JsonNode.DeepEqualsBy(JsonParser.Parse(text).Value, JsonParser.Parse(compiled.Asl).Value, ignoreMemberOrder: true, (a, b) => decimal.Parse(a.Text, NumberStyles.Float, CultureInfo.InvariantCulture) == decimal.Parse(b.Text, NumberStyles.Float, CultureInfo.InvariantCulture)),
            compiled.Asl);
    }
}

/// <summary>A Task resource whose partition is a substitution, as CloudFormation, CDK and Terraform write it.</summary>
public sealed class PartitionSubstitutionTests
{
    [Theory]
    [InlineData("arn:${AWS__Partition}:states:::lambda:invoke")]
    [InlineData("arn:${data_aws_partition_current_partition}:states:::lambda:invoke")]
    public void The_integration_is_the_standard_partitions_and_gets_its_grant(string resource)
    {
        string text = "{ \"StartAt\": \"T\", \"States\": { \"T\": { \"Type\": \"Task\", \"Resource\": \"" + resource + "\", "
            + "\"Parameters\": { \"FunctionName\": \"arn:aws:lambda:us-east-1:123456789012:function:orders\", \"Payload.$\": \"$\" }, \"End\": true } } }";

        LintResult result = DefinitionLinter.Lint(text, "Orders");

        Assert.Empty(result.Findings);
        Assert.Contains("lambda:InvokeFunction", result.Compiled!.IamPolicy);
        Assert.Contains("arn:aws:lambda:us-east-1:123456789012:function:orders", result.Compiled.IamPolicy);
    }
}

/// <summary>A Task that runs as the role its Credentials name: the policy cannot yet assume it, and says so.</summary>
public sealed class CredentialsTests
{
    [Fact]
    public void The_policy_warns_that_it_does_not_allow_assuming_the_role()
    {
        const string text = """
            { "StartAt": "T", "States": { "T": { "Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "End": true,
              "Credentials": { "RoleArn": "arn:aws:iam::111122223333:role/Reporter" },
              "Parameters": { "FunctionName": "arn:aws:lambda:us-east-1:111122223333:function:report" } } } }
            """;

        LintFinding finding = Assert.Single(DefinitionLinter.Lint(text, "Report").Findings);

        Assert.Equal(Rules.IamNotDerived, finding.Id);
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("sts:AssumeRole", finding.Message);
        Assert.DoesNotContain("[IamStatement]", finding.Message);
    }
}
