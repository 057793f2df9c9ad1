using System;

namespace StepGen.Testing.JsonAta;

/// <summary>What an evaluation may vary: the clock, the random source, the GUID source and the limits.</summary>
internal sealed class JsonAtaOptions
{
    /// <summary>The default nesting limit of <see cref="MaxDepth"/>.</summary>
    public const int DefaultMaxDepth = 20_000;

    /// <summary>The instant <c>$now()</c> and <c>$millis()</c> return; null reads the real clock once per evaluation.</summary>
    public DateTimeOffset? Now { get; set; }

    /// <summary>The source of <c>$random()</c>, <c>$shuffle()</c> and the Step Functions <c>$random</c>; null uses a shared generator.</summary>
    public Random? Random { get; set; }

    /// <summary>The source of <c>$uuid()</c>; null uses <see cref="Guid.NewGuid"/>.</summary>
    public Func<Guid>? NewGuid { get; set; }

    /// <summary>Whether the functions AWS Step Functions adds (<c>$partition</c>, <c>$range</c>, <c>$hash</c>...) are defined.</summary>
    public bool StepFunctionsFunctions { get; set; } = true;

    /// <summary>
    /// The deepest nesting of evaluation (sub-expressions, a few per level of a recursive function's calls) before the
    /// evaluation fails with <c>D1011</c> (the reference's code for its own stack guard); a runaway recursive function
    /// ends in that error, never in a stack overflow. Past a few hundred levels the evaluation runs on a thread of its
    /// own with a stack sized for this many levels (4 KB each, at most 1 GB, reserved rather than committed).
    /// </summary>
    public int MaxDepth { get; set; } = DefaultMaxDepth;
}
