using StepGen.Asl.Problems;
using StepGen.Asl.Source;
using static StepGen.Asl.Tests.RuleCases.Model;

namespace StepGen.Asl.Tests.RuleCases;

/// <summary>
/// The security rules (SG4001-SG4006) on source models built directly, one case each beside its clean neighbour;
/// <see cref="SecurityRulesTests"/> has the finer location cases.
/// </summary>
public sealed class SecurityRuleCases
{
    private static SourceMachine WithStatement(string[] actions, string[] resources) => Machine(
        new[] { Attr("StateMachine", ("StartAt", "Done")), Attr("IamStatement", ("Actions", actions), ("Resources", resources)) },
        State("Done", Attr("Succeed")));

    private static SourceMachine Http(string url, params SourceAttribute[] extras) =>
        Machine("Call", State("Call", new[] { Attr("HttpTask", ("ApiEndpoint", url), ("Method", "POST"), ("ConnectionArn", ConnectionArn), ("End", true)) }.Concat(extras).ToArray()));

    [Fact]
    public void SG4001_IamStatement_allowing_any_HTTP_endpoint()
    {
        // On every resource and with no Condition: any URL, any method.
        Problem problem = Single(WithStatement(new[] { "states:InvokeHTTPEndpoint" }, new[] { "*" }), Rules.UnconditionedHttpInvoke);
        Assert.Equal(new FieldRef(null, 1, "Actions", Element: 0), problem.Location);
        None(WithStatement(new[] { "states:InvokeHTTPEndpoint" }, new[] { "arn:aws:states:us-east-1:123456789012:stateMachine:M" }), Rules.UnconditionedHttpInvoke);
    }

    [Fact]
    public void SG4002_IamStatement_with_a_wildcard_action()
    {
        Single(WithStatement(new[] { "sns:*" }, new[] { "arn:aws:sns:us-east-1:123456789012:orders" }), Rules.WildcardAction);
        None(WithStatement(new[] { "sns:Publish" }, new[] { "arn:aws:sns:us-east-1:123456789012:orders" }), Rules.WildcardAction);
    }

    [Fact]
    public void SG4003_IamStatement_on_every_resource()
    {
        Problem problem = Single(WithStatement(new[] { "sns:Publish" }, new[] { "*" }), Rules.UnscopedResource);
        Assert.Equal(new FieldRef(null, 1, "Resources", Element: 0), problem.Location);
        None(WithStatement(new[] { "sns:Publish" }, new[] { "arn:aws:sns:us-east-1:123456789012:orders" }), Rules.UnscopedResource);
    }

    [Fact]
    public void SG4004_credential_written_into_the_definition()
    {
        Problem problem = Single(Http("https://api.example.com/v1/orders", Attr("Header", ("name", "X-Api-Key"), ("value", "k-123"))), Rules.InlineCredential);
        Assert.Equal(new FieldRef("Call", 1, "value"), problem.Location);
        None(Http("https://api.example.com/v1/orders", Attr("Header", ("name", "X-Api-Version"), ("value", "2"))), Rules.InlineCredential);
    }

    [Fact]
    public void SG4005_task_whose_IAM_needs_StepGen_cannot_derive()
    {
        SourceMachine machine = Machine("Call", State("Call", Attr("Task", ("Resource", "arn:aws:states:::aws-sdk:notaservice:doSomething"), ("End", true))));
        Problem problem = Single(machine, Rules.IamNotDerived);
        Assert.Equal("Call", problem.Location.StateClass);
    }

    [Fact]
    public void SG4005_is_not_added_to_a_state_whose_fields_already_have_a_problem()
    {
        // A state whose fields were refused does not yet say what it calls; its own problem comes first. The
        // ItemReader's service is one StepGen cannot derive a grant for.
        const string reader = """{ "Resource": "arn:aws:states:::aws-sdk:notaservice:listThings" }""";
        Single(MapMachine(("ItemReader", reader)), Rules.IamNotDerived);
        SourceMachine labelled = MapMachine(("ItemReader", reader), ("Label", new string('L', 41)));
        Single(labelled, Rules.UndocumentedValue);
        None(labelled, Rules.IamNotDerived);
    }

    [Fact]
    public void SG4006_HTTP_task_whose_host_is_chosen_at_run_time()
    {
        Problem problem = Single(Http("$.url"), Rules.RunTimeHost);
        Assert.Equal("ApiEndpoint", problem.Location.Argument);
        None(Http("https://api.example.com/v1/orders"), Rules.RunTimeHost);
    }
}
