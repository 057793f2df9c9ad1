using StepGen.Tool.Sources;

namespace StepGen.Tool.Tests.Sources;

public sealed class DirectorySearchTests : IDisposable
{
    private const string Asl = """{"StartAt": "A", "States": {"A": {"Type": "Pass", "Result": "${Colour}", "End": true}}}""";
    private readonly TempTree _tree = new();

    public void Dispose() => _tree.Dispose();

    private string Relative(string path) => Path.GetRelativePath(_tree.Root, path).Replace('\\', '/');

    [Fact]
    public void A_directory_is_searched_in_order_skipping_build_output_and_reporting_referenced_files_once()
    {
        _tree.Write("app/template.yaml", "Resources:\n  Painter:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: statemachine/paint.asl.json\n      DefinitionSubstitutions:\n        Colour: teal\n");
        _tree.Write("app/statemachine/paint.asl.json", Asl);
        _tree.Write("app/statemachine/dry.asl.yaml", "StartAt: W\nStates:\n  W: {Type: Wait, Seconds: 10, End: true}\n");
        _tree.Write("app/plain-machine.json", Asl);
        _tree.Write("app/package.json", "{\"name\": \"app\", \"version\": \"1.0.0\"}");
        _tree.Write("app/workflow.yml", "on: [push]\njobs: {build: {runs-on: ubuntu-latest}}\n");
        _tree.Write("app/broken.yaml", "this: is: not: yaml: [\n");
        _tree.Write("app/notes.txt", Asl);
        _tree.Write("app/node_modules/lib/x.asl.json", Asl);
        _tree.Write("app/bin/Debug/copy.asl.json", Asl);
        _tree.Write("app/.aws-sam/build/template.yaml", "Resources:\n  P:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: x.json\n");
        _tree.Write("cdk/cdk.out/manifest.json", "{\"version\": \"36.0.0\", \"artifacts\": {}}");
        _tree.Write("cdk/cdk.out/tree.json", "{\"tree\": {\"id\": \"App\", \"attributes\": {\"aws:cdk:cloudformation:type\": \"AWS::StepFunctions::StateMachine\"}}}");
        _tree.Write("cdk/cdk.out/Shop.template.json", Template("Checkout"));
        _tree.Write("cdk/cdk.out/asset.0123abcd/bundled.asl.json", Asl);
        _tree.Write("cdk/cdk.out/assembly-Prod/ProdShop.template.json", Template("ProdCheckout"));
        _tree.Write("tf/main.tf", "resource \"aws_sfn_state_machine\" \"paint\" {\n  definition = templatefile(\"${path.module}/paint.asl.json\", { Colour = \"red\" })\n}\n");
        _tree.Write("tf/paint.asl.json", Asl);
        _tree.Write("tf/other.tf", "resource \"aws_s3_bucket\" \"b\" {}\n");

        SourceReadResult result = DefinitionSources.Read(_tree.Root);

        Assert.Empty(result.Errors);
        Assert.Equal(
            [
                ("app/plain-machine.json", "plain-machine.json"),
                ("app/statemachine/dry.asl.yaml", "dry.asl.yaml"),
                ("app/statemachine/paint.asl.json", "Painter"),
                ("cdk/cdk.out/Shop.template.json", "Checkout"),
                ("cdk/cdk.out/assembly-Prod/ProdShop.template.json", "ProdCheckout"),
                ("tf/paint.asl.json", "aws_sfn_state_machine.paint"),
            ],
            result.Definitions.Select(d => (Relative(d.File), d.Name)).ToArray());
        Assert.Contains("\"teal\"", result.Definitions[2].Text, StringComparison.Ordinal);
        Assert.Contains("\"red\"", result.Definitions[5].Text, StringComparison.Ordinal);

        // The same search twice gives the same answer.
        Assert.Equal(
            result.Definitions.Select(d => (d.File, d.Name, d.Text)),
            DefinitionSources.Read(_tree.Root).Definitions.Select(d => (d.File, d.Name, d.Text)));
    }

    [Fact]
    public void A_referenced_file_named_explicitly_is_read_on_its_own()
    {
        _tree.Write("template.yaml", "Resources:\n  P:\n    Type: AWS::Serverless::StateMachine\n    Properties:\n      DefinitionUri: p.asl.json\n");
        string asl = _tree.Write("p.asl.json", Asl);

        FoundDefinition found = Assert.Single(DefinitionSources.Read(asl).Definitions);

        Assert.Equal("p.asl.json", found.Name);
        Assert.Equal(Asl, found.Text);
    }

    [Fact]
    public void A_template_in_a_directory_that_does_not_parse_is_reported()
    {
        _tree.Write("t.yaml", "Resources:\n  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties: {DefinitionString: \"x\"\n");
        SourceError error = Assert.Single(DefinitionSources.Read(_tree.Root).Errors);
        Assert.StartsWith("not YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_path_that_does_not_exist_is_an_error()
    {
        SourceError error = Assert.Single(DefinitionSources.Read(_tree.PathOf("missing")).Errors);
        Assert.Equal("no such file or directory", error.Message);
    }

    private static string Template(string logicalId) => """
        {"Resources": {"LOGICAL_ID": {"Type": "AWS::StepFunctions::StateMachine", "Properties": {
          "DefinitionString": {"Fn::Join": ["", ["{\"StartAt\":\"A\",\"States\":{\"A\":{\"Type\":\"Task\",\"Resource\":\"", {"Fn::GetAtt": ["Fn", "Arn"]}, "\",\"End\":true}}}"]]}}}}}
        """.Replace("LOGICAL_ID", logicalId, StringComparison.Ordinal);
}
