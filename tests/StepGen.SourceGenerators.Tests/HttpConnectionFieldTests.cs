using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Where an HTTP task's connection goes: Authentication.ConnectionArn by default, InvocationConfig.ConnectionArn when
/// the task, its endpoint declaration or the project (StepGenHttpConnectionField) says so; and a connection written in
/// Parameters/Arguments text under either field counts as the task's connection.
/// </summary>
public class HttpConnectionFieldTests
{
    private const string Task = """
        using StepGen;
        namespace Probe;
        [StateMachine(StartAt = nameof(Call))]
        public partial class M
        {
            [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", ConnectionArn = "${ApiConnectionArn}"{0}, End = true)]
            public partial class Call;
        }
        """;

    private static JsonNode Parameters(string source, string? projectSetting = null)
    {
        Compilation output = Generate(source, projectSetting);
        TestCompilation.AssertNoErrors(output);
        return JsonNode.Parse(TestCompilation.Constant(output, "Probe.M", "Asl"))!["States"]!["Call"]!["Parameters"]!;
    }

    [Fact]
    public void By_default_the_connection_is_written_as_Authentication()
    {
        JsonNode parameters = Parameters(Task.Replace("{0}", string.Empty));
        Assert.Equal("${ApiConnectionArn}", (string?)parameters["Authentication"]!["ConnectionArn"]);
        Assert.Null(parameters["InvocationConfig"]);
    }

    [Fact]
    public void A_task_can_choose_InvocationConfig()
    {
        JsonNode parameters = Parameters(Task.Replace("{0}", ", ConnectionField = HttpConnectionField.InvocationConfig"));
        Assert.Equal("${ApiConnectionArn}", (string?)parameters["InvocationConfig"]!["ConnectionArn"]);
        Assert.Null(parameters["Authentication"]);
    }

    [Theory]
    [InlineData("InvocationConfig", "", "InvocationConfig")]
    [InlineData("invocationconfig", "", "InvocationConfig")]
    [InlineData("InvocationConfig", ", ConnectionField = HttpConnectionField.Authentication", "Authentication")]
    [InlineData("Authentication", "", "Authentication")]
    [InlineData("Something", "", "Authentication")]
    public void The_project_setting_applies_where_the_task_does_not_choose(string setting, string taskChoice, string field)
    {
        JsonNode parameters = Parameters(Task.Replace("{0}", taskChoice), setting);
        Assert.NotNull(parameters[field]);
        Assert.Single(parameters.AsObject(), p => p.Key is "Authentication" or "InvocationConfig");
    }

    [Fact]
    public void An_endpoint_declaration_can_choose_and_a_task_can_override_it()
    {
        string source = """
            using StepGen;
            namespace Probe;
            [StateMachine(StartAt = nameof(Call))]
            public partial class M
            {
                [HttpTask(Endpoint = typeof(Ping), End = true)]
                public partial class Call;
            }

            [HttpEndpoint("https://api.example.com/ping", Method = "GET", ConnectionArn = "${PingConnectionArn}", ConnectionField = HttpConnectionField.InvocationConfig)]
            public sealed record Ping;
            """;
        Assert.NotNull(Parameters(source)["InvocationConfig"]);
        Assert.NotNull(Parameters(source.Replace("Endpoint = typeof(Ping), End = true", "Endpoint = typeof(Ping), ConnectionField = HttpConnectionField.Authentication, End = true"))["Authentication"]);
    }

    [Fact]
    public async Task A_connection_in_Parameters_text_under_InvocationConfig_is_the_tasks_connection()
    {
        string source = """
            using StepGen;
            namespace Probe;
            [StateMachine(StartAt = nameof(Call))]
            public partial class M
            {
                [HttpTask(ApiEndpoint = "https://api.example.com/x", Method = "GET", End = true,
                          Parameters = "{ \"InvocationConfig\": { \"ConnectionArn\": \"${ApiConnectionArn}\" } }")]
                public partial class Call;
            }
            """;
        Assert.DoesNotContain(await TestCompilation.AnalyzeAsync(source), d => d.Id == "SG3003");
        Assert.Equal("${ApiConnectionArn}", (string?)Parameters(source)["InvocationConfig"]!["ConnectionArn"]);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("Authentication", false)]
    [InlineData(" InvocationConfig ", true)]
    [InlineData("INVOCATIONCONFIG", true)]
    [InlineData("Invocation", false)]
    public void The_generator_and_the_analyzer_read_the_setting_into_the_same_model(string? setting, bool invocationConfig)
    {
        // Both call these two, so in a build the analyzer's model equals the generator's and the compile cache answers.
        Asl.Source.CompileOptions options = StateMachineGenerator.Execute.ReadOptions(ProjectSettings.ConnectionField(setting).GlobalOptions);
        Assert.Equal(invocationConfig, options.InvocationConfigConnections);
        var machine = new Asl.Source.SourceMachine("M", true, default, default);
        Assert.Equal(invocationConfig ? options : null, StateMachineGenerator.Execute.WithOptions(machine, options).Options);
    }

    private static Compilation Generate(string source, string? projectSetting) =>
        TestCompilation.Generate(ProjectSettings.ConnectionField(projectSetting), source).Output;
}
