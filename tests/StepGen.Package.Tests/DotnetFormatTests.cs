using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>
/// The code fixes as a user runs them from a terminal or CI: `dotnet format analyzers --diagnostics ...` on a
/// project that references the packed StepGen repairs the mistakes it names, and the project then builds.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class DotnetFormatTests
{
    private const string Orders = """"
        using StepGen;

        namespace Consumer;

        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:charge", Next = "Finsh")]
            [Catch("States.ALL", Next = "refund")]
            public partial class Charge;

            [Pass(Result = """{ "ok": true }""")]
            public partial class Finish;

            [Fail(Error = "ChargeFailed")] public partial class Refund;
        }
        """";

    private const string FixedOrders = """"
        using StepGen;

        namespace Consumer;

        [StateMachine(StartAt = nameof(Charge))]
        public partial class Orders
        {
            [Task(Resource = "arn:aws:lambda:us-east-1:123456789012:function:charge", Next = nameof(Finish))]
            [Catch("States.ALL", Next = nameof(Refund))]
            public partial class Charge;

            [Pass(Result = """{ "ok": true }""", End = true)]
            public partial class Finish;

            [Fail(Error = "ChargeFailed")] public partial class Refund;
        }
        """";

    private const string Chain = """
        using StepGen;

        namespace Consumer;

        [StateMachine(StartAt = nameof(A))]
        public partial class Chain
        {
            [Pass(Next = "b")] public partial class A;
            [Wait(Seconds = 1)] public partial class B;
        }
        """;

    private const string FixedChain = """
        using StepGen;

        namespace Consumer;

        [StateMachine(StartAt = nameof(A))]
        public partial class Chain
        {
            [Pass(Next = nameof(B))] public partial class A;
            [Wait(Seconds = 1, End = true)] public partial class B;
        }
        """;

    // SG4001: the HTTP task's calls are already allowed, scoped, by the derived policy, so the statement goes.
    private const string Tickets = """
        using StepGen;

        namespace Consumer;

        /// <summary>Opens support tickets.</summary>
        [StateMachine(StartAt = nameof(OpenTicket))]
        [IamStatement(Actions = new[] { "states:InvokeHTTPEndpoint" },
                      Resources = new[] { "*" })]
        public partial class Tickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            [Body("subject", Path = "$.subject")]
            public partial class OpenTicket;
        }
        """;

    private const string FixedTickets = """
        using StepGen;

        namespace Consumer;

        /// <summary>Opens support tickets.</summary>
        [StateMachine(StartAt = nameof(OpenTicket))]
        public partial class Tickets
        {
            [HttpTask(ApiEndpoint = "https://support.example.com/api/v1/tickets", Method = "POST",
                      ConnectionArn = "${SupportConnectionArn}", End = true)]
            [Body("subject", Path = "$.subject")]
            public partial class OpenTicket;
        }
        """;

    private const string Program = """
        System.Console.WriteLine(Consumer.Orders.Asl);
        System.Console.WriteLine(Consumer.Chain.Asl);
        System.Console.WriteLine(Consumer.Tickets.IamPolicy);
        """;

    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public DotnetFormatTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task DotnetFormatAnalyzers_FixesSG1002SG1004AndSG4001_AndTheProjectBuilds()
    {
        await _fixture.RequirePackageAsync(_output);
        ConsumerProject project = _fixture.CreateConsumer("DotnetFormat", new Dictionary<string, string>
        {
            ["Orders.cs"] = Orders,
            ["Chain.cs"] = Chain,
            ["Tickets.cs"] = Tickets,
            ["Program.cs"] = Program,
        });

        CommandResult broken = await project.BuildAsync();
        _output.WriteLine(broken.ToString());
        Assert.False(broken.Succeeded, "the mistakes should fail the first build");
        Assert.Contains("error SG1002", broken.Output, StringComparison.Ordinal);
        Assert.Contains("error SG1004", broken.Output, StringComparison.Ordinal);
        Assert.Contains("warning SG4001", broken.Output, StringComparison.Ordinal);

        CommandResult format = await project.DotnetAsync(
            "format", "analyzers", project.ProjectPath,
            "--diagnostics", "SG1002", "SG1004", "SG4001",
            "--severity", "info",
            "--no-restore");
        _output.WriteLine(format.ToString());
        Assert.True(format.Succeeded, format.ToString());

        Assert.Equal(FixedOrders.ReplaceLineEndings(), File.ReadAllText(Path.Combine(project.Directory, "Orders.cs")).ReplaceLineEndings());
        Assert.Equal(FixedChain.ReplaceLineEndings(), File.ReadAllText(Path.Combine(project.Directory, "Chain.cs")).ReplaceLineEndings());
        Assert.Equal(FixedTickets.ReplaceLineEndings(), File.ReadAllText(Path.Combine(project.Directory, "Tickets.cs")).ReplaceLineEndings());
        Assert.Equal(Program, File.ReadAllText(Path.Combine(project.Directory, "Program.cs")));

        CommandResult build = await project.BuildAsync("--no-restore");
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, build.ToString());
        Assert.DoesNotContain("SG1002", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SG1004", build.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("SG4001", build.Output, StringComparison.Ordinal);
    }
}
