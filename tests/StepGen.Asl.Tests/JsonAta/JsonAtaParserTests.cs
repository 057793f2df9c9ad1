using System.Linq;
using StepGen.Asl.JsonAta;
using Xunit;

namespace StepGen.Asl.Tests.JsonAta;

/// <summary>Error codes, spans and messages of <see cref="JsonAtaParser"/>, and the shape of the processed tree.</summary>
public sealed class JsonAtaParserTests
{
    private static JsonAtaSyntaxError Fails(string expression)
    {
        JsonAtaParseResult result = JsonAtaParser.Parse(expression);
        Assert.False(result.Success, expression + " should not parse");
        Assert.Null(result.Root);
        return result.Error!;
    }

    private static JsonAtaNode Parses(string expression)
    {
        JsonAtaParseResult result = JsonAtaParser.Parse(expression);
        Assert.True(result.Success, expression + ": " + result.Error);
        return result.Root!;
    }

    [Theory]
    [InlineData("$states.input.", "S0207", 14, 14)]
    [InlineData("1 + )", "S0211", 4, 5)]
    [InlineData("\"abc", "S0101", 0, 4)]
    [InlineData("'a\\qb'", "S0103", 2, 4)]
    [InlineData("'\\u12zz'", "S0104", 1, 7)]
    [InlineData("`abc", "S0105", 0, 4)]
    [InlineData("1 /* open", "S0106", 2, 9)]
    [InlineData("1e400", "S0102", 0, 5)]
    [InlineData("$f(1 2)", "S0202", 5, 6)]
    [InlineData("(1", "S0203", 2, 2)]
    [InlineData("a b", "S0201", 2, 3)]
    [InlineData("!a", "S0204", 0, 1)]
    [InlineData("a.1", "S0213", 2, 3)]
    [InlineData("a.-1", "S0213", 2, 4)]
    [InlineData("$x{b: c}[0]", "S0209", 8, 9)]
    [InlineData("$x{b: c}{d: e}", "S0210", 8, 9)]
    [InlineData("a@1", "S0214", 2, 3)]
    [InlineData("1 := 2", "S0212", 0, 1)]
    [InlineData("function(x){ x }", "S0208", 9, 10)]
    [InlineData("a[0]@$x", "S0215", 4, 7)]
    [InlineData("a^(b)@$x", "S0216", 5, 8)]
    [InlineData("%", "S0217", 0, 1)]
    [InlineData("%.a", "S0217", 0, 1)]
    [InlineData("$x[%.b]", "S0217", 0, 2)]
    [InlineData("//", "S0301", 0, 2)]
    [InlineData("/abc", "S0302", 0, 4)]
    [InlineData("function($x)<n<n>:n>{ $x }", "S0401", 12, 20)]
    [InlineData("function($x)<(sn<n>):n>{ $x }", "S0402", 12, 23)]
    [InlineData("/a/ii", JsonAtaSyntaxError.InvalidRegexCode, 3, 5)]
    [InlineData("/a{2}*/", JsonAtaSyntaxError.InvalidRegexCode, 0, 7)]
    [InlineData("function($x)<s++>{ $x }", JsonAtaSyntaxError.InvalidSignatureCode, 12, 17)]
    [InlineData("/*a/", "S0106", 0, 4)]
    [InlineData("1 / /*a/", "S0106", 4, 8)]
    [InlineData("$ ~> /+a/", JsonAtaSyntaxError.InvalidRegexCode, 5, 9)]
    [InlineData("", "S0207", 0, 0)]
    public void ErrorHasTheReferenceCodeAndSpansTheFault(string expression, string code, int start, int end)
    {
        JsonAtaSyntaxError error = Fails(expression);
        Assert.Equal((code, start, end), (error.Code, error.Start, error.End));
    }

    [Theory]
    [InlineData("$f(1 2)", "'2'")]
    [InlineData("a b", "'b'")]
    [InlineData("1 + )", "')'")]
    [InlineData("!a", "'!'")]
    [InlineData("(1", "')'")]
    [InlineData("a@1", "$")]
    public void MessageNamesTheToken(string expression, string fragment) => Assert.Contains(fragment, Fails(expression).Message);

    [Theory]
    [InlineData('(', "")]
    [InlineData('[', "")]
    [InlineData('{', "")]
    [InlineData('-', "1")]
    public void DeepNestingIsAnErrorOfItsOwn(char open, string tail)
    {
        JsonAtaSyntaxError error = Fails(new string(open, 5000) + tail);
        Assert.Equal(JsonAtaSyntaxError.TooDeepCode, error.Code);
    }

    [Fact]
    public void LongOperatorChainsCountAsDepth()
    {
        Assert.Equal(JsonAtaSyntaxError.TooDeepCode, Fails(string.Join(" + ", Enumerable.Repeat("1", 5000))).Code);
        Parses(string.Join(" + ", Enumerable.Repeat("1", 300)));
        Parses(new string('(', 300) + "1" + new string(')', 300));
    }

    [Fact]
    public void PathIsFlattenedIntoSteps()
    {
        var path = Assert.IsType<JsonAtaPathNode>(Parses("$states.input.items[price > 10].name"));
        Assert.Equal((0, 36), (path.Start, path.End));
        Assert.Equal(4, path.Steps.Count);
        var states = Assert.IsType<JsonAtaVariableNode>(path.Steps[0]);
        Assert.Equal(("states", 0, 7), (states.Name, states.Start, states.End));
        var items = Assert.IsType<JsonAtaNameNode>(path.Steps[2]);
        Assert.Equal(("items", 14, 19), (items.Name, items.Start, items.End));
        JsonAtaStage stage = Assert.Single(items.Stages);
        var filter = Assert.IsType<JsonAtaBinaryNode>(stage.Filter);
        Assert.Equal(">", filter.Operator);
        Assert.Equal((20, 30), (filter.Start, filter.End));
    }

    [Fact]
    public void FilterOnAVariableIsAPredicateAndBecomesAStageInAPath()
    {
        JsonAtaNode variable = Parses("$x[0]");
        Assert.IsType<JsonAtaVariableNode>(variable);
        Assert.Single(variable.Predicates);
        Assert.Empty(variable.Stages);

        var path = Assert.IsType<JsonAtaPathNode>(Parses("a.$x[0]"));
        Assert.Single(path.Steps[1].Stages);
        Assert.Empty(path.Steps[1].Predicates);
    }

    [Fact]
    public void StringStepsBecomeNamesAndKeepArrayIsFlagged()
    {
        var path = Assert.IsType<JsonAtaPathNode>(Parses("\"a\".b[]"));
        Assert.Equal("a", Assert.IsType<JsonAtaNameNode>(path.Steps[0]).Name);
        Assert.True(path.Steps[1].KeepArray);
        Assert.True(path.KeepSingletonArray);
        Assert.IsType<JsonAtaStringNode>(Parses("\"a\""));
    }

    [Fact]
    public void BindingsGoOnTheirStep()
    {
        var focus = Assert.IsType<JsonAtaPathNode>(Parses("a@$o.b"));
        Assert.Equal("o", focus.Steps[0].Focus);
        Assert.True(focus.Steps[0].Tuple);

        var index = Assert.IsType<JsonAtaPathNode>(Parses("a#$i[0]"));
        Assert.Equal("i", index.Steps[0].IndexVariable);
        Assert.Single(index.Steps[0].Stages);

        var late = Assert.IsType<JsonAtaPathNode>(Parses("a[0]#$i"));
        Assert.Null(late.Steps[0].IndexVariable);
        Assert.Equal("i", late.Steps[0].Stages[1].IndexVariable);
    }

    [Fact]
    public void ParentIsResolvedToTheStepItNames()
    {
        var path = Assert.IsType<JsonAtaPathNode>(Parses("Account.Order.Product.%.OrderID"));
        var parent = Assert.IsType<JsonAtaParentNode>(path.Steps[3]);
        // The step before '%' remembers its input (Order) under the slot's label; '%' reads it back.
        Assert.Same(parent.Slot, path.Steps[2].Ancestor);
        Assert.True(path.Steps[2].Tuple);
        Assert.Null(path.Steps[1].Ancestor);
        Assert.Equal(0, parent.Slot.Level);
    }

    [Fact]
    public void GroupSortConditionsAndLambdasHaveTheirShapes()
    {
        Assert.NotNull(Parses("a{b: c}").Group);
        var sorted = Assert.IsType<JsonAtaPathNode>(Parses("a^(>b, c)"));
        var sort = Assert.IsType<JsonAtaSortNode>(sorted.Steps[1]);
        Assert.Equal(new[] { true, false }, sort.Terms.Select(t => t.Descending));

        Assert.Equal(-5, Assert.IsType<JsonAtaNumberNode>(Parses("-5")).Value);
        var elvis = Assert.IsType<JsonAtaConditionNode>(Parses("a ?: b"));
        Assert.IsType<JsonAtaPathNode>(elvis.Condition);
        Assert.NotSame(elvis.Condition, elvis.Then);
        var coalesce = Assert.IsType<JsonAtaConditionNode>(Parses("a ?? b"));
        Assert.Equal("exists", Assert.IsType<JsonAtaVariableNode>(Assert.IsType<JsonAtaCallNode>(coalesce.Condition).Procedure).Name);

        var lambda = Assert.IsType<JsonAtaLambdaNode>(Parses("function($x)<n:n>{ $f($x) }"));
        Assert.Equal("<n:n>", lambda.Signature);
        Assert.Equal("x", Assert.Single(lambda.Parameters).Name);
        Assert.True(Assert.IsType<JsonAtaLambdaNode>(lambda.Body).IsThunk);

        var partial = Assert.IsType<JsonAtaCallNode>(Parses("$substring(?, 0, 2)"));
        Assert.True(partial.IsPartial);
        Assert.IsType<JsonAtaPlaceholderNode>(partial.Arguments[0]);

        var regex = Assert.IsType<JsonAtaRegexNode>(Parses("/a\\/b/im"));
        Assert.Equal(("a\\/b", "im"), (regex.Pattern, regex.Flags));
        Assert.Equal("a\"b\u00e9", Assert.IsType<JsonAtaStringNode>(Parses("'a\\\"b\\u00e9'")).Value);
    }

    [Fact]
    public void SlashIsDivisionAfterAnOperandAndARegexBeforeOne()
    {
        Assert.IsType<JsonAtaBinaryNode>(Parses("a / b"));
        var call = Assert.IsType<JsonAtaCallNode>(Parses("$match(s, /b/)"));
        Assert.IsType<JsonAtaRegexNode>(call.Arguments[1]);
    }
}
