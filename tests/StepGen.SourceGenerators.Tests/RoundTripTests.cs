using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace StepGen.SourceGenerators.Tests;

/// <summary>
/// Published AWS sample workflows written as StepGen classes (RoundTrip/README.md): the generated ASL equals the
/// published definition as a JSON value, and StepGen reports no error on a definition AWS accepts.
/// </summary>
public sealed class RoundTripTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "RoundTrip");

    public static IEnumerable<object[]> Workflows() => Sources().Select(s => new object[] { s.Name });

    [Theory]
    [MemberData(nameof(Workflows))]
    public async Task The_generated_asl_is_the_published_definition(string name)
    {
        PublishedSource source = Sources().Single(s => s.Name == name);
        string code = File.ReadAllText(Path.Combine(Folder, name + ".cs"));
        (Compilation output, _) = TestCompilation.Generate(code);
        TestCompilation.AssertNoErrors(output);
        string asl = TestCompilation.Constant(output, "StepGen.RoundTrip." + name, "Asl");

        if (PublishedPath(name) is string published)
        {
            // With the published file at hand, a difference is shown as values, and the recorded hash is checked too.
            string expected = Canonical(JsonNode.Parse(File.ReadAllText(published)));
            Assert.Equal(source.Sha256, Hash(expected));
            Assert.Equal(expected, Canonical(JsonNode.Parse(asl)));
        }

        Assert.True(Hash(Canonical(JsonNode.Parse(asl))) == source.Sha256, $"{name}: the generated ASL differs from {source.Repository}/{source.Path} at {source.Commit}:\n{asl}");

        Diagnostic[] errors = (await TestCompilation.AnalyzeAsync(code)).Where(d => d.Severity == DiagnosticSeverity.Error).ToArray();
        Assert.True(errors.Length == 0, $"{name}: StepGen reports errors on a definition AWS accepts:\n{string.Join("\n", errors.Select(e => e.ToString()))}");
    }

    [Fact]
    public void The_suite_has_the_cases_it_promises()
    {
        string[] texts = Sources().Select(s => File.ReadAllText(Path.Combine(Folder, s.Name + ".cs"))).ToArray();
        Assert.True(texts.Length >= 10);
        Assert.True(texts.Count(t => t.Contains("HttpConnectionField.InvocationConfig", StringComparison.Ordinal)) >= 2);
        Assert.True(texts.Count(t => t.Contains("QueryLanguage.JsonAta", StringComparison.Ordinal)) >= 2);
        Assert.True(texts.Count(t => t.Contains("[HttpTask(", StringComparison.Ordinal)) >= 4);
        Assert.All(Sources(), s => Assert.Matches("^[0-9a-f]{64}$", s.Sha256));
    }

    [Fact]
    public void Recording_the_hashes_of_the_published_definitions()
    {
        // Run with STEPGEN_UPDATE_ROUNDTRIP=1 and the published files at hand to write their hashes into sources.tsv.
        if (Environment.GetEnvironmentVariable("STEPGEN_UPDATE_ROUNDTRIP") != "1")
        {
            return;
        }

        string tsv = Path.Combine(Repository(), "tests", "StepGen.SourceGenerators.Tests", "RoundTrip", "sources.tsv");
        var lines = File.ReadAllLines(tsv).Select(line =>
        {
            string[] fields = line.Split('\t');
            if (line.StartsWith('#') || PublishedPath(fields[0]) is not string published)
            {
                return line;
            }

            fields[4] = Hash(Canonical(JsonNode.Parse(File.ReadAllText(published))));
            return string.Join('\t', fields);
        });
        File.WriteAllLines(tsv, lines);
    }


    private static IEnumerable<PublishedSource> Sources() => PublishedSource.Read(Path.Combine(Folder, "sources.tsv"));

    /// <summary>The published definition, when it is at hand: STEPGEN_ROUNDTRIP_DATA, or shared/roundtrip beside the repository.</summary>
    private static string? PublishedPath(string name)
    {
        string? folder = Environment.GetEnvironmentVariable("STEPGEN_ROUNDTRIP_DATA");
        if (string.IsNullOrEmpty(folder))
        {
            string? parent = Path.GetDirectoryName(Repository());
            folder = parent is null ? null : Path.Combine(parent, "shared", "roundtrip");
        }

        string? path = folder is null ? null : Path.Combine(folder, name, "definition.asl.json");
        return path is not null && File.Exists(path) ? path : null;
    }

    private static string Repository() => StepGen.Package.Tests.Infrastructure.RepositoryLayout.Root;

    internal static string Hash(string canonical) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical))).ToLowerInvariant();

    /// <summary>A JSON value as one string: object keys in ordinal order, numbers normalized, strings escaped alike.</summary>
    internal static string Canonical(JsonNode? node)
    {
        var text = new StringBuilder();
        Write(node, text);
        return text.ToString();
    }

    private static void Write(JsonNode? node, StringBuilder text)
    {
        switch (node)
        {
            case null:
                text.Append("null");
                break;
            case JsonObject obj:
                text.Append('{');
                bool first = true;
                foreach (KeyValuePair<string, JsonNode?> member in obj.OrderBy(m => m.Key, StringComparer.Ordinal))
                {
                    text.Append(first ? string.Empty : ",").Append(JsonSerializer.Serialize(member.Key)).Append(':');
                    Write(member.Value, text);
                    first = false;
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (int i = 0; i < array.Count; i++)
                {
                    text.Append(i == 0 ? string.Empty : ",");
                    Write(array[i], text);
                }

                text.Append(']');
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number:
                string raw = value.ToJsonString();
                text.Append(decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number)
                    ? (number / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture)
                    : double.Parse(raw, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                text.Append(JsonSerializer.Serialize(value.GetValue<string>()));
                break;
            default:
                text.Append(node.ToJsonString());
                break;
        }
    }
}
