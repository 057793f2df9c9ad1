using System;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Http;

/// <summary>
/// An HTTP task's request body: written once, as RequestBody text or as [Body] fields (SG1015), and only with a
/// method that carries one (SG3005). The body against a declared endpoint type is <see cref="EndpointDeclarationChecker"/>'s.
/// </summary>
internal sealed class RequestBodyChecker
{
    private readonly ProblemSink _problems;

    public RequestBodyChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>SG1015 when the task has RequestBody text and [Body] fields (<paramref name="hasFields"/>) both.</summary>
    public void CheckOneForm(StateEntry state, bool hasFields)
    {
        if (hasFields)
        {
            _problems.Report(Rules.FieldNotAllowed, $"'{state.Name}' sets both RequestBody JSON text and [Body] fields; use one of the two.", state.At(ArgumentNames.RequestBody));
        }
    }

    /// <summary>SG3005: a body sent with GET or HEAD, located at <paramref name="bodyAt"/> (the text, or the first [Body]).</summary>
    public void CheckMethod(StateEntry state, string? method, FieldRef bodyAt)
    {
        if (method is not null && Array.IndexOf(HttpTask.MethodsWithoutBody, method) >= 0)
        {
            _problems.Report(Rules.HttpBodyOnBodilessMethod, $"'{state.Name}' sends a request body with {method}, which carries none; most servers ignore it. Use POST, PUT or PATCH, or send the data as query parameters.", bodyAt);
        }
    }
}
