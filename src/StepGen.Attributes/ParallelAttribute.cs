using System;

namespace StepGen;

/// <summary>
/// A Parallel state (ASL <c>"Type": "Parallel"</c>): runs several branches side by side on the same
/// input and produces an array holding each branch's output, in the order of <see cref="Branches"/>.
/// If any branch fails, the whole state fails and the other branches are stopped.
/// </summary>
/// <remarks>
/// Needs exactly one of <see cref="StateAttribute.Next"/> and <see cref="StateAttribute.End"/>; accepts
/// <see cref="RetryAttribute"/> and <see cref="CatchAttribute"/>.
/// <example>
/// <code>
/// // Billing and Shipping are classes marked [Branch(StartAt = ...)].
/// [Parallel(Branches = new[] { typeof(Billing), typeof(Shipping) }, Next = nameof(Done))]
/// public partial class Fulfil;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ParallelAttribute : StateAttribute
{
    /// <summary>
    /// The branches to run (ASL <c>Branches</c>, required, at least one): classes marked with
    /// <see cref="BranchAttribute"/>, each holding the states of one branch, e.g.
    /// <c>Branches = new[] { typeof(Billing), typeof(Shipping) }</c>. States inside a branch can only
    /// move between themselves.
    /// </summary>
    public Type[]? Branches { get; set; }
}
