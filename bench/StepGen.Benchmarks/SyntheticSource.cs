using System.Globalization;
using System.Text;

namespace StepGen.Benchmarks;

/// <summary>
/// Deterministic synthetic sources: N state machines of <see cref="StatesPerMachine"/> states each (one file per
/// machine), an unrelated file, and N System.Text.Json payload types with as many properties as a machine has states.
/// The text depends only on the index, so every run, machine and process builds byte-identical input.
/// </summary>
internal static class SyntheticSource
{
    /// <summary>M in the issue: states per machine (Pass, Task, Choice, HTTP tasks with bodies and headers, Succeed, Fail).</summary>
    public const int StatesPerMachine = 10;

    public const string MachineNamespace = "Bench.Machines";

    public static string MachineName(int i) => "Machine" + i.ToString("D4", CultureInfo.InvariantCulture);

    public static string MachinePath(int i) => $"Machines/{MachineName(i)}.cs";

    /// <summary>The text that <see cref="EditMachine"/> changes: the Result of the Enrich pass state.</summary>
    private static string EnrichResult(int i) => $"\"level\": {i % 3}";

    /// <summary>One machine: 10 states covering Pass, Task (with Retry/Catch), Choice, two HTTP tasks, Succeed and Fail.</summary>
    public static string Machine(int i)
    {
        string n = i.ToString(CultureInfo.InvariantCulture);
        string name = MachineName(i);
        var sb = new StringBuilder(4096);
        sb.Append($$""""
            using StepGen;

            namespace {{MachineNamespace}};

            [StateMachine(StartAt = nameof(Start), TimeoutSeconds = 3600, Comment = "Synthetic machine {{n}}")]
            public partial class {{name}}
            {
                [Pass(Next = nameof(Fetch), ResultPath = "$.meta", Result = """{ "machine": {{n}}, "source": "bench" }""")]
                public partial class Start;

                [Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(Route), OutputPath = "$.Payload")]
                [Parameter("FunctionName", "${FetchFunctionArn}")]
                [Parameter("Payload", Path = "$")]
                [Retry("Lambda.ServiceException", "Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 3, BackoffRate = 2)]
                [Catch("States.ALL", Next = nameof(Notify), ResultPath = "$.error")]
                public partial class Fetch;

                [Choice(Default = nameof(Skip))]
                [When("$.count > {{i % 7}} && $.kind == 'full'", Next = nameof(Enrich))]
                [When("ispresent($.target)", Next = nameof(Post))]
                public partial class Route;

                [Pass(Next = nameof(Post), ResultPath = "$.enriched", Result = """{ {{EnrichResult(i)}} }""")]
                public partial class Enrich;

                [HttpTask(ApiEndpoint = "https://api{{n}}.example.com/v1/items", Method = "POST",
                          ConnectionArn = "${ApiConnectionArn}", Next = nameof(Store))]
                [Header("Content-Type", "application/json")]
                [Header("X-Machine", "m{{n}}")]
                [Body("item", Path = "$.enriched")]
                [Body("count", Path = "$.count")]
                [Retry("States.Timeout", IntervalSeconds = 1, MaxAttempts = 2)]
                [Catch("States.ALL", Next = nameof(Notify), ResultPath = "$.error")]
                public partial class Post;

                [Task(Resource = "arn:aws:states:::lambda:invoke", Next = nameof(Done), OutputPath = "$.Payload")]
                [Parameter("FunctionName", "${StoreFunctionArn}")]
                [Parameter("Payload", Path = "$")]
                public partial class Store;

                [Pass(Next = nameof(Done))]
                public partial class Skip;

                [HttpTask(ApiEndpoint = "https://alerts.example.com/api/tickets", Method = "POST",
                          ConnectionArn = "${AlertConnectionArn}", Next = nameof(Failed),
                          RequestBody = """
                              {
                                "subject": "Machine {{n}} failed",
                                "priority": 2,
                                "description.$": "States.Format('Failed: {}', $.error.Cause)"
                              }
                              """)]
                [Header("Content-Type", "application/json")]
                [QueryParameter("machine", "m{{n}}")]
                public partial class Notify;

                [Succeed]
                public partial class Done;

                [Fail(Error = "{{name}}Failed", Cause = "A step of synthetic machine {{n}} failed.")]
                public partial class Failed;
            }

            """");
        return sb.ToString();
    }

    /// <summary>The same machine with one state's Result changed: exactly one machine's model differs.</summary>
    public static string EditMachine(int i) => Machine(i).Replace(EnrichResult(i), "\"level\": 99", StringComparison.Ordinal);

    public const string UnrelatedPath = "Unrelated.cs";

    /// <summary>A file with no StepGen attribute; editing it must leave every StepGen step cached.</summary>
    public const string Unrelated = """
        namespace Bench;

        public static class Unrelated
        {
            public static int Value => 1;
        }

        """;

    public const string UnrelatedEdited = """
        namespace Bench;

        public static class Unrelated
        {
            public static int Value => 2;

            public static string Text => "edited";
        }

        """;

    private static readonly string[] PropertyTypes = { "string?", "int", "bool", "double", "System.DateTime", "System.Collections.Generic.List<string>?", "long", "decimal", "System.Guid", "string[]?" };

    public static string JsonTypeName(int i) => "Payload" + i.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>
    /// One STJ type with <see cref="StatesPerMachine"/> properties and its own <c>JsonSerializerContext</c>, so the
    /// STJ generator, like StepGen, has N attributed classes to read and N outputs to write.
    /// </summary>
    public static string JsonType(int i)
    {
        string name = JsonTypeName(i);
        var sb = new StringBuilder(1024);
        sb.Append("using System.Text.Json.Serialization;\n\nnamespace Bench.Json;\n\n");
        sb.Append("public sealed class ").Append(name).Append("\n{\n");
        for (int p = 0; p < StatesPerMachine; p++)
        {
            sb.Append("    public ").Append(PropertyTypes[(p + i) % PropertyTypes.Length]).Append(" Property").Append(p).Append(" { get; set; }\n\n");
        }

        sb.Append("}\n\n");
        sb.Append("[JsonSerializable(typeof(").Append(name).Append("))]\n");
        sb.Append("public partial class ").Append(name).Append("Context : JsonSerializerContext\n{\n}\n");
        return sb.ToString();
    }
}
