using System.Globalization;

namespace StepGen.CodeFixes;

/// <summary>
/// The equivalence keys of the code actions: one per kind of fix, so that Fix All applies the same kind of fix to
/// every diagnostic. Where a diagnostic gets one action per candidate name, the key ends with the candidate's
/// rank (".1" is the closest), and Fix All gives each diagnostic its own candidate of that rank.
/// </summary>
internal static class FixKeys
{
    public const string StartAt = "StepGen.SG1001.StartAt";
    public const string SetEnd = "StepGen.SG1002.SetEnd";
    public const string SetNext = "StepGen.SG1002.SetNext";
    public const string RemoveEnd = "StepGen.SG1003.RemoveEnd";
    public const string RemoveNext = "StepGen.SG1003.RemoveNext";
    public const string Target = "StepGen.SG1004.Target";
    public const string RemoveTransition = "StepGen.SG1007.Remove";
    public const string DefaultToFail = "StepGen.SG1018.DefaultToFail";

    // One key for SG4001 and SG4003 alike: a statement often has both, and Fix All of "remove what StepGen derives"
    // should clear both in one pass.
    public const string RemoveIamStatement = "StepGen.IamStatement.Remove";
    public const string RemoveDerivedActions = "StepGen.IamStatement.RemoveDerivedActions";
    public const string HttpAddCondition = "StepGen.SG4001.AddCondition";
    public const string ScopeToDerivedResources = "StepGen.SG4003.ScopeToDerivedResources";
    public const string RemoveCredential = "StepGen.SG4004.RemoveCredential";

    /// <summary>At most this many candidate names are offered, each as its own action.</summary>
    public const int MaxCandidates = 3;

    /// <summary>The key of the candidate at this rank, from 1.</summary>
    public static string Ranked(string key, int rank) => key + "." + rank.ToString(CultureInfo.InvariantCulture);
}
