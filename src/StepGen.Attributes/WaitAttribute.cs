using System;

namespace StepGen;

/// <summary>
/// A Wait state (ASL <c>"Type": "Wait"</c>): pauses for a duration or until a moment, then continues with
/// its input unchanged. Set exactly one of <see cref="Seconds"/>, <see cref="Timestamp"/>,
/// <see cref="SecondsPath"/> and <see cref="TimestampPath"/>.
/// </summary>
/// <remarks>
/// Needs exactly one of <see cref="StateAttribute.Next"/> and <see cref="StateAttribute.End"/>.
/// <example>
/// <code>
/// [Wait(Seconds = 10, Next = nameof(CheckStatus))]
/// public partial class Pause;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class WaitAttribute : StateAttribute
{
    /// <summary>
    /// How long to wait, in seconds (ASL <c>Seconds</c>); a non-negative integer up to 99999999.
    /// </summary>
    public int Seconds { get; set; }

    /// <summary>
    /// When to resume (ASL <c>Timestamp</c>): an RFC 3339 timestamp with an uppercase <c>T</c> and, when
    /// no numeric offset is given, an uppercase <c>Z</c>, e.g. <c>"2016-03-14T01:59:00Z"</c>. In JSONata it
    /// may also be a <c>{% ... %}</c> expression.
    /// </summary>
    public string? Timestamp { get; set; }

    /// <summary>
    /// JSONPath only. A reference path to a non-negative integer in the input giving the number of
    /// seconds to wait (ASL <c>SecondsPath</c>), e.g. <c>"$.delaySeconds"</c>.
    /// </summary>
    public string? SecondsPath { get; set; }

    /// <summary>
    /// JSONPath only. A reference path to an RFC 3339 timestamp in the input giving when to resume (ASL
    /// <c>TimestampPath</c>), e.g. <c>"$.resumeAt"</c>.
    /// </summary>
    public string? TimestampPath { get; set; }
}
