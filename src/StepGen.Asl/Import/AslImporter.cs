using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Paths;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Import;

/// <summary>
/// Reads an ASL definition (JSON text) into the attributes a person would write for it in C#
/// (<see cref="SourceMachine"/>): each state a class with its state attribute, <c>[Retry]</c>, <c>[Catch]</c> and
/// <c>[When]</c> attributes, an HTTP task as <c>[HttpTask]</c> with <c>[Header]</c> and <c>[QueryParameter]</c>
/// fields, JSON fields as JSON text cut from the definition. <c>stepgen lint</c> compiles the result, so every rule
/// runs on a JSON file exactly as it does on attributes, and <see cref="ImportSites"/> places each problem back in the
/// text; <c>stepgen import</c> writes it as C#.
/// </summary>
/// <remarks>
/// What the attributes have no property for is kept in a form that still produces the same ASL, and listed in
/// <see cref="AslImport.Notes"/>: a field as <c>[AslField]</c>, a Choice rule as its JSON. Never throws.
/// </remarks>
public static class AslImporter
{
    /// <summary>The deepest JSON nesting read; real definitions stay far below it.</summary>
    public const int MaxDepth = 256;

    /// <summary>Reads <paramref name="text"/> as the machine class <paramref name="className"/>.</summary>
    /// <param name="machineName">The deployed state machine's name when known (it names the machine in the IAM policy); else the class name.</param>
    public static AslImport Read(string text, string className, string? machineName = null)
    {
        try
        {
            return new ImportReader(text ?? string.Empty, className, machineName).Run();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var problem = new ImportProblem(Rules.InternalError, "$", $"StepGen could not read the definition ({exception.GetType().Name}: {exception.Message}); please report this with the file that causes it.", 0, Math.Min(1, (text ?? string.Empty).Length));
            return new AslImport(JsonParser.Parse(string.Empty), null, null, new ImportSites(), new[] { problem }, Array.Empty<ImportNote>());
        }
    }

    /// <summary>The JSONPath of a member: <c>$.States</c>, <c>$.States['Send report']</c>.</summary>
    public static string Member(string parent, string key)
    {
        if (ClassNames.IsIdentifier(key))
        {
            return parent + "." + key;
        }

        return parent + "['" + key.Replace("\\", "\\\\").Replace("'", "\\'") + "']";
    }

    /// <summary>The JSONPath of an array element: <c>$.States.Check.Choices[2]</c>.</summary>
    public static string Element(string parent, int index) => parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";
}
