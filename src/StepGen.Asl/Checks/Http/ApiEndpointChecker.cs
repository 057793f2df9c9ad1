using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Checks.Security;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Http;

/// <summary>
/// An HTTP task's ApiEndpoint, from the task or its [HttpEndpoint] declaration: missing or not an absolute https://
/// URL (SG3001), whitespace in it (SG3010); a run-time one is checked as a path and for a host chosen at run time
/// (SG4006).
/// </summary>
internal sealed class ApiEndpointChecker
{
    private readonly ProblemSink _problems;
    private readonly PathChecker _paths;
    private readonly RunTimeHostChecker _host;

    public ApiEndpointChecker(ProblemSink problems, PathChecker paths, RunTimeHostChecker host)
    {
        _problems = problems;
        _paths = paths;
        _host = host;
    }

    /// <param name="declaration">The task's [HttpEndpoint] declaration, or null.</param>
    /// <param name="argument">The ApiEndpoint argument, where <see cref="EndpointDeclarationChecker.Field"/> found it (null: not given).</param>
    /// <param name="at">Where that argument is, or would be.</param>
    public void Check(StateEntry state, SourceEndpoint? declaration, SourceArgument? argument, FieldRef at)
    {
        string? endpoint = Args.String(argument);
        if (endpoint is null)
        {
            string message = declaration is null
                ? $"The HTTP task '{state.Name}' has no ApiEndpoint; set the https:// URL it calls, or Endpoint = typeof(...) naming an [HttpEndpoint] declaration."
                : $"The [HttpEndpoint] {declaration.ClassName} has no URL; write the https:// URL it calls, e.g. [HttpEndpoint(\"https://api.example.com/items\")].";
            _problems.Report(Rules.HttpEndpoint, message, argument is null && declaration is null ? state.At() : at);
        }
        else if (HttpValue.IsRunTimePath(state, endpoint))
        {
            _paths.Check(endpoint, at, "ApiEndpoint", PathUse.PathOrIntrinsic);
            _host.Check(endpoint, jsonAta: false, at);
        }
        else if (HttpValue.IsJsonAtaExpression(state, endpoint))
        {
            _host.Check(endpoint, jsonAta: true, at);
        }
        else if (HttpTask.EndpointProblem(endpoint) is string problem)
        {
            // Whitespace and control characters: no AWS rule found that rejects them; the request would most
            // likely fail, but the definition deploys: SG3010, a warning.
            string id = HttpTask.HasWhitespaceOrControl(endpoint) ? Rules.EndpointWhitespace : Rules.HttpEndpoint;
            _problems.Report(id, $"ApiEndpoint '{endpoint}' is not usable: {problem}; write an absolute https:// URL or a ${{Substitution}}.", at);
        }
    }
}
