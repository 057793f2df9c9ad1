using StepGen.Asl.Json;
using StepGen.Testing.JsonAta;

namespace StepGen.Testing.Tests.JsonAta;

/// <summary>
/// The functions Step Functions adds, which the reference does not have: checked against the examples of the
/// developer guide ("Transforming data with JSONata in Step Functions", Step Functions-provided JSONata functions).
/// </summary>
public class JsonAtaStepFunctionsFunctionsTests
{
    private static string Eval(string expression, JsonAtaOptions? options = null)
    {
        JsonNode? result = JsonAtaExpression.Compile(expression).Evaluate(null, null, options);
        return result is null ? "undefined" : result.ToString();
    }

    [Theory]
    [InlineData("$partition([1,2,3,4], 2)", "[[1,2],[3,4]]")]
    [InlineData("$partition([1,2,3,4,5,6,7,8,9], 3)", "[[1,2,3],[4,5,6],[7,8,9]]")]
    [InlineData("$partition([1,2,3,4,5], 2)", "[[1,2],[3,4],[5]]")]
    [InlineData("$partition([], 2)", "[]")]
    [InlineData("$range(0, 10, 2)", "[0,2,4,6,8,10]")]
    [InlineData("$range(1, 9, 2)", "[1,3,5,7,9]")]
    [InlineData("$range(10, 0, -3)", "[10,7,4,1]")]
    [InlineData("$range(0, 5, -1)", "[]")]
    [InlineData("$hash('hello', 'SHA-256')", "\"2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824\"")]
    [InlineData("$hash('hello', 'MD5')", "\"5d41402abc4b2a76b9719d911017c592\"")]
    [InlineData("$hash('input data', 'SHA-1')", "\"aaff4a450a104cd177d28d18d74485e8cae074b7\"")]
    [InlineData("$parse('{\"key\": \"value\", \"n\": [1, 2.5]}')", "{\"key\":\"value\",\"n\":[1,2.5]}")]
    [InlineData("$parse('\"text\"')", "\"text\"")]
    [InlineData("$parse('[1,2,3]')[1]", "2")]
    public void The_guide_examples_give_the_guide_results(string expression, string expected) =>
        Assert.Equal(expected, Eval(expression));

    [Theory]
    [InlineData("$partition([1,2], 0)")]
    [InlineData("$partition([1,2], 1.5)")]
    [InlineData("$range(0, 10, 0)")]
    [InlineData("$hash('x', 'SHA-3')")]
    [InlineData("$parse('{not json')")]
    public void Refused_arguments_fail_as_a_query_evaluation_error(string expression) =>
        Assert.Equal(JsonAtaStepFunctionsFunctions.ErrorCode, Assert.Throws<JsonAtaException>(() => Eval(expression)).Code);

    [Fact]
    public void Signatures_come_from_the_catalogue()
    {
        Assert.Equal("T0410", Assert.Throws<JsonAtaException>(() => Eval("$partition([1], 'x')")).Code);
        Assert.Equal("T0410", Assert.Throws<JsonAtaException>(() => Eval("$hash('a')")).Code);
    }

    [Fact]
    public void Random_with_a_seed_repeats_and_without_one_varies()
    {
        Assert.Equal(Eval("$random(42)"), Eval("$random(42)"));
        Assert.NotEqual(Eval("$random(42)"), Eval("$random(43)"));
        double value = double.Parse(Eval("$random()"), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(value, 0, 0.9999999999);
    }

    [Fact]
    public void Uuid_gives_a_version_4_uuid() =>
        Assert.Matches("^\"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\"$", Eval("$uuid()"));

    [Fact]
    public void Step_Functions_leaves_out_eval_and_the_plain_profile_has_it()
    {
        var e = Assert.Throws<JsonAtaException>(() => Eval("$eval('1 + 1')"));
        Assert.Equal("T1006", e.Code);
        Assert.Contains("$parse", e.Message, StringComparison.Ordinal);
        Assert.Equal("undefined", Eval("$eval"));
        Assert.Equal("2", Eval("$eval('1 + 1')", new JsonAtaOptions { StepFunctionsFunctions = false }));
    }

    [Fact]
    public void Without_the_Step_Functions_functions_only_the_references_are_defined()
    {
        var plain = new JsonAtaOptions { StepFunctionsFunctions = false };
        Assert.Equal("T1006", Assert.Throws<JsonAtaException>(() => Eval("$partition([1], 1)", plain)).Code);
        Assert.Equal("T0410", Assert.Throws<JsonAtaException>(() => Eval("$random(1)", plain)).Code);
        Assert.Equal("undefined", Eval("$uuid", plain));
    }
}
