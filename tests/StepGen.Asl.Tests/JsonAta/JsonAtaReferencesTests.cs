using System.Linq;
using StepGen.Asl.JsonAta;
using Xunit;

namespace StepGen.Asl.Tests.JsonAta;

/// <summary><see cref="JsonAtaReferences"/> and the arity rules of <see cref="JsonAtaFunctions"/>.</summary>
public sealed class JsonAtaReferencesTests
{
    private static JsonAtaReferences Collect(string expression)
    {
        JsonAtaParseResult result = JsonAtaParser.Parse(expression);
        Assert.True(result.Success, expression + ": " + result.Error);
        return JsonAtaReferences.Collect(result.Root!);
    }

    [Theory]
    [InlineData("($x := 1; $x + $y)", "y")]
    [InlineData("$y + ($x := 1; $x)", "y")]
    [InlineData("($x + 1; $x := 2)", "x")]
    [InlineData("(($x := 1); $x)", "x")]
    [InlineData("function($a) { $a + $b }", "b")]
    [InlineData("a@$o.b.{'x': $o}", "")]
    [InlineData("a#$i.{'i': $i}", "")]
    [InlineData("a[0]#$i.{'i': $i}", "")]
    [InlineData("{'i': $i, 'j': a#$i.b}", "i")]
    [InlineData("$ + $$ + $states.input", "")]
    [InlineData("$map(a, $string)", "")]
    [InlineData("$count + $total", "total")]
    [InlineData("$x[$y > 1]", "x,y")]
    public void FreeVariablesAreTheUnboundReads(string expression, string expected)
    {
        Assert.Equal(expected, string.Join(",", Collect(expression).FreeVariables.Select(v => v.Name)));
    }

    [Theory]
    [InlineData("$a ?: $b")]
    [InlineData("$a ?? $b")]
    public void DefaultOperatorsReportTheirLeftOperandOnce(string expression)
    {
        JsonAtaReferences references = Collect(expression);
        Assert.Equal("a,b", string.Join(",", references.FreeVariables.Select(v => v.Name)));
        Assert.Empty(references.FunctionCalls);
    }

    [Fact]
    public void FreeVariableSpanIsTheVariable()
    {
        JsonAtaVariableRead read = Assert.Single(Collect("1 + $total").FreeVariables);
        Assert.Equal(("total", 4, 10), (read.Name, read.Start, read.End));
    }

    [Theory]
    [InlineData("$states.input.a", "input", 0, 13)]
    [InlineData("$states.context.Execution.Id", "context", 0, 15)]
    [InlineData("1 + $states", "", 4, 11)]
    [InlineData("$states[0]", "", 0, 7)]
    [InlineData("$keys($states.result)", "result", 6, 20)]
    public void StatesFieldIsTheStepAfterIt(string expression, string field, int start, int end)
    {
        JsonAtaStatesField use = Assert.Single(Collect(expression).StatesFields);
        Assert.Equal((field, start, end), (use.Field, use.Start, use.End));
    }

    [Fact]
    public void ReboundStatesIsNotReported()
    {
        Assert.Empty(Collect("($states := {'input': 1}; $states.input)").StatesFields);
        Assert.Empty(Collect("function($states) { $states.input }").StatesFields);
    }

    [Fact]
    public void UnknownFunctionIsAProblemOnItsName()
    {
        JsonAtaReferences references = Collect("1 + $foo(1)");
        JsonAtaFunctionProblem problem = Assert.Single(references.FunctionProblems);
        Assert.Equal((4, 8), (problem.Start, problem.End));
        Assert.Contains("$foo", problem.Message);
        Assert.Empty(references.FreeVariables);
        Assert.Equal(("foo", 1), (references.FunctionCalls[0].Name, references.FunctionCalls[0].ArgumentCount));
    }

    [Theory]
    [InlineData("$uppercase('a', 'b')", 1)]
    [InlineData("'a' ~> $uppercase('b')", 1)]
    [InlineData("'a' ~> $uppercase()", 0)]
    [InlineData("$substring(?, 0, 2, ?)", 1)]
    [InlineData("$substring(?, 0)", 0)]
    [InlineData("$uuid(1)", 1)]
    [InlineData("$map([1], $string, 2)", 1)]
    [InlineData("'x' ~> $map($string)", 0)]
    [InlineData("$zip([1], [2], [3], [4])", 0)]
    [InlineData("($f := function() { 1 }; $f(1, 2, 3))", 0)]
    [InlineData("a.$uppercase()", 0)]
    [InlineData("$x ~> $count", 0)]
    public void ArityIsCountedAsTheFunctionReceivesIt(string expression, int problems)
    {
        Assert.Equal(problems, Collect(expression).FunctionProblems.Count);
    }

    [Fact]
    public void ArityProblemSpansTheArgumentList()
    {
        JsonAtaFunctionProblem problem = Assert.Single(Collect("$uuid(1)").FunctionProblems);
        Assert.Equal((5, 8), (problem.Start, problem.End));
    }

    [Fact]
    public void CallsOfFreeNamesAreListedWithWhatTheyReceive()
    {
        JsonAtaReferences references = Collect("$sum(a) + ($f := function() { 1 }; $f()) + (x ~> $join(','))");
        Assert.Equal(new[] { ("sum", 1), ("join", 2) }, references.FunctionCalls.Select(c => (c.Name, c.ArgumentCount)));
    }

    [Fact]
    public void CatalogueKnowsTheBuiltInsAndTheStepFunctionsAdditions()
    {
        Assert.True(JsonAtaFunctions.IsKnown("sum"));
        Assert.True(JsonAtaFunctions.IsKnown("formatInteger"));
        Assert.False(JsonAtaFunctions.IsKnown("Sum"));
        Assert.False(JsonAtaFunctions.IsStepFunctionsFunction("sum"));
        foreach (string name in new[] { "partition", "range", "hash", "random", "uuid", "parse" })
        {
            Assert.True(JsonAtaFunctions.IsStepFunctionsFunction(name), name);
        }

        Assert.Equal("<s-nn?:s>", JsonAtaFunctions.Signature("substring"));
        Assert.Equal("<n?:n>", JsonAtaFunctions.Signature("random"));
        Assert.Null(JsonAtaFunctions.Signature("nope"));
        Assert.All(JsonAtaFunctions.Names, n => Assert.NotNull(JsonAtaFunctions.ParsedSignature(n)));
    }

    [Theory]
    [InlineData("substring", 1, true, false)]
    [InlineData("substring", 1, false, true)]
    [InlineData("substring", 4, true, true)]
    [InlineData("uppercase", 0, true, false)]
    [InlineData("uppercase", 0, false, true)]
    [InlineData("zip", 9, false, false)]
    [InlineData("zip", 0, false, true)]
    [InlineData("map", 3, true, true)]
    [InlineData("now", 2, false, false)]
    [InlineData("range", 2, false, true)]
    [InlineData("random", 1, false, false)]
    [InlineData("unknown", 7, false, false)]
    public void ArityProblemFollowsTheSignature(string name, int count, bool context, bool refused)
    {
        Assert.Equal(refused, JsonAtaFunctions.ArityProblem(name, count, context) is not null);
    }
}
