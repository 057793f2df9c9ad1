using System;
using System.Threading;
using System.Threading.Tasks;

using StepGen.Asl.Json;
using StepGen.Asl.Runtime;
using StepGen.Testing.Definition;
using StepGen.Testing.History;
using StepGen.Testing.Http;

namespace StepGen.Testing.Execution;

/// <summary>
/// One attempt of a Task state: the payload (InputPath and Parameters, or JSONata Arguments), the call answered by
/// a mock, the Task events of the history, TimeoutSeconds on the virtual clock, then the state's output.
/// </summary>
internal sealed partial class Interpreter
{
    /// <summary>AWS's default TimeoutSeconds of a Task: the guide's Task state page gives 99999999.</summary>
    private const long DefaultTaskTimeoutSeconds = 99_999_999;

    private async ValueTask<JsonNode> RunTaskAsync(TaskDefinition task, JsonNode raw, Strand strand, IDataFlow flow, int attempt, CancellationToken cancellationToken)
    {
        JsonNode effective = flow.Input(raw);
        string? token = null;
        if (TaskResource.WaitsForToken(task.Resource))
        {
            token = _run.NewTaskToken();
            flow = flow.WithContext(ContextObjects.WithTaskToken(flow.Context, token));
        }

        JsonNode payload = flow.Arguments(effective);
        long timeout = task.TimeoutSeconds ?? flow.WholeNumber("TimeoutSeconds", effective, minimum: 1) ?? DefaultTaskTimeoutSeconds;
        long? heartbeat = task.HeartbeatSeconds ?? flow.WholeNumber("HeartbeatSeconds", effective, minimum: 1);

        TaskResource resource = TaskResource.Of(task.Resource);
        Scheduled(task, resource, payload, timeout, heartbeat, strand);

        var call = new TaskInvocation(
            task.Name, task.Resource, JsonWriter.Write(payload, indented: false), attempt, _run.NextInvocation(task.Name), token, strand.Now);
        TaskOutcome outcome = await InvokeAsync(task, call, payload, cancellationToken).ConfigureAwait(false);
        if (outcome.Invalid is string invalid)
        {
            throw new InvalidMockException($"The mock of Task state '{task.Name}' (invocation {call.Invocation}, attempt {attempt}) cannot be used: {invalid}.");
        }


        if (TimedOut(outcome, timeout, heartbeat) is (TimeSpan at, string timeoutError))
        {
            strand.Advance(at);
            Failed(resource, EventType(resource, "TimedOut"), timeoutError, null, strand);
            throw new StateFailure(timeoutError, null);
        }

        strand.Advance(outcome.Duration);
        CheckDeadline(strand);
        if (outcome.Error is string error)
        {
            Failed(resource, EventType(resource, "Failed"), error, outcome.Cause, strand);
            throw new StateFailure(error, outcome.Cause);
        }

        JsonNode result = outcome.ResultNode ?? JsonNode.Null;
        Succeeded(resource, result, strand);
        return flow.Output(raw, result);
    }

    private async ValueTask<TaskOutcome> InvokeAsync(TaskDefinition task, TaskInvocation call, JsonNode payload, CancellationToken cancellationToken)
    {
        var mock = _run.Mocks.Find(task.Name, task.Resource);
        if (mock != null)
        {
            return await mock(call, cancellationToken).ConfigureAwait(false)
                ?? throw new MockMissingException($"The mock of Task state '{task.Name}' returned null; return TaskOutcome.Return(...) or TaskOutcome.Throw(...).");
        }

        if (TaskResource.IsHttp(task.Resource) && _run.Mocks.Http is { } handler)
        {
            return await HttpTaskInvoker.InvokeAsync(task.Name, payload, handler, _run.Mocks.Connections, _run.Options.Region, cancellationToken).ConfigureAwait(false);
        }

        string what = TaskResource.IsHttp(task.Resource)
            ? "an HTTP handler (runner.UseHttpHandler(...)), a delegate (runner.MockState(...))"
            : "a delegate (runner.MockState(\"" + task.Name + "\", ...) or runner.MockResource(...))";
        string testCase = _run.Mocks.TestCase is { } tc ? $", or an entry for it in test case '{tc.TestCase}' of the mock configuration" : " or a mock configuration entry";
        throw new MockMissingException($"Task state '{task.Name}' (Resource {task.Resource}) has no mock: add {what}{testCase}.", task.Name);
    }

    private void Scheduled(TaskDefinition task, TaskResource resource, JsonNode payload, long timeout, long? heartbeat, Strand strand)
    {
        string parameters = JsonWriter.Write(payload, indented: false);
        switch (resource.Kind)
        {
            case TaskResourceKind.LambdaFunction:
                {
                    JsonObject details = HistoryRecorder.Details(("resource", task.Resource));
                    HistoryRecorder.WithPayload(details, "input", payload);
                    details.Add("timeoutInSeconds", JsonNumber.FromInt64(timeout));
                    strand.History.Add(strand, "LambdaFunctionScheduled", "lambdaFunctionScheduledEventDetails", details);
                    strand.History.Add(strand, "LambdaFunctionStarted");
                    return;
                }

            case TaskResourceKind.Activity:
                {
                    JsonObject details = HistoryRecorder.Details(("resource", task.Resource));
                    HistoryRecorder.WithPayload(details, "input", payload);
                    details.Add("timeoutInSeconds", JsonNumber.FromInt64(timeout));
                    if (heartbeat is long hb)
                    {
                        details.Add("heartbeatInSeconds", JsonNumber.FromInt64(hb));
                    }

                    strand.History.Add(strand, "ActivityScheduled", "activityScheduledEventDetails", details);
                    strand.History.Add(strand, "ActivityStarted", "activityStartedEventDetails", HistoryRecorder.Details(("workerName", "stepgen-testing")));
                    return;
                }

            default:
                {
                    JsonObject details = HistoryRecorder.Details(
                        ("resourceType", resource.Type), ("resource", resource.Name), ("region", _run.Options.Region), ("parameters", parameters));
                    details.Add("timeoutInSeconds", JsonNumber.FromInt64(timeout));
                    if (heartbeat is long hb)
                    {
                        details.Add("heartbeatInSeconds", JsonNumber.FromInt64(hb));
                    }

                    strand.History.Add(strand, "TaskScheduled", "taskScheduledEventDetails", details);
                    strand.History.Add(strand, "TaskStarted", "taskStartedEventDetails", HistoryRecorder.Details(("resourceType", resource.Type), ("resource", resource.Name)));
                    return;
                }
        }
    }

    private void Succeeded(TaskResource resource, JsonNode result, Strand strand)
    {
        switch (resource.Kind)
        {
            case TaskResourceKind.LambdaFunction:
                strand.History.Add(strand, "LambdaFunctionSucceeded", "lambdaFunctionSucceededEventDetails", HistoryRecorder.WithPayload(new JsonObject(), "output", result));
                return;
            case TaskResourceKind.Activity:
                strand.History.Add(strand, "ActivitySucceeded", "activitySucceededEventDetails", HistoryRecorder.WithPayload(new JsonObject(), "output", result));
                return;
            default:
                strand.History.Add(
                    strand,
                    "TaskSucceeded",
                    "taskSucceededEventDetails",
                    HistoryRecorder.WithPayload(HistoryRecorder.Details(("resourceType", resource.Type), ("resource", resource.Name)), "output", result));
                return;
        }
    }

    /// <summary>
    /// When the task times out, if it does: TimeoutSeconds after its start (States.Timeout), or HeartbeatSeconds after
    /// its start or its last heartbeat (States.HeartbeatTimeout), whichever comes first before the outcome arrives.
    /// </summary>
    private static (TimeSpan At, string Error)? TimedOut(TaskOutcome outcome, long timeoutSeconds, long? heartbeatSeconds)
    {
        TimeSpan timeout = TimeSpan.FromSeconds(timeoutSeconds);
        (TimeSpan At, string Error)? first = outcome.Duration > timeout ? (timeout, ErrorMatcher.Timeout) : null;
        if (heartbeatSeconds is long hb)
        {
            TimeSpan gap = TimeSpan.FromSeconds(hb);
            TimeSpan last = TimeSpan.Zero;
            foreach (TimeSpan beat in outcome.Heartbeats)
            {
                if (beat > outcome.Duration || beat - last > gap)
                {
                    break;
                }

                last = beat;
            }

            if (outcome.Duration - last > gap && (first is null || last + gap < first.Value.At))
            {
                first = (last + gap, ErrorMatcher.HeartbeatTimeout);
            }
        }

        return first;
    }

    /// <summary>The event type of a task outcome: <c>TaskFailed</c>, <c>LambdaFunctionFailed</c>, <c>ActivityTimedOut</c>...</summary>
    private static string EventType(TaskResource resource, string outcome) => resource.Kind switch
    {
        TaskResourceKind.LambdaFunction => "LambdaFunction" + outcome,
        TaskResourceKind.Activity => "Activity" + outcome,
        _ => "Task" + outcome,
    };

    private void Failed(TaskResource resource, string type, string error, string? cause, Strand strand)
    {
        string detailsName = char.ToLowerInvariant(type[0]) + type.Substring(1) + "EventDetails";
        JsonObject details = resource.Kind == TaskResourceKind.Integration
            ? HistoryRecorder.Details(("resourceType", resource.Type), ("resource", resource.Name), ("error", error), ("cause", cause))
            : HistoryRecorder.Details(("error", error), ("cause", cause));
        strand.History.Add(strand, type, detailsName, details);
    }
}
