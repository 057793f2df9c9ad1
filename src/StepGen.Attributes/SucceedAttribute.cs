using System;

namespace StepGen;

/// <summary>
/// A Succeed state (ASL <c>"Type": "Succeed"</c>): ends the machine, branch or Map iteration
/// successfully. It is terminal by nature, so it never takes <see cref="StateAttribute.Next"/> or
/// <see cref="StateAttribute.End"/>.
/// </summary>
/// <remarks>
/// <example>
/// <code>
/// [Succeed]
/// public partial class LastStep;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class SucceedAttribute : StateAttribute
{
}
