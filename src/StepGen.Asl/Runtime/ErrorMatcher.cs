using System;
using System.Collections.Generic;

namespace StepGen.Asl.Runtime;

/// <summary>
/// Which error names a Retry or Catch element's <c>ErrorEquals</c> matches, as the developer guide's "Handling
/// errors in Step Functions" states it: a name matches itself; <c>States.ALL</c> matches every error; nothing
/// matches the terminal <c>States.DataLimitExceeded</c> and <c>States.Runtime</c>; <c>States.TaskFailed</c> "acts as a wildcard that
/// matches any known error name except for States.Timeout" (and, like <c>States.ALL</c>, not the two that
/// nothing catches).
/// </summary>
public static class ErrorMatcher
{
    /// <summary>The wildcard name.</summary>
    public const string All = "States.ALL";

    /// <summary>The name that matches task failures.</summary>
    public const string TaskFailed = "States.TaskFailed";

    /// <summary>A task ran longer than TimeoutSeconds, or sent no heartbeat within HeartbeatSeconds.</summary>
    public const string Timeout = "States.Timeout";

    /// <summary>
    /// The guide: a task "failed to send a heartbeat for a period longer than the HeartbeatSeconds value"; the
    /// guide's States.Timeout covers the same case, so a Retry or Catch on either name matches it.
    /// </summary>
    public const string HeartbeatTimeout = "States.HeartbeatTimeout";

    /// <summary>The guide: a state's input, output or result exceeded the payload quota; terminal.</summary>
    public const string DataLimitExceeded = "States.DataLimitExceeded";

    /// <summary>Whether <paramref name="errorEquals"/> matches <paramref name="error"/>.</summary>
    public static bool Matches(IReadOnlyList<string> errorEquals, string error)
    {
        foreach (string name in errorEquals)
        {
            if (Matches(name, error))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether one <c>ErrorEquals</c> entry matches <paramref name="error"/>.</summary>
    public static bool Matches(string name, string error)
    {
        // The guide: States.Runtime "isn't retriable, and will always cause the execution to fail", and
        // States.DataLimitExceeded is a "terminal error": no entry matches them, not even their own name. The
        // build-time check (SG1019) says the same of such an entry, from this method's IsTerminal.
        if (IsTerminal(error))
        {
            return false;
        }

        if (string.Equals(name, error, StringComparison.Ordinal))
        {
            return true;
        }

        return name switch
        {
            All => true,
            TaskFailed => error != Timeout && error != HeartbeatTimeout,
            Timeout => error == HeartbeatTimeout,
            _ => false,
        };
    }

    /// <summary>The errors no Retry or Catch handles: they always end the execution.</summary>
    public static bool IsTerminal(string error) => error == AslErrorNames.Runtime || error == DataLimitExceeded;
}
