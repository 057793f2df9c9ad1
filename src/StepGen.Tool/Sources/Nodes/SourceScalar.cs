namespace StepGen.Tool.Sources.Nodes;

/// <summary>
/// A string, number, boolean or null. <see cref="Text"/> is the string's value, or for the others their JSON text
/// (<c>30</c>, <c>true</c>, <c>null</c>), mapped to the file.
/// </summary>
internal sealed class SourceScalar : SourceNode
{
    public SourceScalar(ScalarKind kind, MappedString text, int offset)
        : base(offset)
    {
        Kind = kind;
        Text = text;
    }

    public ScalarKind Kind { get; }

    public MappedString Text { get; }

    public string Value => Text.Value;

    public static SourceScalar String(MappedString text, int offset) => new(ScalarKind.String, text, offset);

    public override string ToString() => Text.Value;
}
