using System.Globalization;
using System.Text.Json;

using BenchmarkDotNet.Attributes;

using StepGen.Asl.Json;
using StepGen.Testing.JsonAta;

namespace StepGen.Benchmarks;

/// <summary>
/// Issue 18's JSONata evaluation speed: the expressions of jsonata-benchmark-cases.json (paths with predicates,
/// group-by, order-by, string functions, $map/$filter/$reduce, $formatNumber, date formatting, a regex replace) over a
/// document of 1,000 items, compiled once and evaluated per iteration (the input conversion included, as the runner
/// pays it). tests/js/jsonata-benchmark.js times the reference on the same cases and document. Each setup evaluates
/// the case once and checks it gives a value. Results: docs/performance.md.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class JsonAtaBenchmarks
{
    private JsonAtaExpression _expression = null!;
    private JsonNode _document = null!;

    [ParamsSource(nameof(CaseNames))]
    public string Case { get; set; } = string.Empty;

    public static IEnumerable<string> CaseNames() => Cases().Select(c => c.Name);

    [GlobalSetup]
    public void Setup()
    {
        _expression = JsonAtaExpression.Compile(Cases().Single(c => c.Name == Case).Expression);
        _document = Document();
        if (Evaluate() is null)
        {
            throw new InvalidOperationException($"the JSONata benchmark case {Case} gives no value");
        }
    }

    [Benchmark]
    public JsonNode? Evaluate() => _expression.Evaluate(_document);

    /// <summary>
    /// For <c>--jsonata-probe</c>: per case, the median of <paramref name="runs"/> runs of converting the input to the
    /// evaluator's values, of evaluating, and of writing the result back as JSON (no BenchmarkDotNet; a first look).
    /// </summary>
    public static void Probe(int runs)
    {
        JsonNode document = Document();
        foreach ((string name, string text) in Cases())
        {
            JsonAtaExpression expression = JsonAtaExpression.Compile(text);
            var convert = new List<double>();
            var evaluate = new List<double>();
            var write = new List<double>();
            for (int i = 0; i < runs + 20; i++)
            {
                long t0 = System.Diagnostics.Stopwatch.GetTimestamp();
                object? input = JsonAtaValues.FromJson(document);
                long t1 = System.Diagnostics.Stopwatch.GetTimestamp();
                object? value = expression.EvaluateValue(input, null, null);
                long t2 = System.Diagnostics.Stopwatch.GetTimestamp();
                _ = JsonAtaValues.ToJson(value);
                long t3 = System.Diagnostics.Stopwatch.GetTimestamp();
                if (i >= 20)
                {
                    convert.Add((t1 - t0) * 1000.0 / System.Diagnostics.Stopwatch.Frequency);
                    evaluate.Add((t2 - t1) * 1000.0 / System.Diagnostics.Stopwatch.Frequency);
                    write.Add((t3 - t2) * 1000.0 / System.Diagnostics.Stopwatch.Frequency);
                }
            }

            static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);
            Console.WriteLine($"{name,-18} input {Median(convert),7:F3} ms   evaluate {Median(evaluate),7:F3} ms   result {Median(write),7:F3} ms");
        }
    }

    /// <summary>The cases of jsonata-benchmark-cases.json (copied beside the benchmark assembly).</summary>
    public static IReadOnlyList<(string Name, string Expression)> Cases()
    {
        using JsonDocument file = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "jsonata-benchmark-cases.json")));
        return file.RootElement.GetProperty("cases").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString()!, c.GetProperty("expression").GetString()!))
            .ToList();
    }

    /// <summary>The benchmark document: 1,000 items by a fixed formula, the same as jsonata-benchmark.js's document().</summary>
    public static JsonNode Document()
    {
        string[] categories = ["a", "b", "c", "d"];
        string[] tagNames = ["red", "green", "blue"];
        var items = new System.Text.StringBuilder("{\"items\":[");
        for (int i = 0; i < 1000; i++)
        {
            string price = ((i * 37 % 1000) / 10.0).ToString(CultureInfo.InvariantCulture);
            string tags = i % 3 == 0 ? "[]" : "[\"" + tagNames[i % 3] + "\",\"" + tagNames[(i + 1) % 3] + "\"]";
            long stamp = 1_700_000_000_000L + (i * 86_400_000L / 7);
            items.Append(i == 0 ? string.Empty : ",")
                .Append("{\"id\":").Append(i)
                .Append(",\"name\":\"item").Append(i).Append('"')
                .Append(",\"price\":").Append(price)
                .Append(",\"qty\":").Append(i % 7)
                .Append(",\"category\":\"").Append(categories[i % 4]).Append('"')
                .Append(",\"tags\":").Append(tags)
                .Append(",\"stamp\":").Append(stamp)
                .Append('}');
        }

        return JsonParser.Parse(items.Append("]}").ToString()).Value!;
    }
}
