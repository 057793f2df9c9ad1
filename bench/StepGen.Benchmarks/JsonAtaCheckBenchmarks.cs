using BenchmarkDotNet.Attributes;

using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.JsonAta;
using StepGen.Asl.Source;

namespace StepGen.Benchmarks;

/// <summary>
/// What issue 18's JSONata checks cost where the user waits for them: the analyzer parses every <c>{% ... %}</c> of a
/// machine each time it compiles the machine (a keystroke in the IDE, every build). <see cref="Parse"/> times the
/// parser alone on the first expression of the evaluation benchmark's cases; <see cref="CompileWithExpressions"/> compiles a JSONata
/// machine of 12 states and 40 expressions with the core, all checks included, and
/// <see cref="CompileWithPlainStrings"/> the same machine with every <c>{%</c> and <c>%}</c> removed (plain string
/// values): with the analyzer's parse cache warm (a keystroke elsewhere in the file), the difference is what the
/// checks cost; <see cref="CompileWithNewExpressions"/> parses all 40 anew. Results: docs/performance.md.
/// </summary>
[MemoryDiagnoser]
[MinColumn, MedianColumn, MaxColumn]
public class JsonAtaCheckBenchmarks
{
    private string _expression = string.Empty;
    private SourceMachine _withExpressions = null!;
    private SourceMachine _withPlainStrings = null!;
    private int _salt;

    [GlobalSetup]
    public void Setup()
    {
        _expression = JsonAtaBenchmarks.Cases().First().Expression;
        _withExpressions = Machine(plain: false);
        _withPlainStrings = Machine(plain: true);
        if (!JsonAtaParser.Parse(_expression).Success)
        {
            throw new InvalidOperationException("the benchmark expression does not parse");
        }

        int problems = MachineCompiler.Compile(_withExpressions).Problems.Count;
        if (problems != 0)
        {
            throw new InvalidOperationException($"the benchmark machine has {problems} problems; it should compile clean");
        }
    }

    [Benchmark]
    public JsonAtaParseResult Parse() => JsonAtaParser.Parse(_expression);

    [Benchmark]
    public CompiledMachine CompileWithExpressions() => MachineCompiler.Compile(_withExpressions);

    [Benchmark]
    public CompiledMachine CompileWithPlainStrings() => MachineCompiler.Compile(_withPlainStrings);

    /// <summary>
    /// Every expression new to the analyzer's parse cache (as on opening a file): each call builds the machine with
    /// another number in its 40 expressions, so the building is in the time too.
    /// </summary>
    [Benchmark]
    public CompiledMachine CompileWithNewExpressions() => MachineCompiler.Compile(Machine(plain: false, salt: ++_salt));

    /// <summary>
    /// A JSONata order workflow: a Pass that assigns, then four rounds of a Choice and two Passes that read the
    /// variables and $states.input with string, numeric and higher-order functions; 40 expressions in all.
    /// </summary>
    internal static SourceMachine Machine(bool plain, int salt = 0)
    {
        string E(string expression) => plain ? expression : "{% (" + expression + ") ~> $append(" + salt + ") %}";
        var states = new List<SourceState>
        {
            State("Start", "Pass", ("Assign", $$"""{ "orderId": "{{E("$states.input.order.id")}}", "total": "{{E("$sum($states.input.order.items.(price * quantity))")}}" }"""), ("Next", "Check0")),
        };

        for (int round = 0; round < 4; round++)
        {
            string next = round == 3 ? "Done" : $"Check{round + 1}";
            states.Add(new SourceState($"Check{round}", true, new[]
            {
                Attribute("Choice", ("Default", $"Small{round}")),
                Attribute("When", ("condition", E($"$total > {100 * (round + 1)} and $count($states.input.order.items) > {round}")), ("Next", $"Large{round}")),
            }.ToEquatableArray()));
            states.Add(State($"Large{round}", "Pass", ("Output", $$"""{ "id": "{{E("$orderId")}}", "label": "{{E("$uppercase($states.input.order.customer.name) & ' #' & $string($total)")}}", "items": "{{E("$map($states.input.order.items, function($i) { $i.sku })")}}", "discount": "{{E("$round($total * 0.05, 2)")}}" }"""), ("Next", next)));
            states.Add(State($"Small{round}", "Pass", ("Output", $$"""{ "id": "{{E("$orderId")}}", "when": "{{E("$states.context.Execution.StartTime")}}", "skus": "{{E("$join($states.input.order.items.sku, ',')")}}", "cheap": "{{E("$filter($states.input.order.items, function($i) { $i.price < 10 }) ~> $count")}}" }"""), ("Next", next)));
        }

        states.Add(State("Done", "Succeed"));
        return new SourceMachine(
            "Orders",
            IsPartial: true,
            new[] { Attribute("StateMachine", ("StartAt", "Start"), ("QueryLanguage", 1L)) }.ToEquatableArray(),
            states.ToEquatableArray());
    }

    private static SourceState State(string name, string kind, params (string Name, object Value)[] arguments) =>
        new(name, true, new[] { Attribute(kind, arguments) }.ToEquatableArray());

    private static SourceAttribute Attribute(string name, params (string Name, object Value)[] arguments) =>
        new(name, arguments.Select(a => new SourceArgument(a.Name, char.IsLower(a.Name[0]), a.Value switch
        {
            string text => SourceValue.FromString(text),
            long number when a.Name == "QueryLanguage" => new SourceValue(SourceValueKind.Enum, Integer: number),
            _ => SourceValue.FromString(a.Value.ToString()),
        })).ToEquatableArray());
}
