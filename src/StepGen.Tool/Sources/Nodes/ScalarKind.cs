namespace StepGen.Tool.Sources.Nodes;

/// <summary>What a <see cref="SourceScalar"/> holds, as JSON sees it.</summary>
internal enum ScalarKind
{
    String,
    Number,
    Boolean,
    Null,
}
