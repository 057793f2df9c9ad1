using System;
using System.Collections.Generic;

namespace StepGen.Tool.Commands;

/// <summary>
/// Reads <c>--name value</c> options (also <c>--name=value</c>). Every option takes a value; an unknown option,
/// a repeated one or a missing value is reported with the option's name.
/// </summary>
internal sealed class OptionReader
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _repeated = new(StringComparer.Ordinal);

    private OptionReader()
    {
    }

    /// <summary>Reads <paramref name="args"/>; the options in <paramref name="repeatable"/> may be given more than once.</summary>
    public static OptionReader Read(string[] args, IReadOnlyCollection<string> known, out string? error, IReadOnlyCollection<string>? repeatable = null)
    {
        var reader = new OptionReader();
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                error = $"unexpected argument '{arg}'; options start with --";
                return reader;
            }

            string name = arg;
            string? value = null;
            int equals = arg.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                name = arg.Substring(0, equals);
                value = arg.Substring(equals + 1);
            }

            if (!((ICollection<string>)known).Contains(name))
            {
                error = $"unknown option '{name}'; the options are {string.Join(", ", known)}";
                return reader;
            }

            if (value is null)
            {
                if (i + 1 >= args.Length || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    error = $"option '{name}' needs a value";
                    return reader;
                }

                value = args[++i];
            }

            if (repeatable != null && ((ICollection<string>)repeatable).Contains(name))
            {
                if (!reader._repeated.TryGetValue(name, out List<string>? list))
                {
                    reader._repeated[name] = list = new List<string>();
                }

                list.Add(value);
                continue;
            }

            if (!reader._values.TryAdd(name, value))
            {
                error = $"option '{name}' is given twice";
                return reader;
            }
        }

        return reader;
    }

    public string? Get(string name) => _values.TryGetValue(name, out string? value) ? value : null;

    /// <summary>Every value of a repeatable option, in order.</summary>
    public IReadOnlyList<string> All(string name) => _repeated.TryGetValue(name, out List<string>? values) ? values : [];
}
