using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Shapes;

/// <summary>What is known about a JSON value's type.</summary>
public enum ShapeKind
{
    /// <summary>Anything: emitted as a raw JSON element.</summary>
    Any,
    String,
    /// <summary>A number that may have a fraction.</summary>
    Number,
    /// <summary>A whole number.</summary>
    Integer,
    Boolean,
    /// <summary>An RFC 3339 timestamp string.</summary>
    Timestamp,
    Object,
    Array,
    /// <summary>A user type named by <see cref="Shape.External"/> (a declared Input, an endpoint's Response).</summary>
    External,
}

/// <summary>One field of an object shape, under its JSON name.</summary>
public sealed record ShapeField(string Name, Shape Shape);

/// <summary>
/// The type of a JSON value as far as StepGen can tell: from a Pass state's Result, from the paths a definition
/// reads and the kinds its Choice rules compare, or from a declared type. Value-equatable, so it can travel
/// through the generator pipeline.
/// </summary>
/// <param name="Closed">For an object: its fields are all it has (a declared type, a literal Result), so a path to
/// another field is a mistake. Objects inferred from reads are open.</param>
public sealed record Shape(ShapeKind Kind, EquatableArray<ShapeField> Fields = default, Shape? Element = null, string? External = null, bool Closed = false)
{
    public static Shape Any { get; } = new(ShapeKind.Any);

    public static Shape EmptyObject { get; } = new(ShapeKind.Object);

    public static Shape Of(ShapeKind kind) => new(kind);

    public static Shape ExternalType(string typeKey) => new(ShapeKind.External, External: typeKey);

    public static Shape ArrayOf(Shape element) => new(ShapeKind.Array, Element: element);

    /// <summary>The shape of a literal JSON value (a Pass state's Result). Depth is bounded by the JSON reader.</summary>
    public static Shape FromJson(JsonNode node, int depth = 0) => FromJson(node, null, depth);

    /// <summary>
    /// The shape of a JSON value whose strings may stand for something else: <paramref name="strings"/> gives the
    /// shape of a string that is not plain text (a JSONata expression), or null for a plain one.
    /// </summary>
    public static Shape FromJson(JsonNode node, Func<string, Shape?>? strings, int depth = 0)
    {
        if (depth > 64)
        {
            return Any;
        }

        switch (node)
        {
            case JsonObject obj:
                var fields = new List<ShapeField>(obj.Count);
                foreach (KeyValuePair<string, JsonNode> member in obj.Members)
                {
                    fields.Add(new ShapeField(member.Key, FromJson(member.Value, strings, depth + 1)));
                }

                return new Shape(ShapeKind.Object, fields.ToEquatableArray(), Closed: true);
            case JsonArray array:
                Shape? element = null;
                foreach (JsonNode item in array.Items)
                {
                    Shape itemShape = FromJson(item, strings, depth + 1);
                    element = element is null ? itemShape : Merge(element, itemShape);
                }

                return ArrayOf(element ?? Any);
            case JsonString text:
                return strings?.Invoke(text.Value) ?? Of(ShapeKind.String);
            case JsonNumber number:
                return Of(number.TryGetInt64(out _) ? ShapeKind.Integer : ShapeKind.Number);
            default:
                return node.Kind is JsonNodeKind.True or JsonNodeKind.False ? Of(ShapeKind.Boolean) : Any;
        }
    }

    /// <summary>The least shape that fits both: objects merge their fields, integers widen to numbers, mismatches give Any.</summary>
    public static Shape Merge(Shape a, Shape b)
    {
        if (a == b)
        {
            return a;
        }

        if (a.Kind == ShapeKind.Object && b.Kind == ShapeKind.Object)
        {
            var fields = new List<ShapeField>(a.Fields);
            foreach (ShapeField field in b.Fields)
            {
                int index = fields.FindIndex(f => f.Name == field.Name);
                if (index < 0)
                {
                    fields.Add(field);
                }
                else
                {
                    fields[index] = new ShapeField(field.Name, Merge(fields[index].Shape, field.Shape));
                }
            }

            return new Shape(ShapeKind.Object, fields.ToEquatableArray(), Closed: a.Closed && b.Closed);
        }

        if (a.Kind == ShapeKind.Array && b.Kind == ShapeKind.Array)
        {
            return ArrayOf(Merge(a.Element ?? Any, b.Element ?? Any));
        }

        if ((a.Kind, b.Kind) is (ShapeKind.Integer, ShapeKind.Number) or (ShapeKind.Number, ShapeKind.Integer))
        {
            return Of(ShapeKind.Number);
        }

        if ((a.Kind, b.Kind) is (ShapeKind.Timestamp, ShapeKind.String) or (ShapeKind.String, ShapeKind.Timestamp))
        {
            return Of(ShapeKind.String);
        }

        // What a path read tells (Any) is weaker than what a literal or a comparison tells.
        if (a.Kind == ShapeKind.Any)
        {
            return b;
        }

        return b.Kind == ShapeKind.Any ? a : Any;
    }

    /// <summary>
    /// Adds what reading <paramref name="path"/> tells about the data: each named step is an object field, each
    /// index an array element, and the value at the end has the shape <paramref name="leaf"/>. Paths that are not
    /// plain names and indexes (filters, wildcards...) tell only that the root is an object.
    /// </summary>
    public Shape WithPath(PathParseResult path, Shape leaf)
    {
        if (!path.Success || path.Root != PathRoot.Input || path.Segments.Count == 0)
        {
            return this;
        }

        return Apply(this, path.Segments, 0, leaf);
    }

    private static Shape Apply(Shape current, IReadOnlyList<PathSegment> segments, int index, Shape leaf)
    {
        if (index == segments.Count)
        {
            return Merge(current, leaf);
        }

        PathSegment segment = segments[index];
        if (segment.Kind == PathSegmentKind.Name && segment.Name is string name && !segment.IsDeepScan && index < 32)
        {
            Shape baseShape = current.Kind == ShapeKind.Object ? current : current.Kind == ShapeKind.Any ? EmptyObject : current;
            if (baseShape.Kind != ShapeKind.Object)
            {
                return current;
            }

            var fields = new List<ShapeField>(baseShape.Fields);
            int at = fields.FindIndex(f => f.Name == name);
            Shape child = at < 0 ? Any : fields[at].Shape;
            Shape updated = Apply(child, segments, index + 1, leaf);
            if (at < 0)
            {
                fields.Add(new ShapeField(name, updated));
            }
            else
            {
                fields[at] = new ShapeField(name, updated);
            }

            return new Shape(ShapeKind.Object, fields.ToEquatableArray(), Closed: baseShape.Closed);
        }

        if (segment.Kind == PathSegmentKind.Index && index < 32)
        {
            Shape baseShape = current.Kind == ShapeKind.Array ? current : ArrayOf(Any);
            if (current.Kind is not (ShapeKind.Array or ShapeKind.Any))
            {
                return current;
            }

            return ArrayOf(Apply(baseShape.Element ?? Any, segments, index + 1, leaf));
        }

        return current;
    }

    /// <summary>This shape with the value at <paramref name="path"/> replaced by <paramref name="value"/> (a ResultPath write).</summary>
    public Shape Set(PathParseResult path, Shape value)
    {
        if (!path.Success || path.Root != PathRoot.Input)
        {
            return Any;
        }

        return SetAt(this, path.Segments, 0, value);
    }

    private static Shape SetAt(Shape current, IReadOnlyList<PathSegment> segments, int index, Shape value)
    {
        if (index == segments.Count)
        {
            return value;
        }

        PathSegment segment = segments[index];
        if (segment.Kind != PathSegmentKind.Name || segment.Name is not string name || index >= 32)
        {
            return current;
        }

        Shape baseShape = current.Kind == ShapeKind.Object ? current : EmptyObject;
        var fields = new List<ShapeField>(baseShape.Fields);
        int at = fields.FindIndex(f => f.Name == name);
        Shape updated = SetAt(at < 0 ? EmptyObject with { Closed = baseShape.Closed } : fields[at].Shape, segments, index + 1, value);
        if (at < 0)
        {
            fields.Add(new ShapeField(name, updated));
        }
        else
        {
            fields[at] = new ShapeField(name, updated);
        }

        return new Shape(ShapeKind.Object, fields.ToEquatableArray(), Closed: baseShape.Closed);
    }

    /// <summary>The shape at <paramref name="path"/>, or Any when it cannot be told.</summary>
    public Shape At(PathParseResult path)
    {
        if (!path.Success || path.Root != PathRoot.Input)
        {
            return Any;
        }

        Shape current = this;
        foreach (PathSegment segment in path.Segments)
        {
            if (segment.Kind == PathSegmentKind.Name && segment.Name is string name && current.Kind == ShapeKind.Object && current.Field(name) is Shape field)
            {
                current = field;
            }
            else if (segment.Kind == PathSegmentKind.Index && current.Kind == ShapeKind.Array)
            {
                current = current.Element ?? Any;
            }
            else
            {
                return Any;
            }
        }

        return current;
    }

    /// <summary>
    /// The first step of <paramref name="path"/> that names a field this (closed) shape does not have, with the
    /// fields that were there; null when the path fits or the shape cannot tell.
    /// </summary>
    public (PathSegment Segment, EquatableArray<ShapeField> Known)? Missing(PathParseResult path)
    {
        if (!path.Success || path.Root != PathRoot.Input)
        {
            return null;
        }

        Shape current = this;
        foreach (PathSegment segment in path.Segments)
        {
            if (segment.Kind == PathSegmentKind.Name && segment.Name is string name && current.Kind == ShapeKind.Object)
            {
                Shape? field = current.Field(name);
                if (field is null)
                {
                    return current.Closed ? (segment, current.Fields) : null;
                }

                current = field;
            }
            else if (segment.Kind == PathSegmentKind.Index && current.Kind == ShapeKind.Array)
            {
                current = current.Element ?? Any;
            }
            else
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The field named <paramref name="name"/>, or null.</summary>
    public Shape? Field(string name)
    {
        foreach (ShapeField field in Fields)
        {
            if (string.Equals(field.Name, name, StringComparison.Ordinal))
            {
                return field.Shape;
            }
        }

        return null;
    }
}
