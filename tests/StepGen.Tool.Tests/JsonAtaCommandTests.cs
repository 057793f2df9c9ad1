using System.Text.Json.Nodes;
using static StepGen.Tool.Tests.Stepgen;

namespace StepGen.Tool.Tests;

/// <summary>The <c>stepgen jsonata EXPR [--input FILE] [--bindings FILE]</c> contract, through the tool's entry point.</summary>
public sealed class JsonAtaCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("stepgen-jsonata-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Prints_the_result_of_the_expression_over_the_input_with_the_bindings()
    {
        string input = Write("input.json", """{"items": [{"price": 2, "qty": 3}, {"price": 1.5, "qty": 2}]}""");
        string bindings = Write("bindings.json", """{"discount": 0.5, "$label": "total"}""");

        (int code, string stdout, string stderr) = await Run("jsonata", "{$label: $sum(items.(price * qty)) * $discount}", "--input", input, "--bindings", bindings);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("""{"result":{"total":4.5}}""", stdout.Trim());
    }

    [Fact]
    public async Task The_options_may_come_before_the_expression()
    {
        string input = Write("input.json", """{"items": [{"price": 2}, {"price": 3}]}""");

        (int code, string stdout, string stderr) = await Run("jsonata", "--input", input, "$sum(items.price)");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Equal("""{"result":5}""", stdout.Trim());
    }

    [Theory]
    [InlineData("nothing.here", """{"undefined":true}""")]
    [InlineData("$", """{"undefined":true}""")]
    [InlineData("[1..3]", """{"result":[1,2,3]}""")]
    [InlineData("$partition([1,2,3], 2)", """{"result":[[1,2],[3]]}""")]
    [InlineData("0.1 + 0.2", """{"result":0.30000000000000004}""")]
    [InlineData("{'f': $sum}", """{"result":{"f":""}}""")]
    public async Task Without_input_the_input_is_undefined(string expression, string expected)
    {
        (int code, string stdout, _) = await Run("jsonata", expression);

        Assert.Equal(0, code);
        Assert.Equal(expected, stdout.Trim());
    }

    [Theory]
    [InlineData("1 + 'a'", "T2002")]
    [InlineData("$error('stop')", "D3137")]
    [InlineData("1 +", "S0207")]
    [InlineData("$substring('a', 'b')", "T0410")]
    public async Task An_error_of_the_expression_is_printed_with_its_code_and_exits_0(string expression, string expectedCode)
    {
        (int code, string stdout, string stderr) = await Run("jsonata", expression);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        JsonObject error = JsonNode.Parse(stdout)!["error"]!.AsObject();
        Assert.Equal(expectedCode, (string?)error["code"]);
        Assert.False(string.IsNullOrEmpty((string?)error["message"]));
    }

    [Fact]
    public async Task A_null_input_file_is_the_JSON_null()
    {
        string input = Write("null.json", "null");

        (int code, string stdout, _) = await Run("jsonata", "$type($)", "--input", input);

        Assert.Equal(0, code);
        Assert.Equal("""{"result":"null"}""", stdout.Trim());
    }

    [Fact]
    public async Task Bad_arguments_exit_1_with_the_reason_on_stderr_and_no_stack_trace()
    {
        string notJson = Write("broken.json", "{\n  \"a\": 1,\n  \"b\": tru\n}");
        string array = Write("array.json", "[1, 2]");

        (int code, string stdout, string stderr) = await Run("jsonata");
        Assert.Equal(1, code);
        Assert.Contains("expression is missing", stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stdout);

        (code, _, stderr) = await Run("jsonata", "$", "--input", Path.Combine(_dir, "missing.json"));
        Assert.Equal(1, code);
        Assert.Contains("missing.json: no such file", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await Run("jsonata", "$", "--input", notJson);
        Assert.Equal(1, code);
        Assert.Contains("not JSON", stderr, StringComparison.Ordinal);
        Assert.Contains("line 3, column", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await Run("jsonata", "$", "--bindings", array);
        Assert.Equal(1, code);
        Assert.Contains("must hold a JSON object", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await Run("jsonata", "$", "--verbose", "yes");
        Assert.Equal(1, code);
        Assert.Contains("unknown option '--verbose'", stderr, StringComparison.Ordinal);

        (code, _, stderr) = await Run("jsonata", "$", "--input");
        Assert.Equal(1, code);
        Assert.Contains("needs a value", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_names_the_jsonata_command()
    {
        (int code, string stdout, _) = await Run("jsonata", "--help");

        Assert.Equal(0, code);
        Assert.Contains("stepgen jsonata EXPR", stdout, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

}
