namespace StepGen.Tool.Sources.Nodes;

/// <summary>
/// A value read from a JSON, YAML or HCL file, with where it starts: the common tree that the CloudFormation and
/// Terraform readers walk and <see cref="NodeJsonWriter"/> turns into JSON text.
/// </summary>
internal abstract class SourceNode
{
    private protected SourceNode(int offset) => Offset = offset;

    /// <summary>Where the node starts in its file (for a YAML tag such as <c>!Sub</c>, the tag).</summary>
    public int Offset { get; }
}
