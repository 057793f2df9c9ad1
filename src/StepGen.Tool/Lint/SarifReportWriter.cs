using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using StepGen.Asl.Problems;

namespace StepGen.Tool.Lint;

/// <summary>
/// SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the form GitHub code scanning and other tools take:
/// one run, StepGen as the tool with a rule entry (title, default level, help link) for each ID it reports, and a
/// result per finding with its file and region. Regions count columns in UTF-16 code units, SARIF's default
/// <c>columnKind</c>, which the run states. File names are relative URIs where the file is under the current folder,
/// as code scanning needs them.
/// </summary>
internal static class SarifReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static void Write(LintReport report, TextWriter output, string version)
    {
        // Files that could not be read break no rule: they are the run's notifications, not results.
        var items = new List<LintReportItem>(report.Items);

        var ruleIndex = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (LintReportItem item in items)
        {
            ruleIndex[item.Id] = 0;
        }

        var ids = new List<string>(ruleIndex.Keys);
        for (int i = 0; i < ids.Count; i++)
        {
            ruleIndex[ids[i]] = i;
        }

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "StepGen");
            json.WriteString("informationUri", "https://github.com/stepgen/stepgen");
            json.WriteString("version", version);
            json.WriteStartArray("rules");
            foreach (string id in ids)
            {
                WriteRule(json, id);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("invocations");
            json.WriteStartObject();
            json.WriteBoolean("executionSuccessful", report.Unreadable.Count == 0);
            if (report.Unreadable.Count > 0)
            {
                json.WriteStartArray("toolExecutionNotifications");
                foreach (LintReportItem item in report.Unreadable)
                {
                    json.WriteStartObject();
                    json.WriteString("level", "error");
                    json.WriteStartObject("message");
                    json.WriteString("text", item.Message);
                    json.WriteEndObject();
                    WriteLocations(json, item);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
            }

            json.WriteEndObject();
            json.WriteEndArray();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (LintReportItem item in items)
            {
                WriteResult(json, item, ruleIndex[item.Id]);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.Write(Encoding.UTF8.GetString(stream.ToArray()));
        output.WriteLine();
    }

    private static void WriteRule(Utf8JsonWriter json, string id)
    {
        RuleInfo? rule = RuleCatalog.Get(id);
        json.WriteStartObject();
        json.WriteString("id", id);
        json.WriteStartObject("shortDescription");
        json.WriteString("text", rule?.Title ?? id);
        json.WriteEndObject();
        json.WriteString("helpUri", RuleCatalog.HelpLink(id));
        json.WriteStartObject("defaultConfiguration");
        json.WriteString("level", Level(rule?.Severity ?? RuleSeverity.Error));
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, LintReportItem item, int ruleIndex)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", item.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(item.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", item.Definition is null ? item.Message : $"{item.Message} [{item.Definition}]");
        json.WriteEndObject();
        WriteLocations(json, item);
        json.WriteEndObject();
    }

    private static void WriteLocations(Utf8JsonWriter json, LintReportItem item)
    {
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(item.File));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", item.Start.Line);
        json.WriteNumber("startColumn", item.Start.Column);
        json.WriteNumber("endLine", item.End.Line);
        json.WriteNumber("endColumn", item.End.Column);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static string Level(RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "error",
        RuleSeverity.Warning => "warning",
        _ => "note",
    };

    /// <summary>The file as a URI reference: relative to the current folder when under it, forward slashes, each segment escaped.</summary>
    public static string Uri(string file)
    {
        string path = file;
        if (Path.IsPathRooted(path))
        {
            string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
            if (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative))
            {
                path = relative;
            }
            else
            {
                return new System.Uri(Path.GetFullPath(path)).AbsoluteUri;
            }
        }

        string[] segments = path.Replace('\\', '/').Split('/');
        for (int i = 0; i < segments.Length; i++)
        {
            segments[i] = segments[i] is "." or ".." ? segments[i] : System.Uri.EscapeDataString(segments[i]);
        }

        string uri = string.Join("/", segments);
        return uri.StartsWith("./", StringComparison.Ordinal) ? uri.Substring(2) : uri;
    }
}
