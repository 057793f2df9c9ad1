using System.Collections.Generic;

namespace StepGen.Tool.Sources.Nodes;

/// <summary>An array (a JSON array, a YAML sequence, an HCL tuple).</summary>
internal sealed class SourceSequence : SourceNode
{
    public SourceSequence(IReadOnlyList<SourceNode> items, int offset)
        : base(offset)
    {
        Items = items;
    }

    public IReadOnlyList<SourceNode> Items { get; }
}
