namespace StepGen.Tool;

/// <summary>The process exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The command did its work (for <c>run</c>: the execution ran, whatever its status).</summary>
    public const int Ran = 0;

    /// <summary>The arguments are wrong: an unknown option, a missing value, a file that does not exist.</summary>
    public const int BadArguments = 1;

    /// <summary>The input cannot be used: a definition that cannot run, a mock file that is not one, a missing mock.</summary>
    public const int CannotRun = 2;

    /// <summary>
    /// <c>lint</c>, <c>iam</c>: a definition has an error (with <c>--warnings-as-errors</c>, a warning): the findings are
    /// printed, the command did its work, and CI should fail.
    /// </summary>
    public const int Findings = 3;
}
