using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace StepGen.Build;

/// <summary>
/// Finds the <c>[StateMachine]</c> classes of a compiled assembly and reads their generated
/// <c>Name</c>, <c>Asl</c>, <c>IamPolicy</c> and (when there is one) <c>Mermaid</c> constants straight from the
/// metadata tables.
/// </summary>
/// <remarks>
/// The assembly is never loaded for execution: loading it into the MSBuild process would keep the
/// file locked and leave a stale copy in a reused build node. The file is read into memory and
/// closed before any value is returned.
/// </remarks>
internal static class StateMachineMetadataReader
{
    internal const string AttributeNamespace = "StepGen";
    internal const string AttributeName = "StateMachineAttribute";

    private const string NameField = "Name";
    private const string AslField = "Asl";
    private const string IamPolicyField = "IamPolicy";
    private const string MermaidField = "Mermaid";

    public static IReadOnlyList<StateMachineConstants> Read(string assemblyPath)
    {
        using (var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete))
        using (var peReader = new PEReader(stream, PEStreamOptions.PrefetchEntireImage))
        {
            if (!peReader.HasMetadata)
            {
                throw new BadImageFormatException("the file is not a .NET assembly (it has no metadata)", assemblyPath);
            }

            return Read(peReader.GetMetadataReader());
        }
    }

    public static IReadOnlyList<StateMachineConstants> Read(MetadataReader metadata)
    {
        var machines = new List<StateMachineConstants>();
        foreach (TypeDefinitionHandle typeHandle in metadata.TypeDefinitions)
        {
            TypeDefinition type = metadata.GetTypeDefinition(typeHandle);
            if (!HasStateMachineAttribute(metadata, type))
            {
                continue;
            }

            string? name = null;
            string? asl = null;
            string? iamPolicy = null;
            string? mermaid = null;
            foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
            {
                FieldDefinition field = metadata.GetFieldDefinition(fieldHandle);
                string? value = ReadStringConstant(metadata, field);
                if (value is null)
                {
                    continue;
                }

                if (metadata.StringComparer.Equals(field.Name, NameField))
                {
                    name = value;
                }
                else if (metadata.StringComparer.Equals(field.Name, AslField))
                {
                    asl = value;
                }
                else if (metadata.StringComparer.Equals(field.Name, IamPolicyField))
                {
                    iamPolicy = value;
                }
                else if (metadata.StringComparer.Equals(field.Name, MermaidField))
                {
                    mermaid = value;
                }
            }

            // A class whose generated members are missing (generator not run, or an older one) is
            // not a machine we can write; the analyzers report whatever is wrong with it. Mermaid came
            // later: without it the machine still gets its ASL and IAM files.
            if (name is not null && asl is not null && iamPolicy is not null)
            {
                machines.Add(new StateMachineConstants(GetDisplayName(metadata, type), name, asl, iamPolicy, mermaid));
            }
        }

        return machines;
    }

    /// <summary>The value of a <c>const string</c> field, or null for any other field.</summary>
    private static string? ReadStringConstant(MetadataReader metadata, FieldDefinition field)
    {
        const FieldAttributes ConstantField = FieldAttributes.Literal | FieldAttributes.Static | FieldAttributes.HasDefault;
        if ((field.Attributes & ConstantField) != ConstantField)
        {
            return null;
        }

        ConstantHandle constantHandle = field.GetDefaultValue();
        if (constantHandle.IsNil)
        {
            return null;
        }

        Constant constant = metadata.GetConstant(constantHandle);
        if (constant.TypeCode != ConstantTypeCode.String)
        {
            // A null string constant is stored as a null class reference: not a value to write.
            return null;
        }

        // String constants are stored as UTF-16 little-endian code units, without terminator.
        BlobReader blob = metadata.GetBlobReader(constant.Value);
        return blob.ReadUTF16(blob.Length);
    }

    private static bool HasStateMachineAttribute(MetadataReader metadata, TypeDefinition type)
    {
        foreach (CustomAttributeHandle attributeHandle in type.GetCustomAttributes())
        {
            CustomAttribute attribute = metadata.GetCustomAttribute(attributeHandle);
            if (IsStateMachineAttributeConstructor(metadata, attribute.Constructor))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsStateMachineAttributeConstructor(MetadataReader metadata, EntityHandle constructor)
    {
        EntityHandle attributeType;
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
                attributeType = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
                break;
            case HandleKind.MethodDefinition:
                attributeType = metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
                break;
            default:
                return false;
        }

        switch (attributeType.Kind)
        {
            case HandleKind.TypeReference:
                {
                    TypeReference reference = metadata.GetTypeReference((TypeReferenceHandle)attributeType);
                    return reference.ResolutionScope.Kind != HandleKind.TypeReference
                        && metadata.StringComparer.Equals(reference.Namespace, AttributeNamespace)
                        && metadata.StringComparer.Equals(reference.Name, AttributeName);
                }

            case HandleKind.TypeDefinition:
                {
                    TypeDefinition definition = metadata.GetTypeDefinition((TypeDefinitionHandle)attributeType);
                    return definition.GetDeclaringType().IsNil
                        && metadata.StringComparer.Equals(definition.Namespace, AttributeNamespace)
                        && metadata.StringComparer.Equals(definition.Name, AttributeName);
                }

            default:
                return false;
        }
    }

    /// <summary>The type's name as C# spells it: namespace, containing classes, then the class.</summary>
    internal static string GetDisplayName(MetadataReader metadata, TypeDefinition type)
    {
        string name = metadata.GetString(type.Name);
        int arity = name.IndexOf('`');
        if (arity >= 0)
        {
            name = name.Substring(0, arity);
        }

        TypeDefinitionHandle declaringType = type.GetDeclaringType();
        if (!declaringType.IsNil)
        {
            return GetDisplayName(metadata, metadata.GetTypeDefinition(declaringType)) + "." + name;
        }

        string ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}
