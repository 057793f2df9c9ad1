using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

using static StepGen.Asl.Tests.Runtime.RuntimeJson;

namespace StepGen.Asl.Tests.Runtime;

public class PathEvaluatorTests
{
    // The developer guide's "Paths" page, Reference Paths section: this input and these four results.
    private const string GuideInput = """
        {
            "foo": 123,
            "bar": ["a", "b", "c"],
            "car": { "cdr": true },
            "jar": [{"a": 1}, {"a": 5}, {"a": 2}, {"a": 7}, {"a": 3}]
        }
        """;

    private const string Store = """
        {
          "store": {
            "book": [
              { "category": "reference", "author": "Nigel Rees", "title": "Sayings of the Century", "price": 8.95 },
              { "category": "fiction", "author": "Evelyn Waugh", "title": "Sword of Honour", "price": 12.99 },
              { "category": "fiction", "author": "Herman Melville", "title": "Moby Dick", "isbn": "0-553-21311-3", "price": 8.99 },
              { "category": "fiction", "author": "J. R. R. Tolkien", "title": "The Lord of the Rings", "isbn": "0-395-19395-8", "price": 22.99 }
            ],
            "bicycle": { "color": "red", "price": 19.95 }
          },
          "expensive": 10
        }
        """;

    [Theory]
    [InlineData("$.foo", "123")]
    [InlineData("$.bar", """["a", "b", "c"]""")]
    [InlineData("$.car.cdr", "true")]
    [InlineData("$.jar[?(@.a >= 5)]", """[{"a": 5}, {"a": 7}]""")]
    public void GuideReferencePathExamples(string path, string expected) =>
        Equal(expected, PathEvaluator.Evaluate(path, Scope(GuideInput)));

    [Fact]
    public void Dollar_IsTheWholeInput()
    {
        EvaluationScope scope = Scope(GuideInput);
        Assert.Same(scope.Input, PathEvaluator.EvaluateReference("$", scope));
    }

    [Theory]
    [InlineData("$.bar[0]", "\"a\"")]
    [InlineData("$.bar[-1]", "\"c\"")]
    [InlineData("$['car']['cdr']", "true")]
    [InlineData("$.jar[1].a", "5")]
    public void DefinitePaths_GiveOneValue(string path, string expected) =>
        Equal(expected, PathEvaluator.EvaluateReference(path, Scope(GuideInput)));

    [Theory]
    [InlineData("$.missing", "$['missing']")]
    [InlineData("$.car.missing.deeper", "$['car']['missing']")]
    [InlineData("$.bar[3]", "$['bar'][3]")]
    [InlineData("$.foo.x", "$['foo']['x']")]
    public void DefinitePathThatMatchesNothing_IsStatesRuntime(string path, string failedAt)
    {
        AslRuntimeException e = Throws(AslErrorNames.Runtime, () => PathEvaluator.EvaluateReference(path, Scope(GuideInput)));
        Assert.Equal("Invalid path '" + path + "' : No results for path: " + failedAt, e.Cause);
        Throws(AslErrorNames.Runtime, () => PathEvaluator.Evaluate(path, Scope(GuideInput)));
        Assert.False(PathEvaluator.TryEvaluate(path, Scope(GuideInput), out JsonNode? value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("$.bar[*]")]
    [InlineData("$..a")]
    [InlineData("$.jar[?(@.a > 1)]")]
    public void EvaluateReference_RefusesIndefinitePaths(string path) =>
        Throws(AslErrorNames.Runtime, () => PathEvaluator.EvaluateReference(path, Scope(GuideInput)));

    [Fact]
    public void InvalidSyntax_IsStatesRuntime()
    {
        AslRuntimeException e = Throws(AslErrorNames.Runtime, () => PathEvaluator.Evaluate("$.a[", Scope("{}")));
        Assert.StartsWith("Invalid path '$.a['", e.Cause);
        Throws(AslErrorNames.Runtime, () => PathEvaluator.TryEvaluate("foo", Scope("{}"), out _));
    }

    [Theory]
    [InlineData("$.store.book[*].author", """["Nigel Rees", "Evelyn Waugh", "Herman Melville", "J. R. R. Tolkien"]""")]
    [InlineData("$..author", """["Nigel Rees", "Evelyn Waugh", "Herman Melville", "J. R. R. Tolkien"]""")]
    [InlineData("$.store.*.color", """["red"]""")]
    [InlineData("$..book[2].title", """["Moby Dick"]""")]
    [InlineData("$..book[-1].title", """["The Lord of the Rings"]""")]
    [InlineData("$..book[0,1].title", """["Sayings of the Century", "Sword of Honour"]""")]
    [InlineData("$..book[:2].price", """[8.95, 12.99]""")]
    [InlineData("$.store.book[-2:].price", """[8.99, 22.99]""")]
    [InlineData("$.store.book[1:3].price", """[12.99, 8.99]""")]
    [InlineData("$.store.book[::2].price", """[8.95, 8.99]""")]
    [InlineData("$.store.book[10:].price", "[]")]
    [InlineData("$..book[?(@.isbn)].title", """["Moby Dick", "The Lord of the Rings"]""")]
    [InlineData("$..book[?(!@.isbn)].title", """["Sayings of the Century", "Sword of Honour"]""")]
    [InlineData("$.store.book[?(@.price < 10)].title", """["Sayings of the Century", "Moby Dick"]""")]
    [InlineData("$.store.book[?(@.price <= $.expensive)].price", """[8.95, 8.99]""")]
    [InlineData("$.store.book[?(@.category == 'fiction' && @.price > 20)].title", """["The Lord of the Rings"]""")]
    [InlineData("$.store.book[?(@.category == \"reference\" || @.price > 20)].title", """["Sayings of the Century", "The Lord of the Rings"]""")]
    [InlineData("$.store.book[?(@.category != 'fiction')].title", """["Sayings of the Century"]""")]
    [InlineData("$.store.book[?(@.isbn != '0-553-21311-3')].title", """["Sayings of the Century", "Sword of Honour", "The Lord of the Rings"]""")]
    [InlineData("$.store.book[?((@.price > 9 && @.price < 20) || @.author == 'Nigel Rees')].price", """[8.95, 12.99]""")]
    [InlineData("$.store.book[?(@.price >= 8.99)].price", """[12.99, 8.99, 22.99]""")]
    [InlineData("$.store.book[?(@.missing > 1)]", "[]")]
    [InlineData("$.store.book.length()", "4")]
    [InlineData("$.store.book[*].isbn.length()", "2")]
    [InlineData("$.store['bicycle','expensive']", """{"bicycle": {"color": "red", "price": 19.95}}""")]
    [InlineData("$['expensive','store','nope'].length()", "2")]
    public void IndefinitePaths_GiveTheArrayOfMatches(string path, string expected) =>
        Equal(expected, PathEvaluator.Evaluate(path, Scope(Store)));

    [Fact]
    public void DeepScanWildcard_ListsParentsBeforeTheirChildren() =>
        Equal("""[{"b": 1}, 2, 1]""", PathEvaluator.Evaluate("$..*", Scope("""{"a": {"b": 1}, "c": 2}""")));

    [Fact]
    public void Filter_NeverMatchesScalarItems()
    {
        // The guide: "The @ operator, matching the current node being processed in a filter, does not match scalar
        // values. It only matches objects."
        Equal("[]", PathEvaluator.Evaluate("$.n[?(@ > 1)]", Scope("""{"n": [1, 2, 3]}""")));
        Equal("""[{"v": 2}]""", PathEvaluator.Evaluate("$.n[?(@.v > 1)]", Scope("""{"n": [1, {"v": 2}, [3]]}""")));
    }

    [Fact]
    public void Filter_ComparesNumbersByValueAndRefusesUnsupportedOperators()
    {
        Equal("""[{"v": 1.0}]""", PathEvaluator.Evaluate("$.n[?(@.v == 1)]", Scope("""{"n": [{"v": 1.0}, {"v": "1.5"}, {"v": true}]}""")));
        Equal("""[{"v": "b"}]""", PathEvaluator.Evaluate("$.n[?(@.v > 'a')]", Scope("""{"n": [{"v": "a"}, {"v": "b"}, {"v": 5}]}""")));
        Throws(AslErrorNames.Runtime, () => PathEvaluator.Evaluate("$.n[?(@.v =~ /a.*/)]", Scope("""{"n": []}""")));
        Throws(AslErrorNames.Runtime, () => PathEvaluator.Evaluate("$.n[?(@.v in ['a'])]", Scope("""{"n": []}""")));
        Throws(AslErrorNames.Runtime, () => PathEvaluator.Evaluate("$.n[?(@.v == 'a)]", Scope("""{"n": []}""")));
    }

    [Fact]
    public void ContextAndVariableRoots()
    {
        var variables = new Dictionary<string, JsonNode> { ["order"] = Parse("""{"id": 7, "lines": [1, 2]}""") };
        EvaluationScope scope = Scope("{}", """{"Execution": {"Id": "arn:exec"}, "Map": {"Item": {"Index": 3}}}""", variables);
        Equal("\"arn:exec\"", PathEvaluator.Evaluate("$$.Execution.Id", scope));
        Equal("3", PathEvaluator.EvaluateReference("$$.Map.Item.Index", scope));
        Equal("7", PathEvaluator.Evaluate("$order.id", scope));
        Equal("[1, 2]", PathEvaluator.Evaluate("$order.lines[*]", scope));
        Equal("""{"id": 7, "lines": [1, 2]}""", PathEvaluator.Evaluate("$order", scope));
        Assert.False(PathEvaluator.TryEvaluate("$unknown", scope, out _));
        AslRuntimeException e = Throws(AslErrorNames.Runtime, () => PathEvaluator.Evaluate("$unknown.x", scope));
        Assert.Equal("Invalid path '$unknown.x' : No results for path: $unknown", e.Cause);
    }

    [Fact]
    public void TryEvaluate_PresentNullIsPresent_AndIndefinitePathsAlwaysAnswer()
    {
        EvaluationScope scope = Scope("""{"a": null, "list": []}""");
        Assert.True(PathEvaluator.TryEvaluate("$.a", scope, out JsonNode? value));
        Assert.Equal(JsonNodeKind.Null, value!.Kind);
        Assert.True(PathEvaluator.TryEvaluate("$.list[*].x", scope, out value));
        Equal("[]", value!);
    }

    [Fact]
    public void EscapedAndQuotedNames()
    {
        EvaluationScope scope = Scope("""{"store.book": 1, "a b": {"c'd": 2}}""");
        Equal("1", PathEvaluator.Evaluate("$.store\\.book", scope));
        Equal("2", PathEvaluator.Evaluate("$['a b']['c\\'d']", scope));
    }

    [Fact]
    public void Evaluation_DoesNotMutateTheInput()
    {
        EvaluationScope scope = Scope(Store);
        string before = scope.Input.ToString();
        PathEvaluator.Evaluate("$..book[?(@.price > 1)]", scope);
        PathEvaluator.Evaluate("$.store['bicycle','expensive']", scope);
        Assert.Equal(before, scope.Input.ToString());
    }
}
