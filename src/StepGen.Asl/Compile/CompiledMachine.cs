using StepGen.Asl.Collections;
using StepGen.Asl.Problems;
using StepGen.Asl.Shapes;

namespace StepGen.Asl.Compile;

/// <summary>A state's C# class name, its name in the ASL, and the [Branch] type it belongs to (null: the machine).</summary>
public sealed record StateName(string ClassName, string Name, string? Scope = null);

/// <summary>
/// Everything StepGen produces for one state machine: the ASL, the IAM policy, the Mermaid diagram, the
/// substitutions, the state names, and the problems found on the way. Produced even when there are errors.
/// </summary>
public sealed record CompiledMachine(
    string ClassName,
    string Name,
    string Asl,
    string IamPolicy,
    string Mermaid,
    EquatableArray<string> Substitutions,
    EquatableArray<StateName> States,
    EquatableArray<Problem> Problems,
    EquatableArray<TypedRecord> Records = default);
