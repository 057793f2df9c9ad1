namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// The valid sources the robustness tests damage: the quick-start samples plus machines written so that every
/// state type, both query languages, retries, catches, branches, item processors and an [HttpEndpoint] record
/// appear at least once. Each one compiles without a single StepGen diagnostic; a test checks that.
/// </summary>
internal static class RobustnessCorpus
{
    /// <summary>Every state type in JSONPath, with a reusable endpoint, retries, catches, branches and a Map processor.</summary>
    public const string EveryStateJsonPath = """"
        using StepGen;

        namespace Robustness.JsonPathMachines;

        [HttpEndpoint("https://tickets.example.com/api/v2/tickets", Method = "POST", ConnectionArn = "${TicketsConnectionArn}")]
        public sealed record OpenTicket(string Subject, int Priority)
        {
            public string? Description { get; init; }
        }

        [StateMachine(StartAt = nameof(Prepare), TimeoutSeconds = 900, Comment = "Every state type, JSONPath")]
        [IamStatement(Actions = new[] { "sqs:SendMessage" }, Resources = new[] { "${AuditQueueArn}" }, Effect = "Allow")]
        public partial class EveryStateJsonPath
        {
            [Pass(Result = """{ "attempt": 1, "tags": ["a", "b"], "limits": { "max": 5, "ratio": 0.5 }, "none": null }""",
                  ResultPath = "$.setup", Next = nameof(Invoke))]
            public partial class Prepare;

            [Task(Resource = "arn:aws:states:::lambda:invoke", TimeoutSeconds = 60, HeartbeatSeconds = 10,
                  ResultSelector = """{ "body.$": "$.Payload", "status.$": "$.StatusCode" }""", ResultPath = "$.invoke", Next = nameof(Route))]
            [Parameter("FunctionName", "${WorkerFunctionArn}")]
            [Parameter("Payload", Path = "$.setup")]
            [Parameter("requestId", Path = "States.UUID()")]
            [Parameter("retries", 3)]
            [Retry("Lambda.TooManyRequestsException", "Lambda.ServiceException",
                   IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.5, MaxDelaySeconds = 30, JitterStrategy = "FULL")]
            [Retry("States.Timeout", IntervalSeconds = 5, MaxAttempts = 1, Comment = "one more try")]
            [Catch("States.TaskFailed", Next = nameof(Report), ResultPath = "$.error")]
            [Catch("States.ALL", Next = nameof(Broken), ResultPath = "$.error", Comment = "anything else")]
            public partial class Invoke;

            [Choice(Default = nameof(Hold))]
            [When("$.invoke.status == 200 && $.setup.attempt >= 1", Next = nameof(Fan))]
            [When("!ispresent($.setup.none) || number($.setup.limits.max) > $.setup.attempt", Next = nameof(Report), Comment = "report it")]
            [When("$.invoke.body.name like 'batch-*.json'", Next = nameof(EachItem))]
            [When("$.invoke.body.at < timestamp'2030-01-01T00:00:00Z'", Next = nameof(Broken))]
            public partial class Route;

            [Wait(Seconds = 30, Next = nameof(HoldUntil), Comment = "give it a moment")]
            public partial class Hold;

            [Wait(TimestampPath = "$.invoke.body.at", Next = nameof(EachItem))]
            public partial class HoldUntil;

            [Map(ItemsPath = "$.invoke.body.items", MaxConcurrency = 4, Processor = typeof(HandleItem), ResultPath = "$.handled",
                 ItemSelector = """{ "item.$": "$$.Map.Item.Value", "index.$": "$$.Map.Item.Index", "run.$": "$$.Execution.Id" }""",
                 Next = nameof(Fan))]
            [Catch("States.ALL", Next = nameof(Broken), ResultPath = "$.error")]
            public partial class EachItem;

            [Branch(StartAt = nameof(Check), Comment = "one item")]
            public partial class HandleItem
            {
                [Pass(Parameters = """{ "value.$": "$.item", "label.$": "States.Format('item {}', $.index)" }""", Next = nameof(Store))]
                public partial class Check;

                [Task(Resource = "arn:aws:states:::lambda:invoke", End = true)]
                [Parameter("FunctionName", "${StoreFunctionArn}")]
                [Parameter("Payload", Path = "$.value")]
                [Retry("States.ALL", MaxAttempts = 2)]
                public partial class Store;
            }

            [Parallel(Branches = new[] { typeof(Notify), typeof(Audit) }, ResultPath = "$.fan", Next = nameof(Done))]
            [Retry("States.BranchFailed", MaxAttempts = 1)]
            [Catch("States.ALL", Next = nameof(Broken), ResultPath = "$.error")]
            public partial class Fan;

            [Branch(StartAt = nameof(Ticket))]
            public partial class Notify
            {
                [HttpTask(Endpoint = typeof(OpenTicket), Next = nameof(Notified))]
                [Body("subject", "Batch finished")]
                [Body("priority", 3)]
                [Body("description", Path = "States.Format('Run {} done', $$.Execution.Id)")]
                public partial class Ticket;

                [Succeed]
                public partial class Notified;
            }

            [Branch(StartAt = nameof(Record))]
            public partial class Audit
            {
                [Task(Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload", End = true)]
                [Parameter("FunctionName", "${AuditFunctionArn}")]
                [Parameter("Payload", Path = "States.JsonToString($)")]
                public partial class Record;
            }

            [HttpTask(ApiEndpoint = "https://status.example.com/api/v1/reports", Method = "PUT", ConnectionArn = "${StatusConnectionArn}",
                      TimeoutSeconds = 30, Next = nameof(Broken))]
            [Header("Content-Type", "application/json")]
            [Header("X-Run", Path = "$$.Execution.Name")]
            [QueryParameter("source", "stepgen")]
            [QueryParameter("attempt", Path = "States.Format('{}', $.setup.attempt)")]
            [Body("cause", Path = "$.error.Cause")]
            [Body("urgent", true)]
            public partial class Report;

            [Succeed(Comment = "all done")]
            public partial class Done;

            [Fail(Error = "EveryStateFailed", Cause = "a step failed", Comment = "the end")]
            public partial class Broken;
        }
        """";

    /// <summary>The same states in JSONata: Arguments, Output, Assign and conditions as <c>{% ... %}</c> expressions.</summary>
    public const string EveryStateJsonAta = """"
        using StepGen;

        namespace Robustness.JsonAtaMachines;

        [HttpEndpoint("https://hooks.example.com/v1/notify", Method = "POST", ConnectionArn = "${HooksConnectionArn}")]
        public sealed record Notify(string Text, int Level);

        [StateMachine(StartAt = nameof(Start), QueryLanguage = QueryLanguage.JsonAta, Comment = "Every state type, JSONata")]
        public partial class EveryStateJsonAta
        {
            [Pass(Output = """{ "items": "{% $states.input.items %}", "count": "{% $count($states.input.items) %}" }""",
                  Assign = """{ "started": "{% $states.context.Execution.StartTime %}" }""", Next = nameof(Call))]
            public partial class Start;

            [Task(Resource = "arn:aws:states:::lambda:invoke", TimeoutSeconds = 120, Next = nameof(Decide),
                  Arguments = """{ "FunctionName": "${WorkerFunctionArn}", "Payload": "{% $states.input %}" }""",
                  Output = "{% $states.result.Payload %}", Assign = """{ "attempt": 1 }""")]
            [Retry("Lambda.TooManyRequestsException", IntervalSeconds = 2, MaxAttempts = 5, BackoffRate = 1.5, JitterStrategy = "FULL")]
            [Catch("States.ALL", Next = nameof(Failed), Output = """{ "error": "{% $states.errorOutput %}" }""", Assign = """{ "failed": true }""")]
            public partial class Call;

            [Choice(Default = nameof(Pause), Output = "{% $states.input %}")]
            [When("{% $states.input.ready and $attempt < 3 %}", Next = nameof(Every))]
            [When("{% $count($states.input.items) = 0 %}", Next = nameof(Finished), Output = """{ "empty": true }""")]
            [When("$states.input.skip", Next = nameof(Tell), Assign = """{ "skipped": "{% $states.input.skip %}" }""")]
            public partial class Decide;

            [Wait(Timestamp = "{% $states.input.until %}", Next = nameof(Every))]
            public partial class Pause;

            [Map(Items = "{% $states.input.items %}", MaxConcurrency = 2, Processor = typeof(PerItem),
                 ItemSelector = """{ "value": "{% $states.context.Map.Item.Value %}", "at": "{% $states.context.Map.Item.Index %}" }""",
                 Output = """{ "results": "{% $states.result %}" }""", Next = nameof(Both))]
            public partial class Every;

            [Branch(StartAt = nameof(Double))]
            public partial class PerItem
            {
                [Pass(Output = """{ "doubled": "{% $states.input.value * 2 %}" }""", End = true)]
                public partial class Double;
            }

            [Parallel(Branches = new[] { typeof(Left), typeof(Right) }, Arguments = """{ "results": "{% $states.input.results %}" }""",
                      Output = "{% $states.result[0] %}", Next = nameof(Tell))]
            [Catch("States.ALL", Next = nameof(Failed))]
            public partial class Both;

            [Branch(StartAt = nameof(LeftWait))]
            public partial class Left
            {
                [Wait(Seconds = 1, Next = nameof(LeftDone))]
                public partial class LeftWait;

                [Succeed(Output = "{% $states.input %}")]
                public partial class LeftDone;
            }

            [Branch(StartAt = nameof(RightPass))]
            public partial class Right
            {
                [Pass(End = true)]
                public partial class RightPass;
            }

            [HttpTask(Endpoint = typeof(Notify), Next = nameof(Finished), Output = "{% $states.result.ResponseBody %}")]
            [Header("X-Attempt", "{% $string($attempt) %}")]
            [QueryParameter("mode", "async")]
            [Body("text", "{% 'finished at ' & $now() %}")]
            [Body("level", 1)]
            public partial class Tell;

            [Succeed]
            public partial class Finished;

            [Fail(Error = "{% 'Failed' %}", Cause = "{% $string($states.input.error) %}")]
            public partial class Failed;
        }
        """";

    /// <summary>A JSONPath machine with JSONata states, a distributed Map, an HTTP task with every request part and a typed response.</summary>
    public const string MixedLanguages = """"
        using StepGen;

        namespace Robustness.Mixed;

        public sealed record Quote(string Currency, double Amount);

        [HttpEndpoint("https://rates.example.com/api/quotes", Method = "POST", ConnectionArn = "${RatesConnectionArn}", Response = typeof(Quote))]
        public sealed record GetQuote(string Currency);

        [StateMachine(StartAt = nameof(Fetch), Comment = "JSONPath with JSONata states")]
        public partial class MixedLanguages
        {
            [HttpTask(ApiEndpoint = "https://rates.example.com/api/rates", Method = "POST", ConnectionArn = "${RatesConnectionArn}",
                      RequestBody = """{ "base": "EUR", "symbols": ["USD", "GBP"], "when.$": "$$.State.EnteredTime" }""",
                      HeartbeatSeconds = 5, ResultSelector = """{ "rates.$": "$.ResponseBody.rates" }""", ResultPath = "$.rates",
                      Next = nameof(Convert))]
            [Header("Accept", "application/json")]
            [QueryParameter("precision", 4)]
            [Retry("States.Http.StatusCode.429", IntervalSeconds = 3, MaxAttempts = 4, BackoffRate = 2)]
            public partial class Fetch;

            [Pass(QueryLanguage = QueryLanguage.JsonAta, Next = nameof(Quote),
                  Output = """{ "usd": "{% $states.input.rates.rates.USD %}", "gbp": "{% $states.input.rates.rates.GBP %}" }""")]
            public partial class Convert;

            [HttpTask(Endpoint = typeof(GetQuote), ResultPath = "$.quote", Next = nameof(Files))]
            [QueryParameter("format", "json")]
            [Body("currency", "USD")]
            public partial class Quote;

            [Map(Mode = "DISTRIBUTED", ExecutionType = "EXPRESS", Processor = typeof(OneFile), ToleratedFailurePercentage = 12.5,
                 MaxConcurrency = 100, Label = "files", Next = nameof(Check),
                 ItemReader = """{ "Resource": "arn:aws:states:::s3:listObjectsV2", "Parameters": { "Bucket": "in", "Prefix": "rates/" } }""",
                 ItemBatcher = """{ "MaxItemsPerBatch": 10 }""",
                 ResultWriter = """{ "Resource": "arn:aws:states:::s3:putObject", "Parameters": { "Bucket": "out", "Prefix": "runs" } }""")]
            public partial class Files;

            [Branch(StartAt = nameof(ReadFile))]
            public partial class OneFile
            {
                [Task(Resource = "arn:aws:states:::lambda:invoke", OutputPath = "$.Payload", End = true)]
                [Parameter("FunctionName", "${ReadFileFunctionArn}")]
                [Parameter("Payload", Path = "$")]
                public partial class ReadFile;
            }

            [Choice(QueryLanguage = QueryLanguage.JsonAta, Default = nameof(Done))]
            [When("{% $states.input.quote.ResponseBody.Amount > 1 %}", Next = nameof(Wait))]
            public partial class Check;

            [Wait(SecondsPath = "$.rates.rates.delay", Next = nameof(Done))]
            public partial class Wait;

            [Succeed]
            public partial class Done;
        }
        """";

    /// <summary>The sources added to the samples; each must analyze clean.</summary>
    public static string[] Extra => new[] { EveryStateJsonPath, EveryStateJsonAta, MixedLanguages };

    /// <summary>The corpus the mutations start from, with a short name for each entry.</summary>
    public static (string Name, string Source)[] All => new[]
    {
        ("Slack", Samples.Slack),
        ("PlainGet", Samples.PlainGet),
        ("Pipeline", Samples.Pipeline),
        ("Orders", Samples.Orders),
        ("EveryStateJsonPath", EveryStateJsonPath),
        ("EveryStateJsonAta", EveryStateJsonAta),
        ("MixedLanguages", MixedLanguages),
    };
}
