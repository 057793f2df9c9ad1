using StepGen.Asl.Collections;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Models;

/// <summary>What the generator reads from one [StateMachine] class: where it is and what the user wrote.</summary>
internal sealed record MachineInput(HierarchyInfo Hierarchy, SourceMachine Machine);

/// <summary>A state class and what its Name constant holds; generated only into partial classes.</summary>
internal sealed record GeneratedState(string ClassName, string Name, bool IsPartial);

/// <summary>Everything the emitter needs for one machine, all strings: the pipeline caches it by value.</summary>
internal sealed record GeneratedMachine(
    HierarchyInfo Hierarchy,
    string Name,
    string Asl,
    string IamPolicy,
    EquatableArray<string> Substitutions,
    EquatableArray<GeneratedState> States);
