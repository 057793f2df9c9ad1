using System;

namespace StepGen;

/// <summary>
/// Marks a <c>partial</c> class whose nested state classes form one branch of a
/// <see cref="ParallelAttribute"/> state or the item processor of a <see cref="MapAttribute"/> state (a
/// nested ASL state machine with its own <c>StartAt</c> and <c>States</c>).
/// </summary>
/// <remarks>
/// States in a branch can move only to other states of the same branch, and the branch needs at least
/// one terminal state. State names must still be unique across the whole machine.
/// <example>
/// <code>
/// [Branch(StartAt = nameof(Charge))]
/// public partial class Billing
/// {
///     [Task(Resource = "${ChargeFunctionArn}", End = true)]
///     public partial class Charge;
/// }
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class BranchAttribute : Attribute
{
    /// <summary>
    /// Required. The branch's first state (ASL <c>StartAt</c> of the nested machine), written as
    /// <c>StartAt = nameof(Charge)</c>; the generator resolves it to that state's ASL name, including a
    /// <see cref="StateAttribute.Name"/> override. It must be a state declared in this class.
    /// </summary>
    public string? StartAt { get; set; }

    /// <summary>
    /// A free-text description of the branch (ASL <c>Comment</c> of the nested machine).
    /// </summary>
    public string? Comment { get; set; }
}
