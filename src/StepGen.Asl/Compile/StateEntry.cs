using System.Collections.Generic;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;


namespace StepGen.Asl.Compile;

/// <summary>A state as the compiler sees it: its kind attribute and the attributes that go with it.</summary>
internal sealed class StateEntry
{
    public StateEntry(Scope scope, SourceState source, StateKind kind, SourceAttribute attribute, int attributeIndex, string name)
    {
        Scope = scope;
        Source = source;
        Kind = kind;
        Attribute = attribute;
        AttributeIndex = attributeIndex;
        Name = name;
    }

    public Scope Scope { get; }

    public SourceState Source { get; }

    public string ClassName => Source.ClassName;

    public StateKind Kind { get; }

    public SourceAttribute Attribute { get; }

    public int AttributeIndex { get; }

    public string Name { get; }

    /// <summary>The state's generated ASL, once built.</summary>
    public JsonObject? Json { get; set; }

    /// <summary>True when the state uses JSONata: its own QueryLanguage, else the machine's.</summary>
    public bool JsonAta { get; set; }

    /// <summary>Parameters in JSONPath, Arguments in JSONata.</summary>
    public string PayloadField => JsonAta ? "Arguments" : "Parameters";

    /// <summary>The other StepGen attributes of the class ([Retry], [Header]...), with their indices.</summary>
    public List<KeyValuePair<int, SourceAttribute>> Extras { get; } = new();

    /// <summary>State names this state can transition to.</summary>
    public List<string> Targets { get; } = new();

    public FieldRef At(string? argument = null) => new(ClassName, AttributeIndex, argument, Scope: Scope.Key);

    public FieldRef AtExtra(int index, string? argument = null) => new(ClassName, index, argument, Scope: Scope.Key);
}
