using System;
using StepGen.Asl.Problems;

namespace StepGen.Asl.Checks.Structure;

/// <summary>
/// SG1021: a value that is not one of those the AWS documentation lists for the field; what Step Functions does with
/// another one is not documented.
/// </summary>
internal sealed class DocumentedValueChecker
{
    private readonly ProblemSink _problems;

    public DocumentedValueChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>SG1021 when <paramref name="value"/> is not one of <paramref name="allowed"/>, the values <paramref name="source"/> lists.</summary>
    public void CheckOneOf(string value, string[] allowed, FieldRef at, string field, string source)
    {
        if (Array.IndexOf(allowed, value) < 0)
        {
            _problems.Report(Rules.UndocumentedValue, $"{field} is '{value}'; {source} lists {string.Join(", ", allowed)}.", at);
        }
    }
}
