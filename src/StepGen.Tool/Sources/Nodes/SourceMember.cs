namespace StepGen.Tool.Sources.Nodes;

/// <summary>A key and its value in a <see cref="SourceMapping"/>.</summary>
internal readonly record struct SourceMember(SourceScalar Key, SourceNode Value);
