using System;
using System.Collections.Generic;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;


namespace StepGen.Asl.Compile;

/// <summary>
/// One <c>States</c> object: the machine's own states, or a <c>[Branch]</c> class's. Transitions resolve only
/// within a scope; names must be unique across the whole machine.
/// </summary>
internal sealed class Scope
{
    public Scope(string? key, string className, IReadOnlyList<SourceAttribute> ownerAttributes)
    {
        Key = key;
        ClassName = className;
        OwnerAttributes = ownerAttributes;
    }

    /// <summary>The branch type key, or null for the machine.</summary>
    public string? Key { get; }

    public string ClassName { get; }

    public IReadOnlyList<SourceAttribute> OwnerAttributes { get; }

    public List<StateEntry> States { get; } = new();

    public Dictionary<string, StateEntry> ByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, StateEntry> ByClass { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when a transition in this scope names no state: reachability would only repeat it.</summary>
    public bool HasUnresolved { get; set; }

    /// <summary>True when two states of this scope share a name (SG1006): transitions may resolve to the wrong one.</summary>
    public bool HasDuplicates { get; set; }

    /// <summary>The location of an argument of the scope's own [StateMachine] or [Branch] attribute.</summary>
    public FieldRef AtOwner(string ownerAttribute, string? argument = null)
    {
        for (int i = 0; i < OwnerAttributes.Count; i++)
        {
            if (OwnerAttributes[i].Name == ownerAttribute)
            {
                return new FieldRef(null, i, argument, Scope: Key);
            }
        }

        return new FieldRef(null, -1, Scope: Key);
    }

    public SourceAttribute? Owner(string ownerAttribute)
    {
        foreach (SourceAttribute attribute in OwnerAttributes)
        {
            if (attribute.Name == ownerAttribute)
            {
                return attribute;
            }
        }

        return null;
    }

    /// <summary>A state by ASL name, or by the class name that <c>nameof</c> gives (which maps to its ASL name).</summary>
    public StateEntry? Resolve(string reference)
    {
        if (ByName.TryGetValue(reference, out StateEntry? state))
        {
            return state;
        }

        return ByClass.TryGetValue(reference, out state) ? state : null;
    }
}
