using System;
using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Http;

/// <summary>
/// An HTTP task's Method, from the task or its [HttpEndpoint] declaration: missing or not one the HTTP task accepts
/// (SG3002), or one of them in another case (SG3011); a run-time one is checked as a path.
/// </summary>
internal sealed class MethodChecker
{
    private readonly ProblemSink _problems;
    private readonly PathChecker _paths;

    public MethodChecker(ProblemSink problems, PathChecker paths)
    {
        _problems = problems;
        _paths = paths;
    }

    /// <param name="declaration">The task's [HttpEndpoint] declaration, or null.</param>
    /// <param name="argument">The Method argument, where <see cref="EndpointDeclarationChecker.Field"/> found it (null: not given).</param>
    /// <param name="at">Where that argument is, or would be.</param>
    public void Check(StateEntry state, SourceEndpoint? declaration, SourceArgument? argument, FieldRef at)
    {
        string? method = Args.String(argument);
        if (method is null)
        {
            string owner = declaration is null ? $"The HTTP task '{state.Name}'" : $"The [HttpEndpoint] {declaration.ClassName}";
            _problems.Report(Rules.HttpMethod, $"{owner} has no Method; set Method = one of {string.Join(", ", HttpTask.Methods)}.", argument is null && declaration is null ? state.At() : at);
        }
        else if (HttpValue.IsRunTimePath(state, method))
        {
            _paths.Check(method, at, "Method", PathUse.PathOrIntrinsic);
        }
        else if (!HttpValue.IsJsonAtaExpression(state, method) && !Substitutions.IsWholeSubstitution(method) && Array.IndexOf(HttpTask.Methods, method) < 0)
        {
            string upper = method.ToUpperInvariant();
            if (Array.IndexOf(HttpTask.Methods, upper) >= 0)
            {
                // The HTTP Task page lists the methods in upper case but does not say another case fails: SG3011, a warning.
                _problems.Report(Rules.MethodCase, $"Method '{method}' is not written as the HTTP task's methods are; write it in upper case: \"{upper}\".", at, suggestion: upper);
            }
            else
            {
                _problems.Report(Rules.HttpMethod, $"Method '{method}' is not accepted by the HTTP task; use one of {string.Join(", ", HttpTask.Methods)}.", at);
            }
        }
    }
}
