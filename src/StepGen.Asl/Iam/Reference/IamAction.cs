using System.Collections.Generic;

namespace StepGen.Asl.Iam.Reference;

/// <summary>A resource type of a service, as the Service Authorization Reference lists it.</summary>
/// <param name="Name">The resource type's name, lower case (<c>statemachine</c>, <c>object</c>).</param>
/// <param name="ArnFormats">Its ARN formats with <c>${Variable}</c> placeholders; a few types have two.</param>
public sealed record IamResourceType(string Name, IReadOnlyList<string> ArnFormats);

/// <summary>A resource type an action acts on, and whether the reference marks it required.</summary>
public sealed record IamActionResource(IamResourceType Type, bool Required);

/// <summary>An IAM action as the Service Authorization Reference lists it.</summary>
/// <param name="Service">The service prefix (<c>s3</c>).</param>
/// <param name="Name">The action as the reference spells it (<c>GetObject</c>).</param>
/// <param name="Resources">The resource types it acts on; empty when it supports no resource-level permissions.</param>
/// <param name="ConditionKeys">Its service-specific condition keys (the global <c>aws:</c> keys are left out of the table).</param>
public sealed record IamAction(string Service, string Name, IReadOnlyList<IamActionResource> Resources, IReadOnlyList<string> ConditionKeys)
{
    /// <summary><c>service:Action</c>, spelled as the reference spells it.</summary>
    public string FullName => Service + ":" + Name;

    /// <summary>
    /// True when the action supports no resource-level permissions: IAM then matches a statement only when its
    /// <c>Resource</c> is <c>"*"</c> (Service Authorization Reference, "Resource types" column left blank).
    /// </summary>
    public bool OnlyOnAnyResource => Resources.Count == 0;

    /// <summary>The first ARN format of each resource type, comma-separated: what a message shows of them.</summary>
    public string ResourceFormats
    {
        get
        {
            var formats = new List<string>();
            foreach (IamActionResource resource in Resources)
            {
                formats.Add(resource.Type.ArnFormats[0]);
            }

            return string.Join(", ", formats);
        }
    }
}
