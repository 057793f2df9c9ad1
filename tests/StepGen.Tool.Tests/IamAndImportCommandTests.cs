using System.Text.Json.Nodes;
using static StepGen.Tool.Tests.Stepgen;

namespace StepGen.Tool.Tests;

/// <summary><c>stepgen iam FILE</c> and <c>stepgen import FILE [--namespace N] [--class C]</c>, through the tool's entry point.</summary>
public sealed class IamAndImportCommandTests : IDisposable
{
    private const string HttpCall = """
        {
          "Comment": "Posts an order",
          "StartAt": "Send order",
          "States": {
            "Send order": {
              "Type": "Task",
              "Resource": "arn:aws:states:::http:invoke",
              "Parameters": {
                "ApiEndpoint": "https://api.example.com/v1/orders",
                "Method": "POST",
                "Authentication": { "ConnectionArn": "${OrdersConnectionArn}" },
                "Headers": { "Content-Type": "application/json" },
                "RequestBody": { "id.$": "$.order.id" }
              },
              "Retry": [ { "ErrorEquals": ["States.Http.StatusCode.503"], "MaxAttempts": 2 } ],
              "Next": "Done?"
            },
            "Done?": {
              "Type": "Choice",
              "Choices": [ { "Variable": "$.StatusCode", "NumericEquals": 201, "Next": "Done" } ],
              "Default": "Failed"
            },
            "Done": { "Type": "Succeed" },
            "Failed": { "Type": "Fail", "Error": "OrderNotCreated" }
          }
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("stepgen-iam-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Iam_prints_the_derived_policy_scoped_to_the_endpoint_and_the_connection()
    {
        string file = Write("orders.asl.json", HttpCall);

        (int code, string stdout, string stderr) = await Run("iam", file);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        JsonNode policy = JsonNode.Parse(stdout)!;
        Assert.Equal("2012-10-17", (string?)policy["Version"]);
        string text = stdout;
        Assert.Contains("states:InvokeHTTPEndpoint", text);
        Assert.Contains("https://api.example.com/v1/orders", text);
        Assert.Contains("events:RetrieveConnectionCredentials", text);
        Assert.Contains("${OrdersConnectionArn}", text);
        Assert.DoesNotContain("\"Resource\": \"*\"", text);
    }

    [Fact]
    public async Task Iam_of_a_template_with_two_machines_asks_which_and_takes_definition()
    {
        string template = """
            {
              "Resources": {
                "First": { "Type": "AWS::StepFunctions::StateMachine", "Properties": { "Definition": { "StartAt": "A", "States": { "A": { "Type": "Succeed" } } } } },
                "Second": { "Type": "AWS::StepFunctions::StateMachine", "Properties": { "StateMachineName": "second-machine",
                  "Definition": { "StartAt": "P", "States": { "P": { "Type": "Task", "Resource": "arn:aws:states:::sns:publish", "Parameters": { "TopicArn": "arn:aws:sns:us-east-1:123456789012:alerts", "Message": "x" }, "End": true } } } } }
              }
            }
            """;
        string file = Write("template.json", template);

        (int ambiguous, _, string why) = await Run("iam", file);
        (int code, string stdout, _) = await Run("iam", file, "--definition", "Second");

        Assert.Equal(1, ambiguous);
        Assert.Contains("First, Second", why);
        Assert.Equal(0, code);
        Assert.Contains("arn:aws:sns:us-east-1:123456789012:alerts", stdout);
        Assert.Contains("sns:Publish", stdout);
    }

    [Fact]
    public async Task Import_writes_the_class_a_person_would_write()
    {
        string file = Write("send-order.asl.json", HttpCall);

        (int code, string stdout, string stderr) = await Run("import", file, "--namespace", "Shop.Workflows", "--class", "SendOrder");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        stdout = System.Text.RegularExpressions.Regex.Replace(stdout, @"\s+", " ");
        Assert.Contains("namespace Shop.Workflows;", stdout);
        Assert.Contains("[StateMachine(StartAt = nameof(SendOrderTask), Comment = \"Posts an order\")]", stdout);
        Assert.Contains("public partial class SendOrder", stdout);
        Assert.Contains("[HttpTask(Name = \"Send order\", ApiEndpoint = \"https://api.example.com/v1/orders\", Method = \"POST\", ConnectionArn = \"${OrdersConnectionArn}\"", stdout);
        Assert.Contains("[Header(\"Content-Type\", \"application/json\")]", stdout);
        Assert.Contains("[Body(\"id\", Path = \"$.order.id\")]", stdout);
        Assert.Contains("[When(\"$.StatusCode == 201\", Next = nameof(Done))]", stdout);
        Assert.Contains("[Retry(\"States.Http.StatusCode.503\", MaxAttempts = 2)]", stdout);
        Assert.Contains("[Fail(Error = \"OrderNotCreated\")]", stdout);
    }

    [Fact]
    public async Task Import_names_what_it_keeps_in_another_form_and_refuses_what_attributes_cannot_hold()
    {
        string kept = Write("kept.asl.json", """
            { "StartAt": "Run", "States": { "Run": { "Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:run",
              "Credentials": { "RoleArn": "arn:aws:iam::111122223333:role/Runner" }, "End": true } } }
            """);
        const string untyped = """{ "StartAt": "A", "States": { "A": { "Next": "B" }, "B": { "Type": "Succeed" } } }""";
        string refused = Write("refused.asl.json", untyped);

        (int keptCode, string keptOut, string keptErr) = await Run("import", kept);
        (int refusedCode, string refusedOut, string refusedErr) = await Run("import", refused);

        Assert.Equal(0, keptCode);
        Assert.Contains("[AslField(\"Credentials\"", keptOut);
        Assert.Contains("$.States.Run.Credentials", keptErr);
        Assert.Equal(2, refusedCode);
        Assert.Equal(string.Empty, refusedOut);
        (int line, int column) = Position(untyped, "\"A\": {");
        Assert.Contains($"refused.asl.json({line},{column}): error SG1016: $.States.A: The state has no Type", refusedErr);
    }

    [Theory]
    [InlineData("--class", "Not a class")]
    [InlineData("--namespace", "Shop..Workflows")]
    [InlineData("--color", "red")]
    public async Task Import_refuses_bad_arguments_with_exit_1(string option, string value)
    {
        string file = Write("a.asl.json", """{ "StartAt": "A", "States": { "A": { "Type": "Succeed" } } }""");

        (int code, _, string stderr) = await Run("import", file, option, value);

        Assert.Equal(1, code);
        Assert.StartsWith("stepgen import: ", stderr);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }
}
