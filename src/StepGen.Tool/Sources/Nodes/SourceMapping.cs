using System;
using System.Collections.Generic;

namespace StepGen.Tool.Sources.Nodes;

/// <summary>An object (a JSON object, a YAML mapping, an HCL object), its members in file order, keys unique.</summary>
internal sealed class SourceMapping : SourceNode
{
    public SourceMapping(IReadOnlyList<SourceMember> members, int offset)
        : base(offset)
    {
        Members = members;
    }

    public IReadOnlyList<SourceMember> Members { get; }

    /// <summary>The value of <paramref name="key"/>, or null.</summary>
    public SourceNode? Get(string key)
    {
        foreach (SourceMember member in Members)
        {
            if (string.Equals(member.Key.Value, key, StringComparison.Ordinal))
            {
                return member.Value;
            }
        }

        return null;
    }

    /// <summary>The member whose key is <paramref name="key"/>, or null.</summary>
    public SourceMember? Find(string key)
    {
        foreach (SourceMember member in Members)
        {
            if (string.Equals(member.Key.Value, key, StringComparison.Ordinal))
            {
                return member;
            }
        }

        return null;
    }
}
