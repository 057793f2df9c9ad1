namespace StepGen.SourceGenerators;

/// <summary>Names of the tracked pipeline steps; tests assert that unrelated edits leave them cached.</summary>
public static class TrackingNames
{
    /// <summary>Symbols read into the equatable source model.</summary>
    public const string Machines = nameof(Machines);

    /// <summary>Machines that could be read (nulls dropped).</summary>
    public const string Valid = nameof(Valid);

    /// <summary>The ASL, IAM policy and names, compiled by the ASL core.</summary>
    public const string Compiled = nameof(Compiled);

    /// <summary>Whether some machine has typed records, so the shared JSON contracts file is added.</summary>
    public const string SharedContracts = nameof(SharedContracts);

    /// <summary>The project's settings read from the analyzer config (CompileOptions).</summary>
    public const string Options = nameof(Options);
}
