using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace StepGen.Asl.Import;

/// <summary>
/// C# class names for the states and branches of a definition read from JSON: the state's name when it already is
/// one (so no <c>Name = "..."</c> is needed), else its words in PascalCase ("more results?" → <c>MoreResults</c>).
/// Every name is unique in the whole machine and differs from every state name it does not belong to, because a
/// transition written <c>nameof(X)</c> resolves to the state named X before the class named X.
/// </summary>
public sealed class ClassNames
{
    /// <summary>C# keywords, which a class name cannot be without '@'.</summary>
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while", "record", "partial", "var", "dynamic", "file", "required", "scoped",
    };

    /// <summary>Members and types StepGen generates in a machine class, which a nested class must not hide.</summary>
    private static readonly string[] Generated = { "Name", "Asl", "IamPolicy", "Substitutions", "Mermaid", "ExecutionInput", "ExecutionOutput", "JsonContext" };

    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stateNames;

    /// <param name="machineClass">The machine's class name, which no nested class may repeat.</param>
    /// <param name="stateNames">Every state name of the machine, branches included.</param>
    public ClassNames(string machineClass, IEnumerable<string> stateNames)
    {
        _stateNames = new HashSet<string>(stateNames, StringComparer.Ordinal);
        _taken.Add(machineClass);
        foreach (string name in Generated)
        {
            _taken.Add(name);
        }
    }

    /// <summary>
    /// The class for the state named <paramref name="stateName"/> of ASL type <paramref name="type"/>: the name itself,
    /// else its words in PascalCase, else those words with the type (<c>DoneChoice</c> beside a state <c>Done</c>),
    /// else with a number.
    /// </summary>
    public string ForState(string stateName, string type = "State")
    {
        if (IsIdentifier(stateName) && _taken.Add(stateName))
        {
            return stateName;
        }

        string stem = Pascal(stateName, "State");
        string typed = stem.EndsWith(type, StringComparison.Ordinal) ? stem : stem + type;
        return Free(stem, stateName) ? Unique(stem, stateName) : Unique(typed, stateName);
    }

    /// <summary>The class for a machine called <paramref name="name"/> (a file's or a template resource's name): the name itself, else its words in PascalCase.</summary>
    public static string ForMachine(string name) => IsIdentifier(name) ? name : Pascal(name, "StateMachine");

    /// <summary>A class for a branch or item processor, from a stem such as the Map state's class name.</summary>
    public string ForBranch(string stem) => Unique(stem, null);

    /// <summary>Reserves a name that is already decided (the machine's own class).</summary>
    public void Reserve(string name) => _taken.Add(name);

    /// <summary>True when <paramref name="name"/> can be a C# class name as it is (letters, digits, '_'; no keyword).</summary>
    public static bool IsIdentifier(string name)
    {
        if (string.IsNullOrEmpty(name) || Keywords.Contains(name) || !(char.IsLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The words of <paramref name="text"/> in PascalCase, or <paramref name="fallback"/> when it has none.</summary>
    public static string Pascal(string text, string fallback)
    {
        var builder = new StringBuilder();
        bool upper = true;
        foreach (char c in text ?? string.Empty)
        {
            if (char.IsLetterOrDigit(c) && c < 0x80 || char.IsLetter(c))
            {
                builder.Append(upper ? char.ToUpperInvariant(c) : c);
                upper = false;
            }
            else
            {
                upper = true;
            }
        }

        string name = builder.Length == 0 ? fallback : builder.ToString();
        if (char.IsDigit(name[0]))
        {
            name = fallback + name;
        }

        return Keywords.Contains(name) ? name + fallback : name;
    }

    private string Unique(string stem, string? own)
    {
        string name = stem;
        for (int i = 2; !Free(name, own); i++)
        {
            name = stem + i.ToString(CultureInfo.InvariantCulture);
        }

        _taken.Add(name);
        return name;
    }

    private bool Free(string name, string? own) => !_taken.Contains(name) && (name == own || !_stateNames.Contains(name));
}
