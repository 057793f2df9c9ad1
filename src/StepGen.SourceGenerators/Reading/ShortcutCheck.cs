using System;
using System.Diagnostics;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using StepGen.Asl.Collections;
using StepGen.Asl.Source;

namespace StepGen.SourceGenerators.Reading;

/// <summary>
/// In Debug builds of StepGen (the ones every test of this repository runs), each machine read through the
/// <see cref="SyntaxShortcut"/> is read a second time through binding, and a difference stops the generator or the
/// analyzer with an exception that names the class. A divergence would otherwise ship different ASL with no
/// diagnostic. Release builds, the ones in the package, compile the call away.
/// </summary>
internal static class ShortcutCheck
{
    [Conditional("DEBUG")]
    public static void Verify(INamedTypeSymbol machine, SourceMachine fromShortcut, CancellationToken cancellationToken)
    {
        SourceMachine bound = MachineReader.Read(machine, map: null, cancellationToken, shortcut: null);
        if (!bound.Equals(fromShortcut))
        {
            throw new InvalidOperationException(Describe(machine.Name, fromShortcut, bound));
        }
    }

    /// <summary>The first state class whose attributes the two readings disagree on, with both readings.</summary>
    internal static string Describe(string machine, SourceMachine fromShortcut, SourceMachine bound)
    {
        var text = new StringBuilder();
        text.Append("StepGen's syntax shortcut read machine '").Append(machine).Append("' differently from binding");
        if (FirstDifference(fromShortcut.States, bound.States) is (SourceState shortcut, SourceState binding))
        {
            Append(text, shortcut, binding);
        }
        else
        {
            for (int i = 0; i < fromShortcut.Branches.Count && i < bound.Branches.Count; i++)
            {
                if (FirstDifference(fromShortcut.Branches[i].States, bound.Branches[i].States) is (SourceState inShortcut, SourceState inBinding))
                {
                    text.Append(" (branch ").Append(fromShortcut.Branches[i].ClassName).Append(')');
                    Append(text, inShortcut, inBinding);
                    break;
                }
            }
        }

        return text.Append(". Set the MSBuild property StepGenSyntaxShortcut to false to read every attribute through binding.").ToString();
    }

    private static void Append(StringBuilder text, SourceState shortcut, SourceState binding)
    {
        text.Append(": class '").Append(shortcut.ClassName).Append("'\n  shortcut: ");
        AppendAttributes(text, shortcut.Attributes);
        text.Append("\n  binding:  ");
        AppendAttributes(text, binding.Attributes);
    }

    /// <summary>Attributes as a person would read them in a failure message: <c>[Pass(Next = String B ...)]</c>.</summary>
    internal static string Format(EquatableArray<SourceAttribute> attributes)
    {
        var text = new StringBuilder();
        AppendAttributes(text, attributes);
        return text.ToString();
    }

    private static void AppendAttributes(StringBuilder text, EquatableArray<SourceAttribute> attributes)
    {
        foreach (SourceAttribute attribute in attributes)
        {
            text.Append('[').Append(attribute.Name).Append('(');
            for (int i = 0; i < attribute.Arguments.Count; i++)
            {
                SourceArgument argument = attribute.Arguments[i];
                text.Append(i == 0 ? string.Empty : ", ").Append(argument.Name).Append(argument.IsConstructorArgument ? ": " : " = ");
                AppendValue(text, argument.Value);
            }

            text.Append(")]");
        }
    }

    private static void AppendValue(StringBuilder text, SourceValue value)
    {
        text.Append(value.Kind).Append(' ');
        switch (value.Kind)
        {
            case SourceValueKind.Array:
                text.Append('{');
                foreach (SourceValue item in value.Items)
                {
                    AppendValue(text, item);
                    text.Append(';');
                }

                text.Append('}');
                break;
            case SourceValueKind.Double:
                text.Append(value.Double.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
                break;
            default:
                text.Append(value.Text).Append(' ').Append(value.Integer).Append(' ').Append(value.Boolean);
                break;
        }
    }

    private static (SourceState, SourceState)? FirstDifference(EquatableArray<SourceState> fromShortcut, EquatableArray<SourceState> bound)
    {
        for (int i = 0; i < fromShortcut.Count && i < bound.Count; i++)
        {
            if (!fromShortcut[i].Equals(bound[i]))
            {
                return (fromShortcut[i], bound[i]);
            }
        }

        return null;
    }
}
