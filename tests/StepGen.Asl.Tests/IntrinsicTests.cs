using System.Diagnostics;
using System.Text;
using StepGen.Asl.Intrinsics;
using StepGen.Asl.Paths;
using StepGen.Asl.Text;

namespace StepGen.Asl.Tests;

public class IntrinsicTests
{
    private static IntrinsicCall Ok(string expression)
    {
        IntrinsicParseResult r = IntrinsicParser.Parse(expression);
        Assert.True(r.Success, r.Error);
        Assert.NotNull(r.Call);
        AssertSpans(expression, r.Call!);
        return r.Call!;
    }

    /// <summary>Every call and argument's offsets point at its own text.</summary>
    private static void AssertSpans(string expression, IntrinsicCall call)
    {
        Assert.Equal(call.Name, expression.Substring(call.NameOffset, call.NameLength));
        Assert.Equal(call.NameOffset, call.Offset);
        Assert.Equal(')', expression[call.Offset + call.Length - 1]);
        foreach (IntrinsicArgument a in call.Arguments)
        {
            Assert.Equal(a.Text, expression.Substring(a.Offset, a.Length));
            Assert.InRange(a.Offset, call.Offset, call.Offset + call.Length);
            Assert.Equal(a.Kind == IntrinsicArgumentKind.String, a.StringValue != null);
            Assert.Equal(a.Kind == IntrinsicArgumentKind.Call, a.Call != null);
            Assert.Equal(a.Kind == IntrinsicArgumentKind.Path, a.Path != null);
            if (a.Call != null)
            {
                Assert.Equal(a.Offset, a.Call.Offset);
                Assert.Equal(a.Length, a.Call.Length);
                AssertSpans(expression, a.Call);
            }
        }
    }

    private static void ParseError(string expression, string messagePart, int offset, int length)
    {
        IntrinsicParseResult r = IntrinsicParser.Parse(expression);
        Assert.False(r.Success);
        Assert.Null(r.Call);
        Assert.Contains(messagePart, r.Error);
        Assert.Equal(offset, r.ErrorOffset);
        Assert.Equal(length, r.ErrorLength);
    }

    private static IReadOnlyList<TextProblem> Problems(string expression) => IntrinsicChecker.Check(Ok(expression));

    private static void Valid(string expression)
    {
        IReadOnlyList<TextProblem> problems = Problems(expression);
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Message)));
    }

    private static TextProblem One(string expression, string messagePart)
    {
        IReadOnlyList<TextProblem> problems = Problems(expression);
        Assert.True(problems.Count == 1, expression + " gave:\n" + string.Join("\n", problems.Select(p => p.Message)));
        Assert.Contains(messagePart, problems[0].Message);
        Assert.InRange(problems[0].Offset, 0, expression.Length);
        Assert.InRange(problems[0].Offset + problems[0].Length, problems[0].Offset, expression.Length);
        return problems[0];
    }

    private static void At(TextProblem p, string expression, string spanText, int from = 0)
    {
        int offset = expression.IndexOf(spanText, from, StringComparison.Ordinal);
        Assert.True(offset >= 0, spanText + " not in " + expression);
        Assert.Equal(offset, p.Offset);
        Assert.Equal(spanText.Length, p.Length);
    }

    // ---------------------------------------------------------------- parsing

    [Fact]
    public void ParsesEveryArgumentKind()
    {
        const string e = "States.Array('a', 1, -2.5, true, false, null, $.x, $$.Execution.Id, $v.y, States.UUID())";
        IntrinsicCall call = Ok(e);
        Assert.Equal("States.Array", call.Name);
        Assert.Equal(0, call.Offset);
        Assert.Equal(e.Length, call.Length);
        Assert.Equal(
            new[]
            {
                IntrinsicArgumentKind.String, IntrinsicArgumentKind.Number, IntrinsicArgumentKind.Number, IntrinsicArgumentKind.Boolean,
                IntrinsicArgumentKind.Boolean, IntrinsicArgumentKind.Null, IntrinsicArgumentKind.Path, IntrinsicArgumentKind.Path,
                IntrinsicArgumentKind.Path, IntrinsicArgumentKind.Call,
            },
            call.Arguments.Select(a => a.Kind));
        Assert.Equal("'a'", call.Arguments[0].Text);
        Assert.Equal("a", call.Arguments[0].StringValue);
        Assert.Equal("-2.5", call.Arguments[2].Text);
        Assert.Equal(PathRoot.Input, call.Arguments[6].Path!.Root);
        Assert.Equal(PathRoot.Context, call.Arguments[7].Path!.Root);
        Assert.Equal(PathRoot.Variable, call.Arguments[8].Path!.Root);
        Assert.Equal("v", call.Arguments[8].Path!.VariableName);
        Assert.Equal("States.UUID", call.Arguments[9].Call!.Name);
        Assert.Empty(call.Arguments[9].Call!.Arguments);
    }

    [Fact]
    public void EmptyArgumentList()
    {
        IntrinsicCall call = Ok("States.UUID()");
        Assert.Empty(call.Arguments);
        Assert.Empty(Ok("States.Array(   )").Arguments);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("42")]
    [InlineData("2.5")]
    [InlineData("-0.25")]
    [InlineData("1e3")]
    [InlineData("-1.5E-2")]
    [InlineData("007")]
    public void Numbers(string number)
    {
        IntrinsicCall call = Ok("States.Array(" + number + ")");
        Assert.Equal(IntrinsicArgumentKind.Number, call.Arguments[0].Kind);
        Assert.Equal(number, call.Arguments[0].Text);
    }

    [Fact]
    public void WhitespaceAroundArgumentsAndCall()
    {
        const string e = "  States.Format( '{} {}' ,\t$.a ,\n States.UUID( ) )  ";
        IntrinsicCall call = Ok(e);
        Assert.Equal(2, call.Offset);
        Assert.Equal(3, call.Arguments.Count);
        Assert.Equal("$.a", call.Arguments[1].Text);
        Assert.Equal("States.UUID( )", call.Arguments[2].Text);
        Assert.Equal(e.TrimEnd().Length - 2, call.Length);
    }

    [Fact]
    public void StringEscapesAreDecoded()
    {
        // Intrinsic text: 'it\'s \{\} \\ done\n'
        IntrinsicCall call = Ok(@"States.Format('it\'s \{\} \\ done\n')");
        Assert.Equal(@"it's {} \ done\n", call.Arguments[0].StringValue);
        Assert.Equal(@"'it\'s \{\} \\ done\n'", call.Arguments[0].Text);

        Assert.Equal("a,b)c", Ok("States.Array('a,b)c')").Arguments[0].StringValue);
        Assert.Equal(string.Empty, Ok("States.Array('')").Arguments[0].StringValue);
    }

    [Theory]
    [InlineData("$['a,b']")]
    [InlineData("$[\"a)b\"]")]
    [InlineData("$.a[?(@.b > 1)]")]
    [InlineData("$.a[?(@.b == 'x,)')]")]
    [InlineData("$.a.length()")]
    [InlineData(@"$.a\,b")]
    [InlineData("$.a[0,1]")]
    [InlineData("$.a[1:3]")]
    [InlineData("$")]
    [InlineData("$$")]
    [InlineData("$..x")]
    public void PathsAreDelimitedOutsideBracketsAndQuotes(string path)
    {
        string e = "States.Array(" + path + ", 1)";
        IntrinsicCall call = Ok(e);
        Assert.Equal(2, call.Arguments.Count);
        Assert.Equal(path, call.Arguments[0].Text);
        Assert.True(call.Arguments[0].Path!.Success);
        Assert.Equal("1", call.Arguments[1].Text);
    }

    // Where a path argument ends (PathExtent.InIntrinsicArgument), on the inputs where the intrinsic parser and the
    // condition lexer used to read paths differently; ConditionTests has the condition side.

    [Fact]
    public void OperatorCharactersDoNotEndAPathArgument()
    {
        IntrinsicCall call = Ok("States.Array($.a==1, $.b&c, $.d|e, $.f!, $.g<h>i)");
        Assert.Equal(new[] { "$.a==1", "$.b&c", "$.d|e", "$.f!", "$.g<h>i" }, call.Arguments.Select(a => a.Text).ToArray());
    }

    [Fact]
    public void SpacesInsideAPathArgumentAreReadAndTrailingOnesDropped()
    {
        Assert.Equal("$.a", Ok("States.Array($.a  , 1)").Arguments[0].Text);
        ParseError("States.Array($.a b)", "unexpected space in the property name 'a b': write ['a b'] for names with spaces", 16, 1);
    }

    [Fact]
    public void AnEscapedSpaceAtTheEndOfAPathArgumentIsPartOfIt()
    {
        IntrinsicCall call = Ok("States.Array($.a\\  , 1)");
        Assert.Equal("$.a\\ ", call.Arguments[0].Text);
        Assert.Equal("a ", call.Arguments[0].Path!.Segments[0].Name);
    }

    [Fact]
    public void ABackslashInsideBracketsIsAnOrdinaryCharacter()
    {
        // As the path parser reads a filter: the backslash escapes nothing, so 'x' is a quoted part and the path ends at ','.
        IntrinsicCall call = Ok("States.Array($[?(@.a == \\'x')], 1)");
        Assert.Equal("$[?(@.a == \\'x')]", call.Arguments[0].Text);
        Assert.Equal("1", call.Arguments[1].Text);
    }

    [Fact]
    public void AnUnmatchedCloseParenthesisInsideBracketsEndsAPathArgument()
    {
        ParseError("States.Array($.a[0), 1)", "unclosed '[' opened at column 4: expected ']'", 16, 1);
    }

    [Fact]
    public void EscapedCommaInPathIsPartOfTheName()
    {
        IntrinsicCall call = Ok(@"States.Array($.a\,b)");
        Assert.Equal("a,b", call.Arguments[0].Path!.Segments[0].Name);
    }

    [Fact]
    public void NestedCallsHaveAbsoluteOffsets()
    {
        const string e = "States.Format('{}', States.ArrayGetItem(States.StringSplit($.s, ','), 0))";
        IntrinsicCall call = Ok(e);
        IntrinsicCall get = call.Arguments[1].Call!;
        IntrinsicCall split = get.Arguments[0].Call!;
        Assert.Equal(e.IndexOf("States.ArrayGetItem", StringComparison.Ordinal), get.NameOffset);
        Assert.Equal(e.IndexOf("States.StringSplit", StringComparison.Ordinal), split.NameOffset);
        Assert.Equal("States.StringSplit($.s, ',')", split.Arguments.Count == 2 ? e.Substring(split.Offset, split.Length) : null);
        Assert.Equal(e.IndexOf("$.s", StringComparison.Ordinal), split.Arguments[0].Offset);
    }

    [Fact]
    public void NamesMayUseAnyNameCharacters()
    {
        Assert.Equal("My_Func.v2", Ok("My_Func.v2(1)").Name);
        Assert.Equal("States.Format", Ok("States.Format('x')").Name);
    }

    [Fact]
    public void ParseNeverReturnsNullOrThrowsOnNull()
    {
        IntrinsicParseResult r = IntrinsicParser.Parse(null!);
        Assert.False(r.Success);
        Assert.Equal(string.Empty, r.Expression);
    }

    [Theory]
    [InlineData("", "must not be empty", 0, 0)]
    [InlineData("   ", "must not be empty", 0, 3)]
    [InlineData("$.a", "this is a path, not an intrinsic function call", 0, 3)]
    [InlineData("'x'", "starts with a function name", 0, 1)]
    [InlineData("States.Format", "expected '(' after the function name 'States.Format'", 0, 13)]
    [InlineData("States.Format ('x')", "unexpected space between the function name 'States.Format' and '('", 13, 1)]
    [InlineData("States-Format('x')", "unexpected '-' after the function name 'States'", 6, 1)]
    [InlineData("States.Format('x'", "missing ')' to close the call to States.Format opened at column 14", 13, 1)]
    [InlineData("States.Format('x', ", "missing ')'", 13, 1)]
    [InlineData("States.Format(", "missing ')'", 13, 1)]
    [InlineData("States.Format('x", "unterminated string: missing the closing quote", 14, 2)]
    [InlineData(@"States.Format('x\')", "the '\\' at column 17 escapes the quote after it; write '\\\\' for a backslash", 14, 5)]
    [InlineData(@"States.Format('a\', $.b)", "the '\\' at column 17 escapes the quote after it", 14, 10)]
    [InlineData(@"States.Format('it\'s {}, $.b)", "unterminated string: missing the closing quote (')", 14, 15)]
    [InlineData(@"States.Format('x\", "dangling '\\'", 16, 1)]
    [InlineData("States.Format('x', )", "expected an argument after ','", 17, 1)]
    [InlineData("States.Format(,'x')", "expected an argument before ','", 14, 1)]
    [InlineData("States.Format('x') extra", "nothing may follow its closing ')'", 19, 5)]
    [InlineData("States.Format('x'))", "nothing may follow", 18, 1)]
    [InlineData("States.Format(\"x\")", "single quotes", 14, 1)]
    [InlineData("States.Format('a' 'b')", "expected ',' or ')' after the argument, found '''", 18, 1)]
    [InlineData("States.MathAdd(1.)", "expected a digit after the decimal point", 16, 1)]
    [InlineData("States.MathAdd(-)", "expected a digit after '-'", 15, 1)]
    [InlineData("States.MathAdd(1e)", "exponent", 16, 1)]
    [InlineData("States.MathAdd(12abc)", "unexpected 'a' after the number '12'", 17, 1)]
    [InlineData("States.MathAdd(+1, 2)", "must not start with '+'", 15, 1)]
    [InlineData("States.MathAdd(.5, 2)", "write 0.5", 15, 1)]
    [InlineData("States.Array(True)", "write true in lower case", 13, 4)]
    [InlineData("States.Array(NULL)", "write null in lower case", 13, 4)]
    [InlineData("States.Array(foo)", "unexpected 'foo'", 13, 3)]
    [InlineData("States.Array(foo-1)", "unexpected '-' after 'foo'", 16, 1)]
    [InlineData("States.Array({})", "JSON objects and arrays", 13, 1)]
    [InlineData("States.Array([1])", "JSON objects and arrays", 13, 1)]
    [InlineData("States.Array(#)", "unexpected '#'", 13, 1)]
    [InlineData("States.Array(States.UUID ())", "unexpected space between the function name 'States.UUID'", 24, 1)]
    public void SyntaxErrors(string expression, string message, int offset, int length) => ParseError(expression, message, offset, length);

    [Fact]
    public void NoBackslashHintForIntendedEscapes()
    {
        IntrinsicParseResult r = IntrinsicParser.Parse(@"States.Format('it\'s {}, $.b)");
        Assert.Equal("unterminated string: missing the closing quote (')", r.Error);
    }

    [Theory]
    [InlineData("States.Array($.a b)", "unexpected space in the property name", 16)]
    [InlineData("States.Array($.a.)", "a path must not end with '.'", 16)]
    [InlineData("States.Array($.a[0)", "unclosed '[' opened at column 4", 16)]
    [InlineData("States.Array(1, $.a[)", "unclosed '[' opened at column 4", 19)]
    [InlineData("States.Array(${Sub})", "deployment substitution", 14)]
    [InlineData("States.Format('{}', $.a..)", "after '..'", 23)]
    [InlineData("States.Format('{}', $['x)", "unterminated quoted name", 22)]
    [InlineData("States.Array($.a[abc])", "must be quoted", 17)]
    public void PathErrorsAreReportedAtTheirOffsetInTheExpression(string expression, string message, int offset)
    {
        IntrinsicParseResult r = IntrinsicParser.Parse(expression);
        Assert.False(r.Success);
        Assert.Contains(message, r.Error);
        Assert.Equal(offset, r.ErrorOffset);

        // The same error as the path parser's, shifted by where the path starts.
        int start = expression.IndexOf('$');
        int end = start;
        int brackets = 0;
        while (end < expression.Length && expression[end] != ')' && !(expression[end] == ',' && brackets == 0))
        {
            brackets += expression[end] == '[' ? 1 : expression[end] == ']' ? -1 : 0;
            end++;
        }

        PathParseResult path = PathParser.Parse(expression.Substring(start, end - start).TrimEnd());
        if (!path.Success && !expression.Contains('\''))
        {
            Assert.Equal(path.Error, r.Error);
            Assert.Equal(start + path.ErrorOffset, r.ErrorOffset);
            Assert.Equal(path.ErrorLength, r.ErrorLength);
        }
    }

    [Fact]
    public void NestingIsCapped()
    {
        string Nest(int depth) => string.Concat(Enumerable.Repeat("States.Array(", depth)) + string.Concat(Enumerable.Repeat(")", depth));

        Ok(Nest(IntrinsicParser.MaxDepth));
        string tooDeep = Nest(IntrinsicParser.MaxDepth + 1);
        int lastName = tooDeep.LastIndexOf("States.Array", StringComparison.Ordinal);
        ParseError(tooDeep, "nested more than 32 deep", lastName, "States.Array".Length);

        // Far deeper than the cap: an error, not a stack overflow.
        Assert.False(IntrinsicParser.Parse(Nest(200_000)).Success);
    }

    [Fact]
    public void LargeInputsParseInLinearTime()
    {
        var sw = Stopwatch.StartNew();
        string many = "States.Array(" + string.Join(", ", Enumerable.Repeat("1", 200_000)) + ")";
        Assert.Equal(200_000, Ok(many).Arguments.Count);
        string longString = "States.Base64Encode('" + new string('a', 1_000_000) + "')";
        Assert.Equal(1_000_000, Ok(longString).Arguments[0].StringValue!.Length);
        string longPath = "States.ArrayLength($" + string.Concat(Enumerable.Repeat(".a", 200_000)) + ")";
        Assert.Equal(200_000, Ok(longPath).Arguments[0].Path!.Segments.Count);
        string unclosed = "States.Array(" + new string('(', 500_000);
        Assert.False(IntrinsicParser.Parse(unclosed).Success);
        string unterminated = "States.Array($['" + new string('x', 500_000);
        Assert.False(IntrinsicParser.Parse(unterminated).Success);
        Assert.Empty(IntrinsicChecker.Check(Ok(many)));
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(20), sw.Elapsed.ToString());
    }

    [Fact]
    public void RandomInputNeverThrows()
    {
        var random = new Random(12345);
        const string alphabet = "States.FormatArrayUUID()',$$[]{}\\\" .-0123456789e?@*:truefalsenull\t";
        string[] seeds =
        {
            "States.Format('{} {}', $.a, States.MathAdd($.n, 1))",
            "States.ArrayGetItem(States.StringSplit($['a b'][0], ','), 0)",
            "States.Hash(States.JsonToString($.a[?(@.x == 'y')]), 'SHA-256')",
            @"States.Format('\{\} \' \\ {}', $$.Execution.Id)",
            "States.ArrayRange(-1.5e2, 10, 2)",
        };

        for (int i = 0; i < 30_000; i++)
        {
            string input;
            if (i % 2 == 0)
            {
                var sb = new StringBuilder();
                int length = random.Next(0, 50);
                for (int j = 0; j < length; j++)
                {
                    sb.Append(alphabet[random.Next(alphabet.Length)]);
                }

                input = sb.ToString();
            }
            else
            {
                var sb = new StringBuilder(seeds[random.Next(seeds.Length)]);
                int edits = random.Next(1, 5);
                for (int j = 0; j < edits && sb.Length > 0; j++)
                {
                    int at = random.Next(sb.Length);
                    switch (random.Next(3))
                    {
                        case 0: sb.Remove(at, 1); break;
                        case 1: sb.Insert(at, alphabet[random.Next(alphabet.Length)]); break;
                        default: sb[at] = alphabet[random.Next(alphabet.Length)]; break;
                    }
                }

                input = sb.ToString();
            }

            IntrinsicParseResult r = IntrinsicParser.Parse(input);
            Assert.Equal(r.Success, r.Call != null);
            if (r.Success)
            {
                AssertSpans(input, r.Call!);
                foreach (TextProblem p in IntrinsicChecker.Check(r.Call!))
                {
                    Assert.False(string.IsNullOrEmpty(p.Message));
                    Assert.InRange(p.Offset, 0, input.Length);
                    Assert.InRange(p.Offset + p.Length, p.Offset, input.Length);
                }
            }
            else
            {
                Assert.False(string.IsNullOrEmpty(r.Error));
                Assert.InRange(r.ErrorOffset, 0, input.Length);
                Assert.InRange(r.ErrorOffset + r.ErrorLength, r.ErrorOffset, input.Length);
            }
        }
    }

    // ---------------------------------------------------------------- arity

    [Theory]
    [InlineData("States.Format('x')")]
    [InlineData("States.Format('{} {}', $.a, 1)")]
    [InlineData("States.Format($.template, $.a, $.b, $.c)")]
    [InlineData("States.StringToJson($.s)")]
    [InlineData("States.JsonToString($.o)")]
    [InlineData("States.Array()")]
    [InlineData("States.Array(1, 'a', true, null, $.x, States.UUID())")]
    [InlineData("States.ArrayPartition($.a, 2)")]
    [InlineData("States.ArrayContains($.a, 'x')")]
    [InlineData("States.ArrayRange(1, 9, 2)")]
    [InlineData("States.ArrayGetItem($.a, 0)")]
    [InlineData("States.ArrayLength($.a)")]
    [InlineData("States.ArrayUnique($.a)")]
    [InlineData("States.Base64Encode('hello')")]
    [InlineData("States.Base64Decode('aGVsbG8=')")]
    [InlineData("States.Hash($.data, 'SHA-256')")]
    [InlineData("States.JsonMerge($.a, $.b, false)")]
    [InlineData("States.MathRandom(1, 10)")]
    [InlineData("States.MathRandom(1, 10, 42)")]
    [InlineData("States.MathAdd($.n, 1)")]
    [InlineData("States.StringSplit($.s, ',')")]
    [InlineData("States.UUID()")]
    public void ValidArity(string expression) => Valid(expression);

    [Theory]
    [InlineData("States.Format()", "States.Format needs at least a template string")]
    [InlineData("States.StringToJson()", "States.StringToJson takes 1 argument, States.StringToJson(jsonText), but was given none")]
    [InlineData("States.StringToJson($.a, $.b)", "States.StringToJson takes 1 argument, States.StringToJson(jsonText), but was given 2")]
    [InlineData("States.JsonToString()", "States.JsonToString takes 1 argument")]
    [InlineData("States.JsonToString($.a, $.b)", "States.JsonToString takes 1 argument")]
    [InlineData("States.ArrayPartition($.a)", "States.ArrayPartition takes 2 arguments, States.ArrayPartition(array, chunkSize), but was given 1")]
    [InlineData("States.ArrayPartition($.a, 2, 3)", "States.ArrayPartition takes 2 arguments")]
    [InlineData("States.ArrayContains($.a)", "States.ArrayContains takes 2 arguments")]
    [InlineData("States.ArrayContains($.a, 1, 2)", "States.ArrayContains takes 2 arguments")]
    [InlineData("States.ArrayRange(1, 2)", "States.ArrayRange takes 3 arguments, States.ArrayRange(start, end, step), but was given 2")]
    [InlineData("States.ArrayRange(1, 2, 3, 4)", "States.ArrayRange takes 3 arguments")]
    [InlineData("States.ArrayGetItem($.a)", "States.ArrayGetItem takes 2 arguments")]
    [InlineData("States.ArrayGetItem($.a, 0, 1)", "States.ArrayGetItem takes 2 arguments")]
    [InlineData("States.ArrayLength()", "States.ArrayLength takes 1 argument")]
    [InlineData("States.ArrayLength($.a, $.b)", "States.ArrayLength takes 1 argument")]
    [InlineData("States.ArrayUnique()", "States.ArrayUnique takes 1 argument")]
    [InlineData("States.ArrayUnique($.a, $.b)", "States.ArrayUnique takes 1 argument")]
    [InlineData("States.Base64Encode()", "States.Base64Encode takes 1 argument")]
    [InlineData("States.Base64Encode('a', 'b')", "States.Base64Encode takes 1 argument")]
    [InlineData("States.Base64Decode()", "States.Base64Decode takes 1 argument")]
    [InlineData("States.Base64Decode('a', 'b')", "States.Base64Decode takes 1 argument")]
    [InlineData("States.Hash($.a)", "States.Hash takes 2 arguments, States.Hash(data, algorithm), but was given 1")]
    [InlineData("States.Hash($.a, 'MD5', 'x')", "States.Hash takes 2 arguments")]
    [InlineData("States.JsonMerge($.a, $.b)", "States.JsonMerge takes 3 arguments")]
    [InlineData("States.JsonMerge($.a, $.b, false, true)", "States.JsonMerge takes 3 arguments")]
    [InlineData("States.MathRandom(1)", "States.MathRandom takes 2 or 3 arguments, States.MathRandom(start, end[, seed]), but was given 1")]
    [InlineData("States.MathRandom(1, 2, 3, 4)", "States.MathRandom takes 2 or 3 arguments")]
    [InlineData("States.MathAdd(1)", "States.MathAdd takes 2 arguments")]
    [InlineData("States.MathAdd(1, 2, 3)", "States.MathAdd takes 2 arguments")]
    [InlineData("States.StringSplit($.a)", "States.StringSplit takes 2 arguments")]
    [InlineData("States.StringSplit($.a, ',', ';')", "States.StringSplit takes 2 arguments")]
    [InlineData("States.UUID(1)", "States.UUID takes no arguments: write States.UUID()")]
    public void InvalidArity(string expression, string message) => One(expression, message);

    [Fact]
    public void TooFewArgumentsPointAtTheNameAndTooManyAtTheExtras()
    {
        const string few = "States.Format('{}', States.MathAdd(1))";
        At(One(few, "takes 2 arguments"), few, "States.MathAdd");

        const string many = "States.ArrayLength($.a, $.b, States.UUID())";
        At(One(many, "but was given 3"), many, "$.b, States.UUID()");
    }

    [Fact]
    public void KnownFunctionsAndReturnsString()
    {
        Assert.Equal(18, IntrinsicChecker.KnownFunctions.Count);
        Assert.Equal("States.Format", IntrinsicChecker.KnownFunctions[0]);
        Assert.Contains("States.UUID", IntrinsicChecker.KnownFunctions);
        string[] strings = { "States.Format", "States.JsonToString", "States.ArrayGetItem", "States.Base64Encode", "States.Base64Decode", "States.Hash", "States.UUID" };
        foreach (string name in IntrinsicChecker.KnownFunctions)
        {
            Assert.Equal(strings.Contains(name), IntrinsicChecker.ReturnsString(name));
        }

        Assert.False(IntrinsicChecker.ReturnsString("States.format"));
        Assert.False(IntrinsicChecker.ReturnsString(null!));
        Assert.Empty(IntrinsicChecker.Check(null!));
    }

    // ---------------------------------------------------------------- function names

    [Fact]
    public void UnknownFunctionWithSuggestion()
    {
        const string e = "States.Format('{}', States.Fromat('x'))";
        TextProblem p = One(e, "unknown intrinsic function 'States.Fromat'; did you mean 'States.Format'?");
        At(p, e, "States.Fromat");
        Assert.Equal("States.Format", p.Suggestion);
    }

    [Fact]
    public void FunctionNamesAreCaseSensitive()
    {
        TextProblem p = One("States.arrayLength($.a)", "function names are case-sensitive; write 'States.ArrayLength'");
        Assert.Equal("States.ArrayLength", p.Suggestion);
    }

    [Theory]
    [InlineData("Format('x')", "States.Format")]
    [InlineData("ArrayLength($.a)", "States.ArrayLength")]
    [InlineData("states.UUID()", "States.UUID")]
    [InlineData("State.Hash($.a, 'MD5')", "States.Hash")]
    public void NamesMustStartWithStates(string expression, string suggestion)
    {
        TextProblem p = One(expression, "intrinsic functions start with 'States.'; did you mean '" + suggestion + "'?");
        Assert.Equal(suggestion, p.Suggestion);
        Assert.Equal(0, p.Offset);
        Assert.Equal(expression.IndexOf('('), p.Length);
    }

    [Fact]
    public void UnknownFunctionWithoutSuggestion()
    {
        TextProblem p = One("States.Frobnicate()", "the intrinsic functions are States.Format, States.StringToJson");
        Assert.Null(p.Suggestion);
        TextProblem q = One("lambda()", "'lambda' is not an intrinsic function: intrinsic functions start with 'States.', for example States.Format");
        Assert.Null(q.Suggestion);
    }

    [Fact]
    public void ArgumentsOfUnknownFunctionsAreStillChecked()
    {
        IReadOnlyList<TextProblem> problems = Problems("States.Nope(States.MathAdd(1))");
        Assert.Equal(2, problems.Count);
        Assert.Contains("unknown intrinsic function", problems[0].Message);
        Assert.Contains("States.MathAdd takes 2 arguments", problems[1].Message);
    }

    // ---------------------------------------------------------------- argument kinds

    [Fact]
    public void StringWhereNumberIsNeeded()
    {
        const string e = "States.MathAdd('5', 1)";
        TextProblem p = One(e, "the 1st argument of States.MathAdd (the first number) must be a number, not the string '5'; write 5 without quotes");
        At(p, e, "'5'");
        Assert.Equal("5", p.Suggestion);
    }

    [Fact]
    public void NumberWhereStringIsNeeded()
    {
        const string e = "States.StringSplit($.s, 5)";
        TextProblem p = One(e, "the 2nd argument of States.StringSplit (the delimiter) must be a string, not the number 5; write '5' in single quotes");
        At(p, e, "5");
        Assert.Equal("'5'", p.Suggestion);
    }

    [Theory]
    [InlineData("States.ArrayPartition($.a, 0)", "must be a positive whole number such as 2, not 0")]
    [InlineData("States.ArrayPartition($.a, -3)", "must be a positive whole number such as 2, not -3")]
    [InlineData("States.ArrayPartition($.a, 1.5)", "must be a positive whole number such as 2, not 1.5")]
    [InlineData("States.ArrayPartition($.a, '2')", "the 2nd argument of States.ArrayPartition (the chunk size) must be a positive whole number, not the string '2'; write 2 without quotes")]
    [InlineData("States.ArrayPartition('abc', 2)", "the 1st argument of States.ArrayPartition (the array) must be an array, not the string 'abc': use a path such as $.items")]
    [InlineData("States.ArrayPartition(States.Format('x'), 2)", "must be an array, not States.Format(...), which returns a string")]
    [InlineData("States.ArrayRange(1, 5, 0)", "the 3rd argument of States.ArrayRange (the step) must not be 0: use 1 to count up or -1 to count down")]
    [InlineData("States.ArrayRange(1.5, 5, 1)", "the 1st argument of States.ArrayRange (the start) must be a whole number, not 1.5")]
    [InlineData("States.ArrayRange(1, '5', 1)", "must be a whole number, not the string '5'; write 5 without quotes")]
    [InlineData("States.ArrayRange(1, 5, true)", "must be a whole number other than 0, not the boolean true")]
    [InlineData("States.ArrayGetItem($.a, 1.5)", "(the index) must be a whole number, not 1.5")]
    [InlineData("States.ArrayGetItem($.a, '0')", "(the index) must be a whole number, not the string '0'; write 0 without quotes")]
    [InlineData("States.ArrayGetItem(States.JsonMerge($.a, $.b, false), 0)", "must be an array, not States.JsonMerge(...), which returns a JSON object")]
    [InlineData("States.ArrayContains(null, 1)", "must be an array, not null")]
    [InlineData("States.ArrayLength('abc')", "the argument of States.ArrayLength (the array) must be an array, not the string 'abc'")]
    [InlineData("States.ArrayLength(States.Format('x'))", "which returns a string")]
    [InlineData("States.ArrayUnique(3)", "must be an array, not the number 3")]
    [InlineData("States.Base64Encode(123)", "the argument of States.Base64Encode (the text to encode) must be a string, not the number 123; write '123' in single quotes")]
    [InlineData("States.Base64Decode(States.Array())", "must be a string, not States.Array(...), which returns an array")]
    [InlineData("States.Hash($.a, States.ArrayLength($.b))", "the 2nd argument of States.Hash (the algorithm) must be one of 'MD5', 'SHA-1', 'SHA-256', 'SHA-384' or 'SHA-512', not States.ArrayLength(...), which returns a number")]
    [InlineData("States.Hash($.a, 256)", "must be one of 'MD5', 'SHA-1', 'SHA-256', 'SHA-384' or 'SHA-512', not the number 256")]
    [InlineData("States.JsonMerge($.a, $.b, 'false')", "the 3rd argument of States.JsonMerge (the deep-merge flag) must be true or false, not the string 'false'; write false without quotes")]
    [InlineData("States.JsonMerge($.a, $.b, 0)", "must be true or false, not the number 0")]
    [InlineData("States.JsonMerge('x', $.b, false)", "the 1st argument of States.JsonMerge (the first object) must be a JSON object, not the string 'x'")]
    [InlineData("States.JsonMerge($.a, States.Array(), false)", "(the second object) must be a JSON object, not States.Array(...), which returns an array")]
    [InlineData("States.MathRandom('1', 10)", "must be a number, not the string '1'; write 1 without quotes")]
    [InlineData("States.MathRandom(1, 10, 'seed')", "the 3rd argument of States.MathRandom (the seed) must be a number, not the string 'seed'")]
    [InlineData("States.MathAdd(true, 1)", "must be a number, not the boolean true")]
    [InlineData("States.MathAdd(States.UUID(), 1)", "must be a number, not States.UUID(...), which returns a string")]
    [InlineData("States.StringSplit(States.ArrayLength($.a), ',')", "(the string to split) must be a string, not States.ArrayLength(...), which returns a number")]
    [InlineData("States.StringToJson(42)", "(the JSON text) must be a string, not the number 42")]
    [InlineData("States.Format(5)", "the 1st argument of States.Format (the template) must be a template string such as 'Hello, {}', not the number 5; write '5' in single quotes")]
    [InlineData("States.Format(States.ArrayLength($.a))", "must be a template string such as 'Hello, {}', not States.ArrayLength(...), which returns a number")]
    [InlineData("States.Format('{}', States.Array(1))", "the 2nd argument of States.Format (a value for '{}') must be a string, number, boolean or null, not States.Array(...), which returns an array: use States.JsonToString($.path)")]
    [InlineData("States.Format('{}', States.JsonMerge($.a, $.b, false))", "must be a string, number, boolean or null, not States.JsonMerge(...), which returns a JSON object")]
    [InlineData("States.JsonToString('x')", "the argument of States.JsonToString (the value to serialize) must be a path such as $.order, not the string 'x'")]
    [InlineData("States.JsonToString(States.Array(1))", "must be a path such as $.order, not States.Array(...), which returns an array")]
    [InlineData("States.StringToJson('not json')", "the argument of States.StringToJson (the JSON text) is not valid JSON")]
    public void KindProblems(string expression, string message)
    {
        TextProblem p = One(expression, message);
        int open = expression.IndexOf('(');
        Assert.True(p.Offset > open, "the problem points into the arguments");
    }

    [Theory]
    [InlineData("States.MathAdd($.a, $$.State.RetryCount)")]
    [InlineData("States.MathAdd($counter, -1)")]
    [InlineData("States.MathAdd(1.5, 2)")]
    [InlineData("States.MathRandom(0.5, 9.5)")]
    [InlineData("States.MathAdd(States.ArrayLength($.a), States.MathRandom(1, 2))")]
    [InlineData("States.MathAdd(States.ArrayGetItem($.a, 0), States.StringToJson($.n))")]
    [InlineData("States.ArrayRange($.a, $.b, $.c)")]
    [InlineData("States.ArrayRange(10, 0, -2)")]
    [InlineData("States.ArrayRange(1000, 0, 1)")]
    [InlineData("States.ArrayRange(0, 999, 1)")]
    [InlineData("States.ArrayRange(0, 5000, 10)")]
    [InlineData("States.ArrayRange(0, $.end, 1)")]
    [InlineData("States.ArrayRange(1.0, 3, 1)")]
    [InlineData("States.ArrayPartition(States.ArrayRange(1, 9, 1), 2)")]
    [InlineData("States.ArrayPartition(States.StringSplit($.s, ','), $.size)")]
    [InlineData("States.ArrayGetItem(States.StringToJson($.json), 0)")]
    [InlineData("States.ArrayLength(States.ArrayGetItem($.matrix, 0))")]
    [InlineData("States.ArrayContains($.a, States.Array(1))")]
    [InlineData("States.Hash(States.Array(1, 2), 'MD5')")]
    [InlineData("States.Hash($.a, States.Format('SHA-{}', 256))")]
    [InlineData("States.Hash($.a, States.ArrayGetItem($.algorithms, 0))")]
    [InlineData("States.Hash($.a, $.algorithm)")]
    [InlineData("States.JsonMerge($.a, States.StringToJson($.b), true)")]
    [InlineData("States.JsonMerge(States.JsonMerge($.a, $.b, false), $.c, $.deep)")]
    [InlineData("States.Base64Encode(States.JsonToString($.o))")]
    [InlineData("States.Base64Decode(States.Base64Encode('x'))")]
    [InlineData("States.Format('{} {} {} {}', 1, true, null, States.ArrayContains($.a, 1))")]
    [InlineData("States.Format('{}', States.ArrayGetItem($.a, 0))")]
    [InlineData("States.Format(States.Format('{}', $.x), 1)")]
    [InlineData("States.StringToJson('\\{\"a\": [1, 2]\\}')")]
    [InlineData("States.StringToJson('5')")]
    [InlineData("States.StringToJson('\"x\\\\\"y\"')")]
    [InlineData("States.StringSplit(States.Format('{},{}', 1, 2), ',')")]
    [InlineData("States.Array(States.Array(), States.JsonMerge($.a, $.b, false))")]
    public void ValidKinds(string expression) => Valid(expression);

    [Theory]
    [InlineData("MD5")]
    [InlineData("SHA-1")]
    [InlineData("SHA-256")]
    [InlineData("SHA-384")]
    [InlineData("SHA-512")]
    public void EveryHashAlgorithmIsAccepted(string algorithm) => Valid("States.Hash($.data, '" + algorithm + "')");

    [Theory]
    [InlineData("SHA256", "SHA-256")]
    [InlineData("sha-512", "SHA-512")]
    [InlineData("md5", "MD5")]
    [InlineData("SHA1", "SHA-1")]
    public void MisspelledHashAlgorithm(string algorithm, string suggestion)
    {
        string e = "States.Hash($.data, '" + algorithm + "')";
        TextProblem p = One(e, "; did you mean '" + suggestion + "'?");
        At(p, e, "'" + algorithm + "'");
        Assert.Equal("'" + suggestion + "'", p.Suggestion);
    }

    [Fact]
    public void UnknownHashAlgorithmWithoutSuggestion()
    {
        TextProblem p = One("States.Hash($.data, 'BLAKE2b')", "must be one of 'MD5', 'SHA-1', 'SHA-256', 'SHA-384' or 'SHA-512', not the string 'BLAKE2b'");
        Assert.Null(p.Suggestion);
    }

    [Fact]
    public void ArrayRangeItemLimit()
    {
        const string e = "States.Format('{}', States.ArrayLength(States.ArrayRange(0, 1000, 1)))";
        TextProblem p = One(e, "States.ArrayRange(0, 1000, 1) would produce 1,001 items, but AWS allows at most 1,000");
        At(p, e, "States.ArrayRange(0, 1000, 1)");
        One("States.ArrayRange(5000, 1, -1)", "would produce 5,000 items");
        One("States.ArrayRange(0, 1e300, 1)", "would produce far more than 1,000 items");
    }

    [Theory]
    [InlineData("States.Base64Encode('{0}')", "the argument of States.Base64Encode (the text to encode) is 10,001 characters long, but AWS accepts at most 10,000")]
    [InlineData("States.Base64Decode('{0}')", "the argument of States.Base64Decode (the Base64 text to decode) is 10,001 characters long")]
    [InlineData("States.Hash('{0}', 'MD5')", "the 1st argument of States.Hash (the data to hash) is 10,001 characters long")]
    public void InputLengthLimit(string template, string message)
    {
        Valid(template.Replace("{0}", new string('A', 10_000)));
        One(template.Replace("{0}", new string('A', 10_001)), message);

        // Escapes count as the character they stand for.
        Valid(template.Replace("{0}", new string('A', 9_999) + "\\'"));
    }

    // ---------------------------------------------------------------- States.Format placeholders

    [Theory]
    [InlineData("States.Format('plain')")]
    [InlineData("States.Format('{}', $.a)")]
    [InlineData("States.Format('{}{}{}', 1, 2, 3)")]
    [InlineData(@"States.Format('\{\} {}', $.a)")]
    [InlineData(@"States.Format('\\{}', $.a)")]
    [InlineData(@"States.Format('\{}')")]
    [InlineData(@"States.Format('{\}')")]
    [InlineData("States.Format('{{}}', $.a)")]
    [InlineData("States.Format('{ }')")]
    [InlineData("States.Format('}{')")]
    [InlineData(@"States.Format('It\'s {}', $.name)")]
    [InlineData("States.Format($.template, 1, 2, 3)")]
    [InlineData("States.Format('{}-{}', States.UUID(), States.Format('{}', $.x))")]
    public void PlaceholdersMatchValues(string expression) => Valid(expression);

    [Fact]
    public void MissingValuePointsAtTheTemplate()
    {
        const string e = "States.Format('{} and {}', $.a)";
        TextProblem p = One(e, "States.Format has 2 placeholders '{}' but 1 value: add 1 more value after the template, or remove a placeholder");
        At(p, e, "'{} and {}'");
    }

    [Fact]
    public void ExtraValuesPointAtTheExtras()
    {
        const string one = "States.Format('{}', $.a, $.b)";
        At(One(one, "States.Format has 1 placeholder '{}' but 2 values: remove the extra value, or add a '{}' to the template for it"), one, "$.b");

        const string none = "States.Format('x', $.a, 'b')";
        At(One(none, "States.Format has 0 placeholders '{}' but 2 values: remove the 2 extra values"), none, "$.a, 'b'");
    }

    [Fact]
    public void EscapedBracesAreNotPlaceholders()
    {
        const string e = @"States.Format('\{} {\} \{\}', $.a)";
        At(One(e, "States.Format has 0 placeholders '{}' but 1 value"), e, "$.a");

        const string f = @"States.Format('\\{} {}', $.a)"; // an escaped backslash, then two placeholders
        At(One(f, "has 2 placeholders '{}' but 1 value"), f, @"'\\{} {}'");
    }

    [Fact]
    public void NestedFormatIsCheckedToo()
    {
        const string e = "States.Format('{}', States.Format('{} {}', $.x))";
        At(One(e, "States.Format has 2 placeholders '{}' but 1 value"), e, "'{} {}'");
    }

    [Fact]
    public void ProblemsInSeveralNestedCallsAreAllReported()
    {
        const string e = "States.Format('{} {}', States.MathAdd('1', 2), States.Hash($.a, 'SHA256'), 3)";
        IReadOnlyList<TextProblem> problems = Problems(e);
        Assert.Equal(3, problems.Count);
        Assert.Contains("States.Format has 2 placeholders '{}' but 3 values", problems[0].Message);
        At(problems[0], e, "3", e.LastIndexOf(','));
        Assert.Contains("write 1 without quotes", problems[1].Message);
        Assert.Contains("did you mean 'SHA-256'?", problems[2].Message);
    }

    // ---------------------------------------------------------------- nesting limit

    [Fact]
    public void AwsNestingLimit()
    {
        string Nest(int depth) => string.Concat(Enumerable.Repeat("States.Array(", depth)) + string.Concat(Enumerable.Repeat(")", depth));

        Valid(Nest(10));
        string e = Nest(11);
        TextProblem p = One(e, "nested 11 levels deep, but AWS allows at most 10 nested intrinsic functions in one field");
        Assert.Equal(10 * "States.Array(".Length, p.Offset);
        Assert.Single(Problems(Nest(20)));
    }

    [Fact]
    public void AwsDocumentationExampleHasOnlyItsPlaceholderMistake()
    {
        // The nesting example in the AWS intrinsic-functions guide has three '{}' but only two values.
        One("States.Format('{}.{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), "
            + "States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))",
            "States.Format has 3 placeholders '{}' but 2 values");
    }
}
