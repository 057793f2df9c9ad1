using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Asl.Compile;
using StepGen.Asl.Paths;
using StepGen.Asl.Text;

namespace StepGen.Asl.Context;


/// <summary>
/// Knows the fields of the Context Object (ASL-SPEC §2.4) and checks <c>$$</c> paths against them. Field names are
/// case-sensitive. Everything below <c>Execution.Input</c> and <c>Map.Item.Value</c> is user data and is not checked;
/// nor is anything below the unconfirmed <c>Map.Item.Key</c> and <c>Map.Item.Source</c>.
/// </summary>
public static class ContextObject
{
    private static readonly Field Root = new Field(
        "the context object",
        FieldKind.Object,
        new Field(
            "Execution",
            FieldKind.Object,
            new Field("Id", FieldKind.String),
            new Field("Input", FieldKind.UserData),
            new Field("Name", FieldKind.String),
            new Field("RoleArn", FieldKind.String),
            new Field("StartTime", FieldKind.String),
            new Field("RedriveCount", FieldKind.Number),
            new Field("RedriveTime", FieldKind.String)),
        new Field(
            "State",
            FieldKind.Object,
            new Field("EnteredTime", FieldKind.String),
            new Field("Name", FieldKind.String),
            new Field("RetryCount", FieldKind.Number)),
        new Field(
            "StateMachine",
            FieldKind.Object,
            new Field("Id", FieldKind.String),
            new Field("Name", FieldKind.String)),
        new Field(
            "Task",
            FieldKind.Object,
            new Field("Token", FieldKind.String)),
        new Field(
            "Map",
            FieldKind.Object,
            new Field(
                "Item",
                FieldKind.Object,
                new Field("Index", FieldKind.Number),
                new Field("Value", FieldKind.UserData),
                new Field("Key", FieldKind.UserData),
                new Field("Source", FieldKind.UserData))));

    private enum FieldKind
    {
        Object,
        String,
        Number,

        /// <summary>User data or a field of unknown shape: anything below it is accepted.</summary>
        UserData,
    }

    /// <summary>
    /// Checks a <c>$$</c> path against the known fields. Returns null when the path is fine, does not start with
    /// <c>$$</c>, or failed to parse (its parse error is the problem to report).
    /// </summary>
    public static TextProblem? Check(PathParseResult path)
    {
        if (path is null || !path.Success || path.Root != PathRoot.Context)
        {
            return null;
        }

        Field current = Root;
        string shown = string.Empty; // the dotted path of `current`, e.g. "Execution"
        foreach (PathSegment segment in path.Segments)
        {
            if (current.Kind == FieldKind.UserData || segment.IsDeepScan || segment.Kind == PathSegmentKind.Function)
            {
                return null; // user data, a recursive search or a function such as length(): nothing more to say
            }

            if (current.Kind != FieldKind.Object)
            {
                string kind = current.Kind == FieldKind.Number ? "a number" : "a string";
                string what = segment.Kind == PathSegmentKind.Name
                    ? "it has no field '" + segment.Name + "'"
                    : "it cannot be indexed with '" + Text(path, segment) + "'";
                return new TextProblem(
                    "'$$." + shown + "' is " + kind + ", so " + what + ": end the path at $$." + shown,
                    segment.Offset,
                    segment.Length);
            }

            switch (segment.Kind)
            {
                case PathSegmentKind.Name:
                    {
                        Field? child = current.Find(segment.Name ?? string.Empty);
                        if (child is null)
                        {
                            return Unknown(current, shown, segment.Name ?? string.Empty, segment.NameOffset, segment.NameLength);
                        }

                        current = child;
                        shown = shown.Length == 0 ? child.Name : shown + "." + child.Name;
                        break;
                    }

                case PathSegmentKind.Union:
                    foreach (string name in segment.UnionNames)
                    {
                        if (current.Find(name) is null)
                        {
                            return Unknown(current, shown, name, segment.Offset, segment.Length);
                        }
                    }

                    if (segment.UnionIndexes.Count > 0)
                    {
                        return NotAnArray(path, segment, shown);
                    }

                    return null;

                case PathSegmentKind.Index:
                case PathSegmentKind.Slice:
                    return NotAnArray(path, segment, shown);

                default:
                    return null; // '*' or a filter over an object's fields: fine
            }
        }

        return null;
    }

    /// <summary>
    /// A <c>$$.Map...</c> path outside a Map state's <c>ItemSelector</c>, or a <c>$$.Task...</c> path outside the
    /// payload of a <c>.waitForTaskToken</c> task: fields that exist only there (ASL-SPEC 2.4). Null when the path
    /// may be used where it is.
    /// </summary>
    /// <param name="path">A parsed path; anything but a <c>$$</c> path is fine.</param>
    /// <param name="place">Where the path is written.</param>
    public static TextProblem? CheckPlace(PathParseResult path, ContextPlace place)
    {
        bool inItemSelector = (place & ContextPlace.MapItemSelector) != 0;
        bool inCallbackTask = (place & ContextPlace.CallbackTaskPayload) != 0;
        string? message = FirstField(path) switch
        {
            "Map" when !inItemSelector =>
                "'$$.Map' fields are set only while a Map state builds an item's input, in its ItemSelector; here the path finds nothing and the state fails with States.Runtime. Read the item in the Map's ItemSelector and pass it on",
            "Task" when !inCallbackTask =>
                "'$$.Task.Token' exists only in the payload of a task that waits for a callback (a Resource ending in .waitForTaskToken); here the path finds nothing and the state fails with States.Runtime",
            _ => null,
        };

        // The problem is on the first field's name: Map or Task.
        return message is null ? null : new TextProblem(message, path.Segments[0].NameOffset, path.Segments[0].NameLength);
    }

    private static string? FirstField(PathParseResult path)
    {
        if (path is null || path.Root != PathRoot.Context || path.Segments.Count == 0)
        {
            return null;
        }

        PathSegment first = path.Segments[0];
        return first.Kind == PathSegmentKind.Name && !first.IsDeepScan ? first.Name : null;
    }

    private static TextProblem Unknown(Field parent, string shown, string name, int offset, int length)
    {
        string full = shown.Length == 0 ? name : shown + "." + name;
        string? suggestion = Names.Closest(name, parent.ChildNames);
        string message = "the context object has no field '" + Excerpt.Of(full, 60) + "'";
        if (suggestion != null)
        {
            string suggested = shown.Length == 0 ? suggestion : shown + "." + suggestion;
            message += string.Equals(suggestion, name, StringComparison.OrdinalIgnoreCase)
                ? "; field names are case-sensitive: did you mean '" + suggested + "'?"
                : "; did you mean '" + suggested + "'?";
        }
        else
        {
            message += ": the fields of " + (shown.Length == 0 ? "the context object" : "'" + shown + "'") + " are " + List(parent.ChildNames);
        }

        return new TextProblem(message, offset, length, suggestion);
    }

    private static TextProblem NotAnArray(PathParseResult path, PathSegment segment, string shown) =>
        new TextProblem(
            "'$$" + (shown.Length == 0 ? string.Empty : "." + shown) + "' is an object, not an array, so it cannot be indexed with '"
            + Text(path, segment) + "': select a field by name, as in $$." + (shown.Length == 0 ? "Execution.Id" : shown + ".<field>"),
            segment.Offset,
            segment.Length);

    private static string Text(PathParseResult path, PathSegment segment)
    {
        string text = path.Path.Substring(segment.Offset, segment.Length);
        return Excerpt.Of(text.StartsWith(".", StringComparison.Ordinal) ? text.Substring(1) : text, 60);
    }

    private static string List(IReadOnlyList<string> names)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < names.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(i == names.Count - 1 ? " and " : ", ");
            }

            sb.Append(names[i]);
        }

        return sb.ToString();
    }

    private sealed class Field
    {
        private readonly Field[] _children;

        public Field(string name, FieldKind kind, params Field[] children)
        {
            Name = name;
            Kind = kind;
            _children = children;
            var names = new string[children.Length];
            for (int i = 0; i < children.Length; i++)
            {
                names[i] = children[i].Name;
            }

            ChildNames = names;
        }

        public string Name { get; }

        public FieldKind Kind { get; }

        public IReadOnlyList<string> ChildNames { get; }

        public Field? Find(string name)
        {
            foreach (Field child in _children)
            {
                if (string.Equals(child.Name, name, StringComparison.Ordinal))
                {
                    return child;
                }
            }

            return null;
        }
    }
}
