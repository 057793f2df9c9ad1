using StepGen.Asl.Collections;
using StepGen.Asl.Problems;
using StepGen.Asl.Shapes;
using StepGen.Asl.Source;
using static StepGen.Asl.Tests.RuleCases.Model;

namespace StepGen.Asl.Tests.RuleCases;

/// <summary>
/// The path rules (SG2001-SG2007) and the HTTP task rules (SG3001-SG3013) on source models built directly. The
/// security rules (SG4001-SG4006) have theirs in <see cref="SecurityRulesTests"/> and the IAM tests.
/// </summary>
public sealed class PathAndHttpRuleTests
{
    private static SourceMachine OnePass(params (string, object?)[] arguments) =>
        Machine("Start", State("Start", Attr("Pass", arguments.Append(("End", (object?)true)).ToArray())));

    /// <summary>A machine whose one state is an HTTP task with these arguments (End added) and extra attributes.</summary>
    private static SourceMachine Http((string, object?)[] arguments, params SourceAttribute[] extras) =>
        Machine("Call", State("Call", new[] { Attr("HttpTask", arguments.Append(("End", (object?)true)).ToArray()) }.Concat(extras).ToArray()));

    /// <summary>An HTTP call written as a [Task] whose Parameters text has these members after ApiEndpoint and Method.</summary>
    private static SourceMachine TaskCall(string members = "") => Machine("Call", State("Call", Attr(
        "Task",
        ("Resource", "arn:aws:states:::http:invoke"),
        ("Parameters", "{ \"ApiEndpoint\": \"https://api.example.com/v1/orders\", \"Method\": \"GET\"" + members + " }"),
        ("End", true))));

    private static string Connection(string field) => $", \"{field}\": {{ \"ConnectionArn\": \"{ConnectionArn}\" }}";

    private static (string, object?)[] Post(string url = "https://api.example.com/v1/orders", string method = "POST") =>
        new (string, object?)[] { ("ApiEndpoint", url), ("Method", method), ("ConnectionArn", ConnectionArn) };

    [Fact]
    public void SG2001_path_that_does_not_parse()
    {
        Problem problem = Single(OnePass(("InputPath", "$.order[")), Rules.PathSyntax);
        Assert.Equal("InputPath", problem.Location.Argument);
        Clean(OnePass(("InputPath", "$.order")));
    }

    [Fact]
    public void SG2002_ResultPath_that_is_not_a_reference_path()
    {
        Problem problem = Single(OnePass(("ResultPath", "$.items[*]")), Rules.ReferencePath);
        Assert.Equal("ResultPath", problem.Location.Argument);
        Clean(OnePass(("ResultPath", "$.items")));
    }

    [Fact]
    public void SG2003_context_object_field_that_does_not_exist()
    {
        Problem problem = Single(OnePass(("Parameters", """{ "id.$": "$$.Execution.Nme" }""")), Rules.ContextField);
        Assert.Equal("Parameters", problem.Location.Argument);
        Assert.EndsWith("Name", problem.Suggestion, StringComparison.Ordinal);
        Clean(OnePass(("Parameters", """{ "id.$": "$$.Execution.Name" }""")));
    }

    [Fact]
    public void SG2004_intrinsic_function_with_a_wrong_name_or_argument_count()
    {
        Single(OnePass(("Parameters", """{ "id.$": "States.UUIDD()" }""")), Rules.IntrinsicFunction);
        Single(OnePass(("Parameters", """{ "text.$": "States.Format('{} and {}', $.a)" }""")), Rules.IntrinsicFunction);
        Clean(OnePass(("Parameters", """{ "text.$": "States.Format('{} and {}', $.a, $.b)" }""")));
    }

    [Fact]
    public void SG2005_When_condition_that_does_not_parse()
    {
        SourceMachine machine = Machine("Route",
            State("Route", Attr("Choice", ("Default", "Done")), Attr("When", ("condition", "$.total >> 10"), ("Next", "Done"))),
            State("Done", Attr("Succeed")));
        Problem problem = Single(machine, Rules.Condition);
        Assert.Equal("condition", problem.Location.Argument);
        Assert.Equal(1, problem.Location.Attribute);
    }

    [Fact]
    public void SG2006_path_to_a_field_the_data_does_not_have()
    {
        SourceMachine machine = Machine("Prepare",
            State("Prepare", Attr("Pass", ("Result", """{ "status": "ok" }"""), ("ResultPath", "$.prep"), ("Next", "Route"))),
            State("Route", Attr("Choice", ("Default", "Done")), Attr("When", ("condition", "$.prep.statsu == 'ok'"), ("Next", "Done"))),
            State("Done", Attr("Succeed")));
        Problem problem = Single(machine with { InputShape = Shape.EmptyObject }, Rules.TypedPath);
        Assert.Equal("Route", problem.Location.StateClass);
        Assert.Equal("status", problem.Suggestion);
    }

    [Fact]
    public void SG2007_CausePath_function_that_does_not_return_a_string()
    {
        SourceMachine Failing(string causePath) => Machine("Rejected", State("Rejected", Attr("Fail", ("Error", "OrderRejected"), ("CausePath", causePath))));
        Problem problem = Single(Failing("States.ArrayLength($.items)"), Rules.NonStringErrorOrCause);
        Assert.Equal("CausePath", problem.Location.Argument);
        None(Failing("States.ArrayLength($.items)"), Rules.IntrinsicFunction);
        Single(Failing("States.ArrayLenght($.items)"), Rules.IntrinsicFunction);
        Clean(Failing("States.Format('{} items were rejected', States.ArrayLength($.items))"));
    }

    [Fact]
    public void SG3001_ApiEndpoint_that_is_not_https()
    {
        Problem problem = Single(Http(Post("http://api.example.com/v1/orders")), Rules.HttpEndpoint);
        Assert.Equal("ApiEndpoint", problem.Location.Argument);
        Clean(Http(Post()));
    }

    [Fact]
    public void SG3002_method_the_HTTP_task_does_not_accept()
    {
        Problem problem = Single(Http(Post(method: "FETCH")), Rules.HttpMethod);
        Assert.Equal("Method", problem.Location.Argument);
    }

    [Fact]
    public void SG3003_connection_ARN_of_the_wrong_shape()
    {
        var arguments = new (string, object?)[] { ("ApiEndpoint", "https://api.example.com/v1/orders"), ("Method", "GET"), ("ConnectionArn", "arn:aws:events:us-east-1:123456789012:connection/Orders") };
        Problem problem = Single(Http(arguments), Rules.HttpConnection);
        Assert.Equal("ConnectionArn", problem.Location.Argument);
    }

    [Fact]
    public void SG3004_header_Step_Functions_does_not_let_a_task_set()
    {
        Problem problem = Single(Http(Post(), Attr("Header", ("name", "Authorization"), ("value", "x"))), Rules.HttpHeader);
        Assert.Equal(1, problem.Location.Attribute);
        Clean(Http(Post(), Attr("Header", ("name", "X-Api-Version"), ("value", "2"))));
    }

    [Fact]
    public void SG3009_connection_under_both_HTTP_connection_fields()
    {
        SourceMachine both = TaskCall(Connection("Authentication") + Connection("InvocationConfig"));
        Problem problem = Single(both, Rules.ConnectionUnderBothFields);
        Assert.Equal(new FieldRef("Call", 0, "Parameters"), problem.Location);
        None(both, Rules.FieldNotAllowed);
        Clean(TaskCall(Connection("InvocationConfig")));
    }

    [Fact]
    public void SG3010_ApiEndpoint_with_whitespace()
    {
        Problem problem = Single(Http(Post("https://api.example.com/v1/order status")), Rules.EndpointWhitespace);
        Assert.Equal("ApiEndpoint", problem.Location.Argument);
        None(Http(Post("https://api.example.com/v1/order status")), Rules.HttpEndpoint);
        None(Http(Post("http://api.example.com/v1/orders")), Rules.EndpointWhitespace);
        Clean(Http(Post("https://api.example.com/v1/order%20status")));
    }

    [Fact]
    public void SG3011_method_in_lower_case()
    {
        Problem problem = Single(Http(Post(method: "post")), Rules.MethodCase);
        Assert.Equal("Method", problem.Location.Argument);
        Assert.Equal("POST", problem.Suggestion);
        None(Http(Post(method: "post")), Rules.HttpMethod);
        None(Http(Post(method: "FETCH")), Rules.MethodCase);
        Clean(Http(Post(method: "POST")));
    }

    [Fact]
    public void SG3012_header_the_HTTP_task_sets_itself()
    {
        Problem problem = Single(Http(Post(), Attr("Header", ("name", "User-Agent"), ("value", "bot/1"))), Rules.HeaderWithoutEffect);
        Assert.Equal(1, problem.Location.Attribute);
        None(Http(Post(), Attr("Header", ("name", "User-Agent"), ("value", "bot/1"))), Rules.HttpHeader);
    }

    [Fact]
    public void SG3013_Task_HTTP_call_without_a_connection()
    {
        Problem problem = Single(TaskCall(), Rules.TaskHttpCallWithoutConnection);
        Assert.Equal(new FieldRef("Call", 0, "Parameters"), problem.Location);
        None(TaskCall(), Rules.HttpConnection);
        Clean(TaskCall(Connection("Authentication")));
    }

    [Fact]
    public void SG3005_body_on_a_GET()
    {
        Single(Http(Post(method: "GET"), Attr("Body", ("name", "id"), ("Path", "$.id"))), Rules.HttpBodyOnBodilessMethod);
        None(Http(Post(), Attr("Body", ("name", "id"), ("Path", "$.id"))), Rules.HttpBodyOnBodilessMethod);
    }

    [Fact]
    public void SG3006_Body_field_the_declared_endpoint_type_does_not_have()
    {
        var endpoint = new SourceEndpoint(
            "global::Shop.CreateOrder",
            "CreateOrder",
            new[] { Attr("HttpEndpoint", ("apiEndpoint", "https://api.example.com/v1/orders"), ("Method", "POST"), ("ConnectionArn", ConnectionArn)) }.ToEquatableArray(),
            new[] { new SourceProperty("OrderId", "orderId", IsRequired: true) }.ToEquatableArray());
        SourceMachine Uses(string field) => Machine("Call", State(
            "Call",
            Attr("HttpTask", ("Endpoint", new TypeOf("global::Shop.CreateOrder")), ("End", true)),
            Attr("Body", ("name", field), ("Path", "$.id")))) with
        { Endpoints = new[] { endpoint }.ToEquatableArray() };

        // The misspelt field, at the [Body]'s name, and the required field that is then missing, at Endpoint.
        Problem[] problems = All(Uses("ordrId"), Rules.EndpointBody);
        Assert.Equal(2, problems.Length);
        Assert.Contains(problems, p => p.Location == new FieldRef("Call", 1, "name") && p.Suggestion == "orderId");
        Assert.Contains(problems, p => p.Location == new FieldRef("Call", 0, "Endpoint") && p.Message.Contains("orderId", StringComparison.Ordinal));
        Clean(Uses("orderId"));
    }

    [Fact]
    public void SG3007_timeout_above_what_an_HTTP_request_gets()
    {
        Single(Http(Post().Append(("TimeoutSeconds", (object?)600)).ToArray()), Rules.HttpTimeLimit);
        None(Http(Post().Append(("TimeoutSeconds", (object?)30)).ToArray()), Rules.HttpTimeLimit);
    }

    [Fact]
    public void SG3008_URL_encoded_body_without_its_Content_Type()
    {
        Single(Http(Post().Append(("RequestBodyEncoding", (object?)"URL_ENCODED")).ToArray(), Attr("Body", ("name", "id"), ("Path", "$.id"))), Rules.HttpEncoding);
        Clean(Http(
            Post().Append(("RequestBodyEncoding", (object?)"URL_ENCODED")).ToArray(),
            Attr("Body", ("name", "id"), ("Path", "$.id")),
            Attr("Header", ("name", "Content-Type"), ("value", "application/x-www-form-urlencoded"))));
    }
}
