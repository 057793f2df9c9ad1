namespace StepGen.Asl.Variables;

/// <summary>Whether a workflow variable holds a value when a state is entered, over every way of getting there.</summary>
public enum VariableAvailability
{
    /// <summary>Every path from the start to the state assigns it (or the analysis cannot tell, and says nothing).</summary>
    Assigned,

    /// <summary>Some paths to the state assign it and some do not.</summary>
    SometimesAssigned,

    /// <summary>No path to the state assigns it.</summary>
    NeverAssigned,
}
