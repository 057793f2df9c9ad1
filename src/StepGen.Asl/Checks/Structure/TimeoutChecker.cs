using StepGen.Asl.Compile;
using StepGen.Asl.Problems;

namespace StepGen.Asl.Checks.Structure;

/// <summary>
/// Time limits in seconds: the machine's TimeoutSeconds (SG1011; 0, SG1020) and a task's TimeoutSeconds and
/// HeartbeatSeconds (SG1011).
/// </summary>
internal sealed class TimeoutChecker
{
    private readonly ProblemSink _problems;

    public TimeoutChecker(ProblemSink problems)
    {
        _problems = problems;
    }

    /// <summary>SG1011 for a machine TimeoutSeconds out of range, SG1020 for 0.</summary>
    public void CheckMachine(long seconds, FieldRef at)
    {
        if (seconds < 0 || seconds > 99999999)
        {
            _problems.Report(Rules.Timeouts, $"TimeoutSeconds of the state machine is {seconds}; it must be a positive number of seconds no larger than 99999999.", at);
        }
        else if (seconds == 0)
        {
            // The States Language only says "integer"; AWS's own schema accepts 0, which most likely means "no limit" was meant.
            _problems.Report(Rules.MachineTimeoutZero, "TimeoutSeconds of the state machine is 0; leave it out for no time limit, or give a positive number of seconds.", at);
        }
    }

    /// <summary>
    /// SG1011 for a task's <paramref name="field"/> (TimeoutSeconds, HeartbeatSeconds): a positive number of seconds,
    /// smaller than <paramref name="mustBeBelow"/> when given, and not together with its Path form (<paramref name="pathGiven"/>).
    /// </summary>
    public void CheckTaskSeconds(StateEntry state, string field, long value, long? mustBeBelow, bool pathGiven)
    {
        if (value <= 0 || value > 99999999)
        {
            _problems.Report(Rules.Timeouts, $"{field} is {value}; it must be a positive number of seconds no larger than 99999999.", state.At(field));
        }
        else if (mustBeBelow is long limit && value >= limit)
        {
            _problems.Report(Rules.Timeouts, $"{field} ({value}) must be smaller than TimeoutSeconds ({limit}), or the task times out before its first heartbeat is due.", state.At(field));
        }

        if (pathGiven)
        {
            _problems.Report(Rules.Timeouts, $"{field} and {field}Path are both set; keep one.", state.At(field + "Path"));
        }
    }
}
