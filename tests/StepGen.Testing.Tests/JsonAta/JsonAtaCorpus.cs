using System.Text.Json.Nodes;

namespace StepGen.Testing.Tests.JsonAta;

/// <summary>
/// The hand-written corpus: Corpus/expressions.jsonata (one expression a line, '#' comments, "@input NAME" picks the
/// document of Corpus/documents.json, "@input none" an undefined input).
/// </summary>
internal static class JsonAtaCorpus
{
    /// <summary>
    /// Functions whose results depend on the clock or on chance: both sides cannot agree on them, so expressions that
    /// call them are left out of the comparison (JsonAtaClockAndChanceTests covers them).
    /// </summary>
    public static readonly string[] Uncomparable = ["$now(", "$millis(", "$random(", "$shuffle(", "$uuid("];

    public static string Directory => Path.Combine(AppContext.BaseDirectory, "JsonAta", "Corpus");

    public static JsonObject Documents => (JsonObject)JsonNode.Parse(File.ReadAllText(Path.Combine(Directory, "documents.json")))!;

    public static IReadOnlyList<JsonAtaCase> Load()
    {
        JsonObject documents = Documents;
        var cases = new List<JsonAtaCase>();
        string inputName = "none";
        foreach (string raw in File.ReadAllLines(Path.Combine(Directory, "expressions.jsonata")))
        {
            string line = raw.TrimEnd();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("@input ", StringComparison.Ordinal))
            {
                inputName = line.Substring("@input ".Length).Trim();
                continue;
            }

            bool hasInput = inputName != "none";
            JsonNode? input = hasInput ? documents[inputName]?.DeepClone() : null;
            cases.Add(new JsonAtaCase(line, inputName, input, hasInput));
        }

        return cases;
    }

    public static bool IsComparable(JsonAtaCase c) => !Uncomparable.Any(f => c.Expression.Contains(f, StringComparison.Ordinal));
}
