using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary>One attribute being read from JSON: its arguments, each with the site in the text it came from.</summary>
internal sealed class AttributeBuilder
{
    private readonly List<SourceArgument> _arguments = new();
    private readonly ImportSites _sites;

    public AttributeBuilder(string name, string? scope, string? className, int index, ImportSites sites, ImportSite site)
    {
        Name = name;
        Scope = scope;
        ClassName = className;
        Index = index;
        _sites = sites;
        sites.Add(scope, className, index, null, -1, site);
    }

    public string Name { get; }

    public string? Scope { get; }

    public string? ClassName { get; }

    public int Index { get; }

    public bool Has(string argument)
    {
        foreach (SourceArgument existing in _arguments)
        {
            if (existing.Name == argument)
            {
                return true;
            }
        }

        return false;
    }

    public void Add(string argument, SourceValue value, ImportSite site, bool constructorArgument = false)
    {
        _arguments.Add(new SourceArgument(argument, constructorArgument, value));
        _sites.Add(Scope, ClassName, Index, argument, -1, site);
    }

    /// <summary>An array argument (a <c>params</c> list), each element with its own site.</summary>
    public void AddArray(string argument, IReadOnlyList<(SourceValue Value, ImportSite Site)> items, ImportSite site, bool constructorArgument)
    {
        var values = new List<SourceValue>(items.Count);
        for (int i = 0; i < items.Count; i++)
        {
            values.Add(items[i].Value);
            _sites.Add(Scope, ClassName, Index, argument, i, items[i].Site);
        }

        Add(argument, new SourceValue(SourceValueKind.Array, Items: values.ToEquatableArray()), site, constructorArgument);
    }

    public SourceAttribute Build() => new(Name, _arguments.ToEquatableArray());
}
