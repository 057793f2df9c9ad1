using System.Reflection;
using StepGen.Asl.Source;

namespace StepGen.Asl.Tests;

/// <summary>
/// The core's table of attribute and argument names (<see cref="AttributeVocabulary"/>) against StepGen's attribute
/// types, both ways: a renamed or added property fails here instead of silently dropping a field from the ASL.
/// </summary>
public sealed class AttributeVocabularyTests
{
    private static readonly Type[] AttributeTypes = typeof(StepGen.StateMachineAttribute).Assembly.GetExportedTypes()
        .Where(type => typeof(Attribute).IsAssignableFrom(type) && !type.IsAbstract && type.Namespace == "StepGen")
        .ToArray();

    private static string NameOf(Type type) => type.Name.Substring(0, type.Name.Length - AttributeNames.Suffix.Length);

    /// <summary>What the source model can name for an attribute: its public properties and constructor parameters.</summary>
    private static SortedSet<string> ArgumentsOf(Type type)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.DeclaringType != typeof(Attribute))
            {
                names.Add(property.Name);
            }
        }

        foreach (ConstructorInfo constructor in type.GetConstructors())
        {
            foreach (ParameterInfo parameter in constructor.GetParameters())
            {
                names.Add(parameter.Name!);
            }
        }

        return names;
    }

    public static TheoryData<string> Attributes()
    {
        var data = new TheoryData<string>();
        foreach (Type type in AttributeTypes)
        {
            data.Add(NameOf(type));
        }

        return data;
    }

    [Fact]
    public void EveryAttributeTypeIsInTheTable_AndEveryTableEntryIsAType()
    {
        Assert.Equal(
            AttributeTypes.Select(NameOf).OrderBy(name => name, StringComparer.Ordinal),
            AttributeVocabulary.Arguments.Keys.OrderBy(name => name, StringComparer.Ordinal));
        Assert.True(AttributeTypes.Length >= 20, $"only {AttributeTypes.Length} attribute types found");
    }

    [Theory]
    [MemberData(nameof(Attributes))]
    public void TheTableNamesExactlyTheArgumentsOfTheAttribute(string attribute)
    {
        Type type = AttributeTypes.Single(t => NameOf(t) == attribute);
        Assert.True(AttributeVocabulary.Arguments.TryGetValue(attribute, out IReadOnlyList<string>? listed), $"{attribute} is not in the table");
        Assert.Equal(ArgumentsOf(type), new SortedSet<string>(listed!, StringComparer.Ordinal));
        Assert.Equal(listed!.Count, listed.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void TheStateKindsAreExactlyTheAttributesDerivedFromStateAttribute()
    {
        Assert.Equal(
            AttributeTypes.Where(type => typeof(StepGen.StateAttribute).IsAssignableFrom(type)).Select(NameOf).OrderBy(name => name, StringComparer.Ordinal),
            AttributeVocabulary.States.OrderBy(name => name, StringComparer.Ordinal));
    }

    [Fact]
    public void EveryNameConstantIsUsed()
    {
        static IEnumerable<(string Field, string Value)> Constants(Type holder) => holder
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .Select(field => (field.Name, (string)field.GetRawConstantValue()!));

        var attributes = new HashSet<string>(AttributeVocabulary.Arguments.Keys, StringComparer.Ordinal);
        foreach ((string field, string value) in Constants(typeof(AttributeNames)).Where(c => c.Field != nameof(AttributeNames.Suffix)))
        {
            Assert.Equal(field, value);
            Assert.Contains(value, attributes);
        }

        var arguments = new HashSet<string>(AttributeVocabulary.Arguments.Values.SelectMany(list => list), StringComparer.Ordinal);
        foreach ((string field, string value) in Constants(typeof(ArgumentNames)))
        {
            Assert.Contains(value, arguments);
            // A property's constant is its name; a constructor parameter's is the parameter's name, capitalised, + "Parameter".
            Assert.Equal(char.IsLower(value[0]) ? char.ToUpperInvariant(value[0]) + value.Substring(1) + "Parameter" : value, field);
        }
    }
}
