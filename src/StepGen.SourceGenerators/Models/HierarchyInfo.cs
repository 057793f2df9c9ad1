using StepGen.Asl.Collections;

namespace StepGen.SourceGenerators.Models;

/// <summary>One type declaration around the generated members: its keyword, name with type parameters, and whether it is partial.</summary>
internal sealed record TypeDeclarationInfo(string Keyword, string Name, bool IsPartial);

/// <summary>
/// Where the generated members go: the namespace and the chain of containing types, outermost first,
/// ending with the machine class. Doubles as the template for re-declaring the nested partial types.
/// </summary>
internal sealed record HierarchyInfo(string? Namespace, EquatableArray<TypeDeclarationInfo> Types, string HintName)
{
    public bool AllPartial
    {
        get
        {
            foreach (TypeDeclarationInfo type in Types)
            {
                if (!type.IsPartial)
                {
                    return false;
                }
            }

            return true;
        }
    }
}
