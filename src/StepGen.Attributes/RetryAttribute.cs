using System;

namespace StepGen;

/// <summary>
/// A retry policy of a Task, Parallel or Map state (an entry of ASL <c>Retry</c>): when the state fails
/// with one of <see cref="ErrorEquals"/>, it is run again after a growing delay. Retriers are tried in
/// the order written, and retrying happens before any <see cref="CatchAttribute"/> applies.
/// </summary>
/// <remarks>
/// The n-th retry waits <c>IntervalSeconds * BackoffRate^(n-1)</c> seconds, capped by
/// <see cref="MaxDelaySeconds"/>. Properties left unset are omitted, so Step Functions applies its own
/// defaults (1 second, 3 attempts, rate 2.0).
/// <example>
/// <code>
/// [Retry("States.Http.StatusCode.429", "States.Http.Socket",
///        IntervalSeconds = 2, MaxAttempts = 5, BackoffRate = 2.0, JitterStrategy = "FULL")]
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class RetryAttribute : Attribute
{
    /// <summary>
    /// Declares a retrier for the given errors.
    /// </summary>
    /// <param name="errorEquals">
    /// The error names this retrier handles (ASL <c>ErrorEquals</c>, at least one), e.g.
    /// <c>"States.TaskFailed"</c>, <c>"States.Timeout"</c>, <c>"Lambda.ServiceException"</c>.
    /// <c>"States.ALL"</c> matches any error but must stand alone and belong to the last retrier.
    /// </param>
    public RetryAttribute(params string[] errorEquals)
    {
        ErrorEquals = errorEquals;
    }

    /// <summary>
    /// The error names this retrier handles (ASL <c>ErrorEquals</c>), as passed to the constructor.
    /// </summary>
    public string[] ErrorEquals { get; }

    /// <summary>
    /// Seconds to wait before the first retry (ASL <c>IntervalSeconds</c>); a positive integer, 1 when
    /// unset.
    /// </summary>
    public int IntervalSeconds { get; set; }

    /// <summary>
    /// How many times to retry at most (ASL <c>MaxAttempts</c>); a non-negative integer, 3 when unset.
    /// <c>0</c> turns retrying off for these errors.
    /// </summary>
    public int MaxAttempts { get; set; }

    /// <summary>
    /// The factor the delay grows by after each attempt (ASL <c>BackoffRate</c>); at least 1.0, 2.0 when
    /// unset.
    /// </summary>
    public double BackoffRate { get; set; }

    /// <summary>
    /// Upper bound on any single delay, in seconds (ASL <c>MaxDelaySeconds</c>); a positive integer up
    /// to 31622400 (one year).
    /// </summary>
    public int MaxDelaySeconds { get; set; }

    /// <summary>
    /// Randomizes delays so that many failing executions do not retry in lockstep (ASL
    /// <c>JitterStrategy</c>): <c>"FULL"</c> or <c>"NONE"</c> (no jitter).
    /// </summary>
    public string? JitterStrategy { get; set; }

    /// <summary>
    /// A free-text description of the retrier (ASL <c>Comment</c>).
    /// </summary>
    public string? Comment { get; set; }
}
