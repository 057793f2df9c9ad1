using System.Text.RegularExpressions;

using StepGen.Asl.Json;
using StepGen.Testing.JsonAta;

namespace StepGen.Testing.Tests.JsonAta;

/// <summary>What the differential corpus cannot show: the depth guard, the clock and chance options, the API's conversions and error positions.</summary>
public class JsonAtaEvaluatorTests
{
    private static JsonNode? Eval(string expression, string? input = null, JsonAtaOptions? options = null, IReadOnlyDictionary<string, JsonNode>? bindings = null) =>
        JsonAtaExpression.Compile(expression).Evaluate(input is null ? null : JsonParser.Parse(input).Value, bindings, options);

    private static string Text(JsonNode? node) => node is null ? "undefined" : node.ToString();

    [Fact]
    public void A_runaway_recursion_ends_in_D1011_not_a_stack_overflow()
    {
        var e = Assert.Throws<JsonAtaException>(() => Eval("($f := function($n){$n = 0 ? 0 : 1 + $f($n - 1)}; $f(1000000))"));
        Assert.Equal("D1011", e.Code);
    }

    [Fact]
    public void The_depth_guard_holds_on_a_thread_with_a_small_stack()
    {
        JsonAtaException? caught = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    Eval("($f := function($n){$n = 0 ? 0 : 1 + $f($n - 1)}; $f(1000000))");
                }
                catch (JsonAtaException e)
                {
                    caught = e;
                }
            },
            maxStackSize: 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal("D1011", caught?.Code);
    }

    [Fact]
    public void Recursion_thousands_of_calls_deep_runs_as_in_the_reference()
    {
        // The reference (async, no stack limit of its own) gives 5000; past CallerThreadDepth levels the evaluation
        // runs again on a thread with a stack for MaxDepth levels.
        Assert.Equal("5000", Text(Eval("($f := function($n){$n = 0 ? 0 : 1 + $f($n - 1)}; $f(5000))")));
        var seeded = new JsonAtaOptions { Random = new Random(5) };
        string first = Text(Eval("($f := function($n){$n = 0 ? $random() : $f($n - 1) + 0}; $f(2000))", options: seeded));
        Assert.Equal(first, Text(Eval("($f := function($n){$n = 0 ? $random() : $f($n - 1) + 0}; $f(2000))", options: new JsonAtaOptions { Random = new Random(5) })));
    }

    [Fact]
    public void MaxDepth_limits_nesting_and_the_default_allows_ordinary_recursion()
    {
        const string Factorial = "($fact := function($n){$n <= 1 ? 1 : $n * $fact($n - 1)}; $fact(100))";
        Assert.Equal("9.33262154439441e+157", Text(Eval(Factorial)));
        Assert.Equal("D1011", Assert.Throws<JsonAtaException>(() => Eval(Factorial, options: new JsonAtaOptions { MaxDepth = 50 })).Code);
    }

    [Fact]
    public void A_tail_recursive_function_runs_in_constant_stack()
    {
        Assert.Equal("5000050000", Text(Eval("($loop := function($n, $acc){$n = 0 ? $acc : $loop($n - 1, $acc + $n)}; $loop(100000, 0))")));
    }

    [Fact]
    public void Now_and_millis_read_the_options_clock_once_per_evaluation()
    {
        var options = new JsonAtaOptions { Now = new DateTimeOffset(2026, 12, 3, 8, 0, 0, 123, TimeSpan.Zero) };
        Assert.Equal("\"2026-12-03T08:00:00.123Z\"", Text(Eval("$now()", options: options)));
        Assert.Equal("1796284800123", Text(Eval("$millis()", options: options)));
        Assert.Equal("\"03/12/2026 09:00\"", Text(Eval("$now('[D01]/[M01]/[Y0001] [H01]:[m01]', '+0100')", options: options)));
        Assert.Equal("true", Text(Eval("($a := $millis(); $b := $count([1..100000]); $a = $millis())")));
    }

    [Fact]
    public void Without_a_fixed_clock_now_is_the_real_time()
    {
        double before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        double millis = double.Parse(Text(Eval("$millis()")), System.Globalization.CultureInfo.InvariantCulture);
        double after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        Assert.InRange(millis, before, after);
        Assert.Matches(@"^""\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z""$", Text(Eval("$now()")));
    }

    [Fact]
    public void Random_is_in_the_unit_interval_and_follows_the_options_generator()
    {
        var values = (JsonArray)Eval("[1..200].$random()", options: new JsonAtaOptions { StepFunctionsFunctions = false })!;
        Assert.Equal(200, values.Count);
        Assert.All(values.Items, v => Assert.InRange(((JsonNumber)v).TryGetDouble(out double d) ? d : -1, 0, 0.9999999999));
        Assert.True(values.Items.Select(v => v.ToString()).Distinct().Count() > 150);
        string first = Text(Eval("[1..5].$random()", options: new JsonAtaOptions { Random = new Random(7) }));
        string second = Text(Eval("[1..5].$random()", options: new JsonAtaOptions { Random = new Random(7) }));
        Assert.Equal(first, second);
    }

    [Fact]
    public void Shuffle_permutes_and_follows_the_options_generator()
    {
        string shuffled = Text(Eval("$shuffle([1..20])", options: new JsonAtaOptions { Random = new Random(3) }));
        Assert.NotEqual(Text(Eval("[1..20]")), shuffled);
        Assert.Equal(Text(Eval("[1..20]")), Text(Eval("$sort($shuffle([1..20]))")));
        Assert.Equal(shuffled, Text(Eval("$shuffle([1..20])", options: new JsonAtaOptions { Random = new Random(3) })));
        Assert.Equal("[1]", Text(Eval("$shuffle([1])")));
        Assert.Null(Eval("$shuffle(nothing)"));
    }

    [Fact]
    public void Uuid_is_a_version_4_uuid_or_the_options_guid()
    {
        Assert.Matches(new Regex("^\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"$"), Text(Eval("$uuid()")));
        Guid fixedGuid = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
        Assert.Equal("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", Text(Eval("$uuid()", options: new JsonAtaOptions { NewGuid = () => fixedGuid })));
        Assert.NotEqual(Text(Eval("$uuid()")), Text(Eval("$uuid()")));
    }

    [Fact]
    public void Input_bindings_and_results_convert_as_the_API_says()
    {
        Assert.Null(Eval("$"));
        Assert.Equal("null", Text(Eval("$", "null")));
        Assert.Equal("[1,2]", Text(Eval("$", "[1,2]")));
        Assert.Equal("3", Text(Eval("$a + $b.c", bindings: new Dictionary<string, JsonNode> { ["a"] = JsonNumber.FromInt64(1), ["b"] = JsonParser.Parse("{\"c\":2}").Value! })));
        Assert.Equal("{\"f\":\"\",\"g\":[\"\"]}", Text(Eval("{\"f\": $sum, \"g\": [function($x){$x}]}")));
        Assert.Equal("\"\"", Text(Eval("$sum")));
        Assert.Equal("{\"a\":1}", Text(Eval("{\"a\": 1, \"b\": undefinedThing}")));
        Assert.Equal("[1,2]", Text(Eval("[1, 2][]")));
        Assert.Equal("1e+21", Text(Eval("1e21")));
        Assert.Equal("1e-7", Text(Eval("0.0000001")));
        Assert.Equal("0.30000000000000004", Text(Eval("0.1 + 0.2")));
        Assert.Equal("\"0.3\"", Text(Eval("$string(0.1 + 0.2)")));
        Assert.Equal("null", Text(Eval("1/0")));
    }

    [Fact]
    public void A_syntax_error_is_thrown_by_Compile_with_the_parsers_code_and_position()
    {
        var e = Assert.Throws<JsonAtaException>(() => JsonAtaExpression.Compile("a.b + "));
        Assert.Equal("S0207", e.Code);
        e = Assert.Throws<JsonAtaException>(() => JsonAtaExpression.Compile("[1, 2"));
        Assert.StartsWith("S0", e.Code, StringComparison.Ordinal);
        Assert.Equal("\"1 + 2\"", Text(Eval("'1 + 2'")));
    }

    [Fact]
    public void Evaluation_errors_carry_the_position_and_token_of_what_failed()
    {
        const string Arithmetic = "$count(a) + (b * \"x\")";
        var e = Assert.Throws<JsonAtaException>(() => Eval(Arithmetic, "{\"a\": [1], \"b\": 2}"));
        Assert.Equal("T2002", e.Code);
        Assert.Equal(Arithmetic.IndexOf("b *", StringComparison.Ordinal), e.Position);
        Assert.Equal("*", e.Token);

        const string Call = "{\"n\": $substring(\"abc\", \"x\")}";
        e = Assert.Throws<JsonAtaException>(() => Eval(Call));
        Assert.Equal("T0410", e.Code);
        Assert.Equal(Call.IndexOf("$substring", StringComparison.Ordinal), e.Position);
        Assert.Equal("substring", e.Token);

        e = Assert.Throws<JsonAtaException>(() => Eval("$error('stop here')"));
        Assert.Equal("D3137", e.Code);
        Assert.Equal("stop here", e.Message);
    }

    [Fact]
    public void A_compiled_expression_is_reusable_and_independent_across_threads()
    {
        JsonAtaExpression expression = JsonAtaExpression.Compile("($x := $; $sum([1..$x]))");
        var results = new string[8];
        Parallel.For(0, results.Length, i => results[i] = Text(expression.Evaluate(JsonNumber.FromInt64(i * 100))));
        for (int i = 0; i < results.Length; i++)
        {
            Assert.Equal(((i * 100L) * ((i * 100L) + 1) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture), results[i]);
        }
    }
}
