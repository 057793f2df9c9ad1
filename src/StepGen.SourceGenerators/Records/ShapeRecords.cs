using System.Collections.Generic;
using System.Text;
using StepGen.Asl.Collections;
using StepGen.Asl.Shapes;

namespace StepGen.SourceGenerators.Records;

/// <summary>Turns the core's typed records (shapes) into the record specs the emitter writes.</summary>
internal static class ShapeRecords
{
    public const string ContextName = "JsonContext";

    /// <summary>
    /// Objects with more fields than this stay JsonElement: a record of thousands of properties, each with a getter
    /// and a setter lambda in the context, costs the compiler more than it is worth (and very large ones can exhaust
    /// its stack).
    /// </summary>
    public const int MaxProperties = 256;

    /// <summary>The most properties emitted for one machine, across all its records.</summary>
    public const int MaxPropertiesPerMachine = 2048;

    /// <summary>The records and their context, or null when there is nothing to emit.</summary>
    /// <param name="taken">Names already used inside the machine class (state classes, generated members).</param>
    public static RecordSetSpec? From(EquatableArray<TypedRecord> records, IEnumerable<string> taken)
    {
        var names = new HashSet<string>(taken, System.StringComparer.Ordinal);
        var specs = new List<RecordSpec>();
        string context = Unique(ContextName, names);
        var budget = new Budget();
        foreach (TypedRecord record in records)
        {
            if (record.Shape.Kind == ShapeKind.Object && budget.Take(record.Shape.Fields.Count))
            {
                AddRecord(Unique(record.Name, names), record.Summary, record.Shape, specs, names, budget, 0);
            }
        }

        return specs.Count == 0 ? null : new RecordSetSpec(context, specs.ToEquatableArray());
    }

    /// <summary>What is left of <see cref="MaxPropertiesPerMachine"/>.</summary>
    private sealed class Budget
    {
        private int _left = MaxPropertiesPerMachine;

        public bool Take(int properties)
        {
            if (properties > MaxProperties || properties > _left)
            {
                return false;
            }

            _left -= properties;
            return true;
        }
    }

    private static string AddRecord(string name, string summary, Shape shape, List<RecordSpec> specs, HashSet<string> names, Budget budget, int depth)
    {
        int index = specs.Count;
        specs.Add(new RecordSpec(name, summary, default));
        var properties = new List<PropertySpec>();
        var propertyNames = new HashSet<string>(System.StringComparer.Ordinal) { name };
        foreach (ShapeField field in shape.Fields)
        {
            string propertyName = Unique(Pascal(field.Name), propertyNames);
            TypeSpec type = ToType(field.Shape, name + propertyName, specs, names, budget, depth + 1);
            properties.Add(new PropertySpec(propertyName, field.Name, type, null));
        }

        specs[index] = new RecordSpec(name, summary, properties.ToEquatableArray());
        return name;
    }

    private static TypeSpec ToType(Shape shape, string nestedName, List<RecordSpec> specs, HashSet<string> names, Budget budget, int depth)
    {
        if (depth > 32)
        {
            return TypeSpec.Json;
        }

        return shape.Kind switch
        {
            ShapeKind.Object when budget.Take(shape.Fields.Count) => TypeSpec.Record(AddRecord(Unique(nestedName, names), $"The shape of {nestedName}.", shape, specs, names, budget, depth)),
            ShapeKind.Array => TypeSpec.List(ToType(shape.Element ?? Shape.Any, nestedName + "Item", specs, names, budget, depth + 1)),
            ShapeKind.String or ShapeKind.Timestamp => TypeSpec.String,
            ShapeKind.Integer => TypeSpec.Integer,
            ShapeKind.Number => TypeSpec.Number,
            ShapeKind.Boolean => TypeSpec.Boolean,
            ShapeKind.External when shape.External is string type => TypeSpec.External(type),
            _ => TypeSpec.Json,
        };
    }

    /// <summary>A C# identifier for a JSON name: "notificationData" becomes NotificationData, "order-id" OrderId.</summary>
    public static string Pascal(string jsonName)
    {
        var builder = new StringBuilder(jsonName.Length);
        bool upper = true;
        foreach (char c in jsonName)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        if (builder.Length == 0)
        {
            return "Field";
        }

        return char.IsDigit(builder[0]) ? "_" + builder : builder.ToString();
    }

    private static string Unique(string name, HashSet<string> taken)
    {
        string candidate = name;
        for (int i = 2; !taken.Add(candidate); i++)
        {
            candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return candidate;
    }
}
