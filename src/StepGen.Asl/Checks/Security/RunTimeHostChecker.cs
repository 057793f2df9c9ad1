using StepGen.Asl.Checks.Http;
using StepGen.Asl.Compile;
using StepGen.Asl.Iam;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;

using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Checks.Security;

/// <summary>
/// SG4006: an HTTP endpoint built at run time whose scheme and host are not a constant prefix. Whoever may start an
/// execution could then send the connection's credentials to a host of their choosing, and the IAM condition on
/// states:HTTPEndpoint can only say https://*. A constant host with a run-time path is fine. Never changes the output.
/// </summary>
internal sealed class RunTimeHostChecker
{
    private readonly ProblemSink _problems;

    public RunTimeHostChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>SG4006 for a run-time ApiEndpoint: a path or intrinsic call, or (<paramref name="jsonAta"/>) a JSONata expression.</summary>
    public void Check(string endpoint, bool jsonAta, FieldRef at)
    {
        string? prefix = jsonAta ? EndpointPrefix.FromJsonAta(endpoint) : EndpointPrefix.FromDynamic(endpoint);
        if (prefix is not null)
        {
            return;
        }

        string example = jsonAta
            ? "a JSONata expression that starts with the constant URL up to a '/' after the host: {% 'https://api.example.com/orders/' & $states.input.id %}"
            : "States.Format('https://api.example.com/orders/{}', $.id)";
        _problems.Report(Rules.RunTimeHost, $"The host of ApiEndpoint '{endpoint}' is chosen at run time: anyone allowed to start an execution can send the connection's credentials to a host of their choosing, and the policy can only allow https://*. Keep the scheme and host constant and build the rest, e.g. {example}.", at);
    }

    /// <summary>SG4006 for a run-time ApiEndpoint in Parameters/Arguments JSON text.</summary>
    public void CheckInText(StateEntry state, JsonObject payload, FieldRef at)
    {
        if (payload.Get("ApiEndpoint.$") is JsonString { Value: var path } dynamic)
        {
            Check(path, jsonAta: false, InJson(at, dynamic.Span, path.Length).At);
        }
        else if (payload.Get("ApiEndpoint") is JsonString { Value: var text } value && HttpValue.IsJsonAtaExpression(state, text))
        {
            Check(text, jsonAta: true, InJson(at, value.Span, text.Length).At);
        }
    }
}
