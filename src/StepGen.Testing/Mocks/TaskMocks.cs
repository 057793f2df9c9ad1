using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace StepGen.Testing.Mocks;

/// <summary>
/// Everything that can answer a Task, in the order the runner asks: a delegate for the state, the mock
/// configuration's test case, a delegate for the resource, and for HTTP Tasks the HTTP handler.
/// </summary>
internal sealed class TaskMocks
{
    public Dictionary<string, Func<TaskInvocation, CancellationToken, Task<TaskOutcome>>> ByState { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Func<TaskInvocation, CancellationToken, Task<TaskOutcome>>> ByResource { get; } = new(StringComparer.Ordinal);

    /// <summary>What a distributed Map's ItemReader reads, by Map state name.</summary>
    public Dictionary<string, Func<TaskInvocation, CancellationToken, Task<TaskOutcome>>> ItemReaders { get; } = new(StringComparer.Ordinal);

    public MockTestCase? TestCase { get; set; }

    public HttpMessageHandler? Http { get; set; }

    public Dictionary<string, HttpConnection> Connections { get; } = new(StringComparer.Ordinal);

    /// <summary>A delegate or test-case answer for the call, or null when neither knows the state or resource.</summary>
    public Func<TaskInvocation, CancellationToken, Task<TaskOutcome>>? Find(string state, string resource)
    {
        if (ByState.TryGetValue(state, out var byState))
        {
            return byState;
        }

        if (TestCase is { } testCase && testCase.Mocks(state))
        {
            return (call, _) => Task.FromResult(testCase.Outcome(state, call.Invocation));
        }

        return ByResource.TryGetValue(resource, out var byResource) ? byResource : null;
    }
}
