using StepGen.Asl.Conditions;
using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

/// <summary>
/// The condition parser's syntax tree and the writer that turns it into a Choice rule, each on its own. What the
/// whole compiler accepts and reports is in <see cref="ConditionTests"/>.
/// </summary>
public class ConditionSyntaxTests
{
    private static ConditionSyntax Parse(string condition)
    {
        ConditionParseResult r = ConditionParser.Parse(condition);
        Assert.Null(r.Error);
        Assert.NotNull(r.Root);
        return r.Root!;
    }

    private static string Span(string condition, ConditionSyntax node) => condition.Substring(node.Offset, node.Length);

    [Fact]
    public void LogicalNodesHoldTheirOperandsInOrder()
    {
        const string c = "$.a == 1 || $.b == 2 && ispresent($.c) || !($.d < 4)";
        var or = Assert.IsType<LogicalSyntax>(Parse(c));
        Assert.Equal(LogicalOperator.Or, or.Operator);
        Assert.Equal(c, Span(c, or));
        Assert.Equal(3, or.Operands.Count);
        Assert.Equal("$.a == 1", Span(c, Assert.IsType<ComparisonSyntax>(or.Operands[0])));
        var and = Assert.IsType<LogicalSyntax>(or.Operands[1]);
        Assert.Equal(LogicalOperator.And, and.Operator);
        Assert.Equal("$.b == 2 && ispresent($.c)", Span(c, and));
        var test = Assert.IsType<TypeTestSyntax>(and.Operands[1]);
        Assert.Equal("ispresent($.c)", Span(c, test));
        Assert.Equal("ispresent", test.FunctionName);
        Assert.Equal("IsPresent", test.AslOperator);
        Assert.Equal("$.c", test.Path);
        var not = Assert.IsType<NotSyntax>(or.Operands[2]);
        Assert.Equal("!($.d < 4)", Span(c, not));
        Assert.Equal("$.d < 4", Span(c, not.Operand));
    }

    [Fact]
    public void ParenthesesGroupWithoutANodeOfTheirOwn()
    {
        const string c = "(($.a == 1)) && ($.b == 2 || $.c == 3)";
        var and = Assert.IsType<LogicalSyntax>(Parse(c));
        Assert.Equal(c, Span(c, and));
        Assert.Equal("$.a == 1", Span(c, Assert.IsType<ComparisonSyntax>(and.Operands[0])));
        Assert.Equal("$.b == 2 || $.c == 3", Span(c, Assert.IsType<LogicalSyntax>(and.Operands[1])));
    }

    [Fact]
    public void EachBangIsANotNodeFromItsOwnPosition()
    {
        const string c = "! !$.a == 1";
        var outer = Assert.IsType<NotSyntax>(Parse(c));
        Assert.Equal(c, Span(c, outer));
        var inner = Assert.IsType<NotSyntax>(outer.Operand);
        Assert.Equal("!$.a == 1", Span(c, inner));
        Assert.IsType<ComparisonSyntax>(inner.Operand);
    }

    [Fact]
    public void ComparisonsKeepTheirOperandsAndOperatorAsWritten()
    {
        const string c = "3 <= number($.count)";
        var comparison = Assert.IsType<ComparisonSyntax>(Parse(c));
        Assert.Equal(ComparisonOperator.LessThanEquals, comparison.Operator);
        Assert.Equal("<=", comparison.OperatorText);
        Assert.Equal(2, comparison.OperatorOffset);
        Assert.Equal(OperandKind.Number, comparison.Left.Kind);
        Assert.Equal("3", comparison.Left.Text);
        Assert.True(comparison.Right.IsPath);
        Assert.Equal("$.count", comparison.Right.Text);
        Assert.Equal(ValueFamily.Numeric, comparison.Right.Conversion);
        Assert.Equal("number", comparison.Right.ConversionName);
        Assert.Equal("number($.count)", c.Substring(comparison.Right.Offset, comparison.Right.Length));
    }

    [Theory]
    [InlineData("$.a == 'it\\'s'", "String", "it\\'s", "'it\\'s'")]
    [InlineData("$.a == -2.5e3", "Number", "-2.5e3", "-2.5e3")]
    [InlineData("$.a == false", "Boolean", "false", "false")]
    [InlineData("$.a == null", "Null", "null", "null")]
    [InlineData("$.a == timestamp'2024-01-01T00:00:00Z'", "Timestamp", "2024-01-01T00:00:00Z", "timestamp'2024-01-01T00:00:00Z'")]
    [InlineData("$.a == $$.Execution.Id", "Path", "$$.Execution.Id", "$$.Execution.Id")]
    public void LiteralsKeepTheirRawText(string c, string kind, string text, string span)
    {
        var comparison = Assert.IsType<ComparisonSyntax>(Parse(c));
        Assert.Equal(kind, comparison.Right.Kind.ToString());
        Assert.Equal(text, comparison.Right.Text);
        Assert.Equal(span, c.Substring(comparison.Right.Offset, comparison.Right.Length));
        Assert.Null(comparison.Right.Conversion);
    }

    [Fact]
    public void TheParserDoesNotCheckTypes()
    {
        // Both sides are values and 'like' takes a number: the writer's problems, not the parser's.
        ConditionParseResult r = ConditionParser.Parse("1 == 2 && $.a like 3");
        Assert.Null(r.Error);
        Assert.Equal(2, r.Comparisons.Count);
    }

    [Fact]
    public void OnASyntaxErrorTheComparisonsReadBeforeItAreKept()
    {
        ConditionParseResult r = ConditionParser.Parse("$.a == 1 && $.b < 'x' && $.c ==");
        Assert.Null(r.Root);
        Assert.NotNull(r.Error);
        Assert.Equal(new[] { "$.a == 1", "$.b < 'x'" }, r.Comparisons.Select(c => "$.a == 1 && $.b < 'x' && $.c ==".Substring(c.Offset, c.Length)).ToArray());
        Assert.Equal(new[] { "$.a", "$.b", "$.c" }, r.Paths.Select(p => p.Path).ToArray());
    }

    [Fact]
    public void TheWriterTurnsATreeIntoARule()
    {
        const string c = "!ispresent($.a) && !($.b == null) && !($.c < 3)";
        var writer = new ChoiceRuleWriter(c);
        JsonObject? rule = writer.Write(Parse(c));
        Assert.Null(writer.Error);
        Assert.Equal(
            """{"And":[{"Variable":"$.a","IsPresent":false},{"Variable":"$.b","IsNull":false},{"Not":{"Variable":"$.c","NumericLessThan":3}}]}""",
            JsonWriter.Write(rule!, indented: false));
    }

    [Fact]
    public void TheWriterReportsTheFirstComparisonItCannotBind()
    {
        const string c = "$.a == 1 && $.b like 3 && 1 == 2";
        var writer = new ChoiceRuleWriter(c);
        Assert.Null(writer.Write(Parse(c)));
        Assert.Equal("like needs a pattern in single quotes such as 'log-*.txt', found a number", writer.Error!.Message);
        Assert.Equal(c.IndexOf('3'), writer.Error.Offset);
        Assert.Equal(1, writer.Error.Length);
        Assert.Equal("$.b like 3", c.Substring(writer.FailedComparison!.Offset, writer.FailedComparison.Length));
    }

    [Theory]
    // A comparison that cannot be compared is reported before a syntax error after it, with the paths read up to it.
    [InlineData("1 == 2 && ($.a", "cannot compare two values: one side must be a path such as $.status", 0, 6, "")]
    [InlineData("$.a == 1 && $.b like 3 || $.c ===", "like needs a pattern in single quotes such as 'log-*.txt', found a number", 21, 1, "$.a $.b")]
    // A syntax error before the comparison is reported, whatever comes after.
    [InlineData("$.a = 1 && 1 == 2", "'=' is not an operator; did you mean '=='?", 4, 1, "$.a")]
    public void AProblemEarlierInTheTextIsReportedFirst(string c, string message, int offset, int length, string paths)
    {
        ConditionResult r = ConditionCompiler.Compile(c);
        Assert.Equal(message, r.Error);
        Assert.Equal(offset, r.ErrorOffset);
        Assert.Equal(length, r.ErrorLength);
        Assert.Equal(paths, string.Join(" ", r.Paths.Select(p => p.Path)));
    }
}
