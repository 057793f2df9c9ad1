using StepGen.Asl.Collections;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Models;

/// <summary>What the generator reads from one [StateMachine] class: where it is and what the user wrote.</summary>
/// <param name="CanEmitRecords">The consumer references System.Text.Json 8 or later, so typed records can be emitted.</param>
internal sealed record MachineInput(HierarchyInfo Hierarchy, SourceMachine Machine, bool CanEmitRecords);

/// <summary>
/// A state class and what its Name constant holds; generated only into partial classes.
/// <paramref name="Path"/> is the chain of classes between the machine and the state ("" for the machine's own
/// states, "Left" or "Branches.Left" for a branch nested in the machine).
/// </summary>
internal sealed record GeneratedState(string ClassName, string Name, bool IsPartial, string Path);

/// <summary>Everything the emitter needs for one machine, all strings: the pipeline caches it by value.</summary>
internal sealed record GeneratedMachine(
    HierarchyInfo Hierarchy,
    string Name,
    string Asl,
    string IamPolicy,
    string Mermaid,
    EquatableArray<string> Substitutions,
    EquatableArray<GeneratedState> States,
    Records.RecordSetSpec? Records);
