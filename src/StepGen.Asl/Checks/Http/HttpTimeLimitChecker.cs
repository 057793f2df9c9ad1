using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Http;

/// <summary>SG3007: an HTTP call's TimeoutSeconds above the time Step Functions gives an HTTP request.</summary>
internal sealed class HttpTimeLimitChecker
{
    private readonly ProblemSink _problems;

    public HttpTimeLimitChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>SG3007 when the HTTP call's constant <paramref name="timeout"/> exceeds <see cref="HttpTask.RequestSecondsLimit"/>.</summary>
    public void Check(StateEntry state, long? timeout)
    {
        bool http = state.Kind == StateKind.HttpTask || Args.String(state.Attribute.Get(ArgumentNames.Resource)) == HttpTask.Resource;
        if (http && timeout > HttpTask.RequestSecondsLimit)
        {
            _problems.Report(Rules.HttpTimeLimit, $"TimeoutSeconds is {timeout}, but Step Functions gives an HTTP request at most {HttpTask.RequestSecondsLimit} seconds: a slower endpoint fails with States.Http.Socket after {HttpTask.RequestSecondsLimit} s whatever TimeoutSeconds says, and a [Retry] or [Catch] for States.Timeout does not see it. Set TimeoutSeconds to {HttpTask.RequestSecondsLimit} or less, and retry States.Http.Socket, or have the API answer at once and finish the work in the background.", state.At(ArgumentNames.TimeoutSeconds));
        }
    }
}
