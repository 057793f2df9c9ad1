using System;
using StepGen.Asl.Compile;
using StepGen.Asl.Context;
using StepGen.Asl.Intrinsics;
using StepGen.Asl.Paths;
using StepGen.Asl.Problems;
using StepGen.Asl.Text;

using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Checks.Paths;

/// <summary>How a path field is read (ASL-SPEC 2.1).</summary>
internal enum PathUse
{
    /// <summary>A Path: InputPath, OutputPath. May select several nodes and read the context object.</summary>
    Path,

    /// <summary>A Path or an intrinsic function call: the value of a <c>.$</c> key.</summary>
    PathOrIntrinsic,

    /// <summary>A Reference Path that is read: TimeoutSecondsPath, SecondsPath... One node only.</summary>
    Reference,

    /// <summary>A Reference Path or a string-returning intrinsic: ErrorPath, CausePath.</summary>
    ReferenceOrIntrinsic,

    /// <summary>ResultPath: a Reference Path into the state's input; never the context object or a variable.</summary>
    Result,
}

/// <summary>
/// The checks every path value gets, wherever it is written: syntax (SG2001), reference paths (SG2002), context-object
/// fields and where they exist (SG2003), intrinsic functions (SG2004, SG2007).
/// </summary>
internal sealed class PathChecker
{
    private readonly ProblemSink _problems;

    public PathChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>Checks a path value; returns false when it does not parse.</summary>
    /// <param name="precise">False for a value inside JSON text: offsets in the value are not offsets in the argument,
    /// so the whole argument is underlined.</param>
    /// <param name="place">Where the value is written, for the '$$' fields that exist only in some places.</param>
    public bool Check(string value, FieldRef at, string field, PathUse use, bool precise = true, ContextPlace place = ContextPlace.Elsewhere)
    {
        if (Substitutions.IsWholeSubstitution(value))
        {
            return true;
        }

        if (use is PathUse.PathOrIntrinsic or PathUse.ReferenceOrIntrinsic && value.StartsWith("States.", StringComparison.Ordinal))
        {
            return CheckIntrinsic(value, at, field, mustReturnString: use == PathUse.ReferenceOrIntrinsic, precise, place);
        }

        PathParseResult parsed = PathParser.Parse(value);
        if (!parsed.Success)
        {
            string expected = use is PathUse.PathOrIntrinsic or PathUse.ReferenceOrIntrinsic
                ? "a JSONPath such as '$.order.id' or an intrinsic function such as States.Format(...)"
                : "a JSONPath such as '$.order.id'";
            _problems.Report(Rules.PathSyntax, $"{field} '{value}' is not a valid path: {parsed.Error}; expected {expected}.", Span(at, parsed.ErrorOffset, parsed.ErrorLength, precise));
            return false;
        }

        if (use is PathUse.Reference or PathUse.ReferenceOrIntrinsic or PathUse.Result && !parsed.IsReferencePath)
        {
            _problems.Report(Rules.ReferencePath, $"{field} '{value}' must be a Reference Path that selects one node; remove wildcards, filters, slices, unions and '..'.", at);
            return false;
        }

        if (use == PathUse.Result && parsed.Root != PathRoot.Input)
        {
            _problems.Report(Rules.ReferencePath, $"{field} '{value}' must write into the state's input ('$...'); it cannot target {(parsed.Root == PathRoot.Context ? "the context object ('$$')" : "a variable (use Assign)")}.", at);
            return false;
        }

        CheckContextPath(parsed, at, precise, place);
        return true;
    }

    /// <summary>
    /// SG2003 when a '$$' path names a field the context object does not have. <paramref name="at"/>'s offset is
    /// where the path starts inside the argument's string (-1: the whole string is the path).
    /// </summary>
    public void CheckContextPath(PathParseResult parsed, FieldRef at, bool precise, ContextPlace place)
    {
        if (parsed.Success && parsed.Root == PathRoot.Context
            && (ContextObject.Check(parsed) ?? ContextObject.CheckPlace(parsed, place)) is TextProblem problem)
        {
            _problems.Report(Rules.ContextField, problem.Message, Span(at, problem.Offset, problem.Length, precise), suggestion: problem.Suggestion);
        }
    }

    /// <summary>
    /// SG2004 for a bad intrinsic function call, SG2007 for one that should produce a string and does not; paths inside
    /// it are checked like any path.
    /// </summary>
    private bool CheckIntrinsic(string value, FieldRef at, string field, bool mustReturnString, bool precise, ContextPlace place)
    {
        IntrinsicParseResult parsed = IntrinsicParser.Parse(value);
        if (!parsed.Success || parsed.Call is null)
        {
            _problems.Report(Rules.IntrinsicFunction, Messages.Sentence($"{field} '{value}' is not a valid intrinsic function call: {parsed.Error}"), Span(at, parsed.ErrorOffset, parsed.ErrorLength, precise));
            return false;
        }

        bool ok = true;
        foreach (TextProblem problem in IntrinsicChecker.Check(parsed.Call))
        {
            _problems.Report(Rules.IntrinsicFunction, Messages.Sentence($"{field}: {problem.Message}"), Span(at, problem.Offset, problem.Length, precise), suggestion: problem.Suggestion);
            ok = false;
        }

        if (mustReturnString && !IntrinsicChecker.ReturnsString(parsed.Call.Name))
        {
            // Only AWS's language-service schema states this rule; no Step Functions page does: SG2007, a warning.
            _problems.Report(Rules.NonStringErrorOrCause, $"{field} should produce a string, and {parsed.Call.Name} does not; use States.Format, States.JsonToString or another function that returns a string.", Span(at, parsed.Call.NameOffset, parsed.Call.NameLength, precise));
        }

        CheckIntrinsicPaths(parsed.Call, at, 0, precise, place);
        return ok;
    }

    private void CheckIntrinsicPaths(IntrinsicCall call, FieldRef at, int depth, bool precise, ContextPlace place)
    {
        if (depth > 32)
        {
            return;
        }

        foreach (IntrinsicArgument argument in call.Arguments)
        {
            if (argument.Path is PathParseResult path)
            {
                CheckContextPath(path, precise ? at.WithSpan(Math.Max(0, at.Offset) + argument.Offset, argument.Length) : at, precise, place);
            }
            else if (argument.Call is IntrinsicCall nested)
            {
                CheckIntrinsicPaths(nested, at, depth + 1, precise, place);
            }
        }
    }
}
