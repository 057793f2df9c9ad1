using StepGen.Asl.Paths;

namespace StepGen.Asl.Tests;

/// <summary>
/// Where a path written inside a condition or an intrinsic argument ends. Each case marks the path with « and »,
/// which the test removes: what follows » is the rest of the enclosing expression.
/// </summary>
public class PathExtentTests
{
    private static (string Text, int Start, int Length) Case(string marked)
    {
        int start = marked.IndexOf('«');
        int end = marked.IndexOf('»');
        Assert.True(start >= 0 && end > start, "mark the path with « and »: " + marked);
        return (marked.Remove(end, 1).Remove(start, 1), start, end - start - 1);
    }

    private static void InBoth(string marked)
    {
        (string text, int start, int length) = Case(marked);
        Assert.Equal(text.Substring(start, length), text.Substring(start, PathExtent.InCondition(text, start)));
        Assert.Equal(text.Substring(start, length), text.Substring(start, PathExtent.InIntrinsicArgument(text, start)));
    }

    private static void InCondition(string marked)
    {
        (string text, int start, int length) = Case(marked);
        Assert.Equal(text.Substring(start, length), text.Substring(start, PathExtent.InCondition(text, start)));
    }

    private static void InArgument(string marked)
    {
        (string text, int start, int length) = Case(marked);
        Assert.Equal(text.Substring(start, length), text.Substring(start, PathExtent.InIntrinsicArgument(text, start)));
    }

    [Theory]
    // At the end of the text.
    [InlineData("«$»")]
    [InlineData("«$$.Execution.Id»")]
    [InlineData("«$.a.b[0]»")]
    [InlineData("«$myVar.x»")]
    [InlineData("x(«$.a»")]
    // A ',' or a ')' that closes nothing ends it.
    [InlineData("«$.a», 1")]
    [InlineData("f(«$.a»)")]
    [InlineData("f(«$.items[0].price»), 2)")]
    [InlineData("f(«$..name»)")]
    // Quoted names inside brackets are skipped whole: ')', ',', spaces, operators and escaped quotes.
    [InlineData("f(«$['x)y']»)")]
    [InlineData("f(«$['a,b']», 1)")]
    [InlineData("f(«$['a b']» )")]
    [InlineData("f(«$['a == b && c']»)")]
    [InlineData("f(«$['it\\'s)']»)")]
    [InlineData("f(«$[\"q\\\")\"]»)")]
    [InlineData("f(«$['a']['b,c']»)")]
    // Filters and functions: their parentheses nest, with quoted strings inside.
    [InlineData("f(«$.a[?(@.a > 1)]»)")]
    [InlineData("f(«$.a[?(@.name == 'x,)')].id», 2)")]
    [InlineData("f(«$.a[?(@.b && (@.c || @.d))]»)")]
    [InlineData("f(«$.items.length()»)")]
    // Unions and slices: ',' inside brackets is part of the path.
    [InlineData("f(«$.a[0,1]», 2)")]
    [InlineData("f(«$.a[1:3]»)")]
    [InlineData("f(«$.a[[0]]»)")]
    // A backslash outside brackets escapes the next character, even ',' and ')'.
    [InlineData("f(«$.a\\,b»)")]
    [InlineData("f(«$.a\\)b»)")]
    [InlineData("f(«$.store\\.book»)")]
    [InlineData("f(«$.a\\ »)")]
    [InlineData("f(«$.a\\»")]
    // Inside brackets a backslash outside quotes is an ordinary character, as the path parser reads a filter.
    [InlineData("f(«$[?(@.a == \\'x')]», 1)")]
    [InlineData("f(«$[?(@.a\\)]»)")]
    // A ')' that closes no '(' ends the path even inside brackets.
    [InlineData("f(«$.a[0»), 1)")]
    [InlineData("f(«$.a[»)")]
    // A ']' without '[' does not end it (the path parser reports it).
    [InlineData("f(«$.a]»)")]
    // An unterminated quoted name runs to the end.
    [InlineData("f(«$['x)»")]
    public void EndsTheSameInBoth(string marked) => InBoth(marked);

    [Theory]
    [InlineData("«$.a» == 1")]
    [InlineData("«$.a»==1")]
    [InlineData("«$.a»!='x'")]
    [InlineData("«$.a»<1")]
    [InlineData("«$.a»>=1")]
    [InlineData("«$.a»&&$.b")]
    [InlineData("«$.a»||x")]
    [InlineData("«$.a»\t== 1")]
    [InlineData("«$.a» b")]
    [InlineData("«$.items[?(@.a == 1)]» == 'y'")]
    [InlineData("«$.x[ 0 ]» == 1")]
    [InlineData("«$.a[0  »")]
    [InlineData("«$['x  »")]
    public void InAConditionSpacesAndOperatorsEndIt(string marked) => InCondition(marked);

    [Theory]
    [InlineData("f(«$.a==1», 2)")]
    [InlineData("f(«$.a&b», 1)")]
    [InlineData("f(«$.c|d»)")]
    [InlineData("f(«$.e!»)")]
    [InlineData("f(«$.f<g>h»)")]
    [InlineData("f(«$.a b»)")]
    [InlineData("f(«$.a»  , 1)")]
    [InlineData("f(«$.a»\t\n)")]
    [InlineData("f(«$.a\\ »  )")]
    [InlineData("f(«$.x[ 0 ]» )")]
    [InlineData("f(«$.a[0»  ")]
    [InlineData("f(«$['x»  ")]
    [InlineData("f(«$['x  ']» )")]
    public void InAnArgumentOnlyCommasAndParenthesesEndItAndTrailingSpacesAreDropped(string marked) => InArgument(marked);

    [Fact]
    public void LongPathsAreScannedInLinearTime()
    {
        string[] texts =
        {
            "$" + string.Concat(Enumerable.Repeat(".a", 1 << 19)),
            "$.a[" + new string('[', 1 << 20),
            "$.a[?(@.b == '" + new string('x', 1 << 20),
            "$" + string.Concat(Enumerable.Repeat("\\\\", 1 << 19)),
            "$.a" + new string(' ', 1 << 20) + ",",
        };
        foreach (string text in texts)
        {
            Assert.InRange(PathExtent.InCondition(text, 0), 1, text.Length);
            Assert.InRange(PathExtent.InIntrinsicArgument(text, 0), 1, text.Length);
        }
    }
}
