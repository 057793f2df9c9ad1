using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Tests;

/// <summary>SG4001-SG4004 as the core raises them: the logical locations the analyzer maps to source.</summary>
public class SecurityRulesTests
{
    private static SourceArgument Arg(string name, string value) => new(name, false, SourceValue.FromString(value));

    private static SourceArgument Ctor(string name, string value) => new(name, true, SourceValue.FromString(value));

    private static SourceArgument Strings(string name, params string[] values) =>
        new(name, false, new SourceValue(SourceValueKind.Array, Items: values.Select(SourceValue.FromString).ToEquatableArray()));

    private static SourceAttribute Attribute(string name, params SourceArgument[] arguments) => new(name, arguments.ToEquatableArray());

    /// <summary>A machine with one HTTP task, "Call", carrying <paramref name="extras"/>, and <paramref name="statements"/> on the machine.</summary>
    private static List<Problem> Compile(SourceAttribute[] statements, params SourceAttribute[] extras)
    {
        var task = Attribute("HttpTask", Arg("ApiEndpoint", "https://api.example.com/v1/items"), Arg("Method", "POST"), Arg("ConnectionArn", "${Conn}"), new SourceArgument("End", false, SourceValue.FromBoolean(true)));
        var machine = new SourceMachine(
            "M",
            true,
            new[] { Attribute("StateMachine", Arg("StartAt", "Call")) }.Concat(statements).ToEquatableArray(),
            new[] { new SourceState("Call", true, new[] { task }.Concat(extras).ToEquatableArray()) }.ToEquatableArray());
        return MachineCompiler.Compile(machine).Problems.Where(p => p.Id.StartsWith("SG400", StringComparison.Ordinal) && p.Id != Rules.IamNotDerived).ToList();
    }

    [Fact]
    public void IamStatementRules_PointAtTheArrayElement()
    {
        List<Problem> problems = Compile(new[]
        {
            Attribute("IamStatement", Strings("Actions", "sns:Publish", "states:*"), Strings("Resources", "arn:aws:s3:::x/*", "*")),
        });

        Assert.Equal(
            new (string, string?, int)[] { (Rules.WildcardAction, "Actions", 1), (Rules.UnconditionedHttpInvoke, "Actions", 1), (Rules.UnscopedResource, "Resources", 1) },
            problems.Select(p => (p.Id, p.Location.Argument, p.Location.Element)).ToArray());
        Assert.All(problems, p => Assert.Equal(1, p.Location.Attribute));
    }

    [Fact]
    public void CredentialRules_MarkTheValueOrTheSecretsCharacters()
    {
        string aws = "AK" + "IA" + "IOSFODNN7EXAMPLE";
        List<Problem> problems = Compile(
            Array.Empty<SourceAttribute>(),
            Attribute("Header", Ctor("name", "X-Api-Key"), Ctor("value", "k")),
            Attribute("Body", Ctor("name", "note"), Ctor("value", "id " + aws)),
            Attribute("Body", Ctor("name", "ref"), Arg("Path", "$.password")));

        Assert.Equal(2, problems.Count);
        Assert.Equal(new FieldRef("Call", 1, "value"), problems[0].Location);
        Assert.Equal(new FieldRef("Call", 2, "value", Offset: 3, Length: 20), problems[1].Location);
        Assert.All(problems, p => Assert.Equal(Rules.InlineCredential, p.Id));
    }

    [Fact]
    public void CredentialsInJsonText_AreMarkedInsideTheText()
    {
        string body = """{ "a": { "client_secret": "xyz" }, "b.$": "$.secret" }""";
        var machine = new SourceMachine(
            "M",
            true,
            new[] { Attribute("StateMachine", Arg("StartAt", "Call")) }.ToEquatableArray(),
            new[]
            {
                new SourceState("Call", true, new[]
                {
                    Attribute("HttpTask", Arg("ApiEndpoint", "https://api.example.com/v1/items"), Arg("Method", "POST"), Arg("ConnectionArn", "${Conn}"), Arg("RequestBody", body), new SourceArgument("End", false, SourceValue.FromBoolean(true))),
                }.ToEquatableArray()),
            }.ToEquatableArray());

        Problem problem = Assert.Single(MachineCompiler.Compile(machine).Problems, p => p.Id == Rules.InlineCredential);
        Assert.Equal("RequestBody", problem.Location.Argument);
        Assert.Equal("xyz", body.Substring(problem.Location.Offset, problem.Location.Length));
    }

    [Theory]
    [InlineData("*", "states:InvokeHTTPEndpoint", true)]
    [InlineData("states:*", "states:InvokeHTTPEndpoint", true)]
    [InlineData("states:Invoke*", "states:InvokeHTTPEndpoint", true)]
    [InlineData("STATES:invokehttpendpoint", "states:InvokeHTTPEndpoint", true)]
    [InlineData("states:?nvokeHTTPEndpoint", "states:InvokeHTTPEndpoint", true)]
    [InlineData("states:Start*", "states:InvokeHTTPEndpoint", false)]
    [InlineData("lambda:*", "states:InvokeHTTPEndpoint", false)]
    [InlineData("states:InvokeHTTPEndpoint", "states:InvokeHTTPEndpointX", false)]
    [InlineData("s3:Get*Object", "s3:GetObject", true)]
    public void ActionPatterns_MatchAsIamDoes(string pattern, string action, bool matches) => Assert.Equal(matches, StepGen.Asl.Iam.ActionPattern.Matches(pattern, action));
}
