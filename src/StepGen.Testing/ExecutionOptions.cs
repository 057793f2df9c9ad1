using System;

namespace StepGen.Testing;

/// <summary>
/// Per-execution settings. Every default is deterministic, so two runs of the same test produce the same
/// history: the name, the start time, the task tokens, and the random numbers of <c>JitterStrategy: FULL</c>,
/// <c>States.MathRandom</c> and <c>States.UUID</c>.
/// </summary>
public sealed class ExecutionOptions
{
    /// <summary>The default start time: 2026-01-01T00:00:00Z.</summary>
    public static readonly DateTimeOffset DefaultStartTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The execution name (<c>$$.Execution.Name</c>); default <c>test-execution</c>.</summary>
    public string Name { get; set; } = "test-execution";

    /// <summary>When the execution starts on the virtual clock; default <see cref="DefaultStartTime"/>.</summary>
    public DateTimeOffset StartTime { get; set; } = DefaultStartTime;

    /// <summary>The seed of the execution's random numbers (jitter, States.MathRandom, States.UUID); default 0.</summary>
    public int RandomSeed { get; set; }

    /// <summary>The region in ARNs; default <c>us-east-1</c>.</summary>
    public string Region { get; set; } = "us-east-1";

    /// <summary>The account in ARNs; default <c>123456789012</c>.</summary>
    public string AccountId { get; set; } = "123456789012";

    /// <summary>The execution role (<c>$$.Execution.RoleArn</c>); default a role named after the state machine.</summary>
    public string? RoleArn { get; set; }

    /// <summary>
    /// How many state transitions one execution may make before the runner stops it as a runaway loop
    /// (status Aborted); default 25,000, the number of history events a Standard workflow may have in AWS ("Service
    /// quotas"), which a workflow reaches in fewer transitions. A test that needs more raises this.
    /// </summary>
    public int MaxTransitions { get; set; } = 25_000;
}
