using System;
using System.Collections.Generic;

namespace StepGen.Tool.Sources.Terraform;

/// <summary>An HCL block (<c>resource "type" "name" { ... }</c>) or a file's body: its attributes and nested blocks.</summary>
internal sealed record HclBlock(string Type, IReadOnlyList<string> Labels, IReadOnlyList<HclAttribute> Attributes, IReadOnlyList<HclBlock> Blocks, int Start)
{
    public HclAttribute? Attribute(string name)
    {
        foreach (HclAttribute attribute in Attributes)
        {
            if (string.Equals(attribute.Name, name, StringComparison.Ordinal))
            {
                return attribute;
            }
        }

        return null;
    }
}
