namespace StepGen.Build;

/// <summary>
/// The generated constants of one <c>[StateMachine]</c> class, read back from a compiled assembly.
/// </summary>
internal sealed class StateMachineConstants
{
    public StateMachineConstants(string typeName, string name, string asl, string iamPolicy, string? mermaid)
    {
        TypeName = typeName;
        Name = name;
        Asl = asl;
        IamPolicy = iamPolicy;
        Mermaid = mermaid;
    }

    /// <summary>The class's full name in C# spelling, for messages (<c>Ns.Outer.Machine</c>).</summary>
    public string TypeName { get; }

    /// <summary>The value of the <c>Name</c> constant.</summary>
    public string Name { get; }

    /// <summary>The value of the <c>Asl</c> constant.</summary>
    public string Asl { get; }

    /// <summary>The value of the <c>IamPolicy</c> constant.</summary>
    public string IamPolicy { get; }

    /// <summary>
    /// The value of the <c>Mermaid</c> constant; null for an assembly built by a StepGen from before it, or for a
    /// machine with a state class of that name (which then has no such constant).
    /// </summary>
    public string? Mermaid { get; }
}
