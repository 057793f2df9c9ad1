using System.Text;
using StepGen.Asl.Paths;

namespace StepGen.Asl.Tests;

public class PathTests
{
    private static PathParseResult Ok(string path)
    {
        PathParseResult r = PathParser.Parse(path);
        Assert.True(r.Success, r.Error);
        Assert.Null(r.Error);
        Assert.Equal(path, r.Path);
        AssertSegmentsTile(r);
        return r;
    }

    /// <summary>The root text followed by every segment's span is the whole path.</summary>
    private static void AssertSegmentsTile(PathParseResult r)
    {
        int expected = r.RootLength;
        foreach (PathSegment s in r.Segments)
        {
            Assert.Equal(expected, s.Offset);
            Assert.True(s.Length > 0);
            Assert.InRange(s.NameOffset, s.Offset, s.Offset + s.Length);
            Assert.InRange(s.NameOffset + s.NameLength, s.NameOffset, s.Offset + s.Length);
            expected = s.Offset + s.Length;
        }

        Assert.Equal(r.Path.Length, expected);
    }

    private static void AssertError(string path, string message, int offset, int length)
    {
        PathParseResult r = PathParser.Parse(path);
        Assert.False(r.Success);
        Assert.False(r.IsReferencePath);
        Assert.Equal(message, r.Error);
        Assert.Equal(offset, r.ErrorOffset);
        Assert.Equal(length, r.ErrorLength);
    }

    // ASL spec §Reference Paths examples, plus a few more single-node paths.
    [Theory]
    [InlineData("$")]
    [InlineData("$.store.book")]
    [InlineData("$.store\\.book")]
    [InlineData("$.ledgers.branch[0]")]
    [InlineData("$.ledgers[0][22][315].foo")]
    [InlineData("$['store']['book']")]
    [InlineData("$['store'][0]['book']")]
    [InlineData("$[\"x\"]")]
    [InlineData("$['a b']")]
    [InlineData("$.notificationData.text")]
    [InlineData("$.Payload.error")]
    [InlineData("$.a-b.c_d.$e.日本")]
    [InlineData("$[ 0 ]")]
    [InlineData("$.['a']")]
    public void ReferencePaths(string path)
    {
        PathParseResult r = Ok(path);
        Assert.True(r.IsReferencePath);
        Assert.Equal(PathRoot.Input, r.Root);
        Assert.Null(r.VariableName);
    }

    [Theory]
    [InlineData("$.a[*]", PathSegmentKind.Wildcard)]
    [InlineData("$.*", PathSegmentKind.Wildcard)]
    [InlineData("$..a", PathSegmentKind.Name)]
    [InlineData("$..*", PathSegmentKind.Wildcard)]
    [InlineData("$..[0]", PathSegmentKind.Index)]
    [InlineData("$.a[?(@.price < 10)]", PathSegmentKind.Filter)]
    [InlineData("$.a[1:3]", PathSegmentKind.Slice)]
    [InlineData("$.a[-1:]", PathSegmentKind.Slice)]
    [InlineData("$.a[:2]", PathSegmentKind.Slice)]
    [InlineData("$.a[0:10:2]", PathSegmentKind.Slice)]
    [InlineData("$.a[0,1]", PathSegmentKind.Union)]
    [InlineData("$['a','b']", PathSegmentKind.Union)]
    [InlineData("$.a[-1]", PathSegmentKind.Index)]
    [InlineData("$.a.length()", PathSegmentKind.Function)]
    [InlineData("$.a.concat(\"x\", 'y)')", PathSegmentKind.Function)]
    public void NonReferencePaths(string path, PathSegmentKind lastKind)
    {
        PathParseResult r = Ok(path);
        Assert.False(r.IsReferencePath);
        Assert.Equal(lastKind, r.Segments[r.Segments.Count - 1].Kind);
    }

    [Theory]
    [InlineData("$$", 0)]
    [InlineData("$$.Execution.Id", 2)]
    [InlineData("$$.Execution.Input", 2)]
    [InlineData("$$.Map.Item.Value", 3)]
    [InlineData("$$.Map.Item.Index", 3)]
    [InlineData("$$.Task.Token", 2)]
    [InlineData("$$['State']['Name']", 2)]
    public void ContextPaths(string path, int segments)
    {
        PathParseResult r = Ok(path);
        Assert.Equal(PathRoot.Context, r.Root);
        Assert.Equal(2, r.RootLength);
        Assert.Equal(segments, r.Segments.Count);
        Assert.True(r.IsReferencePath);
    }

    [Theory]
    [InlineData("$myVar", "myVar", 0)]
    [InlineData("$myVar.field", "myVar", 1)]
    [InlineData("$my_var2[0].x", "my_var2", 2)]
    [InlineData("$states", "states", 0)]
    [InlineData("$states.input", "states", 1)]
    [InlineData("$_x", "_x", 0)]
    [InlineData("$été.a", "été", 1)]
    public void VariablePaths(string path, string name, int segments)
    {
        PathParseResult r = Ok(path);
        Assert.Equal(PathRoot.Variable, r.Root);
        Assert.Equal(name, r.VariableName);
        Assert.Equal(1 + name.Length, r.RootLength);
        Assert.Equal(segments, r.Segments.Count);
        Assert.True(r.IsReferencePath);
    }

    [Fact]
    public void Segments_HaveNamesIndexesAndSpans()
    {
        PathParseResult r = Ok("$$.Execution.Nme['x y'][12]");
        Assert.Equal(4, r.Segments.Count);

        PathSegment execution = r.Segments[0];
        Assert.Equal(PathSegmentKind.Name, execution.Kind);
        Assert.Equal("Execution", execution.Name);
        Assert.Equal((2, 10), (execution.Offset, execution.Length));
        Assert.Equal((3, 9), (execution.NameOffset, execution.NameLength));
        Assert.False(execution.IsBracketed);

        PathSegment nme = r.Segments[1];
        Assert.Equal("Nme", nme.Name);
        Assert.Equal("Nme", r.Path.Substring(nme.NameOffset, nme.NameLength));
        Assert.Equal(".Nme", r.Path.Substring(nme.Offset, nme.Length));

        PathSegment quoted = r.Segments[2];
        Assert.Equal("x y", quoted.Name);
        Assert.True(quoted.IsBracketed);
        Assert.Equal("['x y']", r.Path.Substring(quoted.Offset, quoted.Length));
        Assert.Equal("x y", r.Path.Substring(quoted.NameOffset, quoted.NameLength));

        PathSegment index = r.Segments[3];
        Assert.Equal(PathSegmentKind.Index, index.Kind);
        Assert.Equal(12, index.Index);
        Assert.Null(index.Name);
        Assert.Equal("[12]", r.Path.Substring(index.Offset, index.Length));
        Assert.Equal("12", r.Path.Substring(index.NameOffset, index.NameLength));
    }

    [Fact]
    public void Segments_FlagsAndDetails()
    {
        PathParseResult r = Ok("$..book[?(@.price < 10 && @.t == ')')][1:3][*]['a','b'][0,2].length()");
        PathSegment[] s = r.Segments.ToArray();
        Assert.Equal(7, s.Length);

        Assert.True(s[0].IsDeepScan);
        Assert.Equal("book", s[0].Name);
        Assert.Equal("..book", r.Path.Substring(s[0].Offset, s[0].Length));

        Assert.True(s[1].IsFilter);
        Assert.Equal("@.price < 10 && @.t == ')'", s[1].Expression);
        Assert.False(s[1].IsDeepScan);

        Assert.True(s[2].IsSlice);
        Assert.Equal((1, 3, (int?)null), (s[2].SliceStart, s[2].SliceEnd, s[2].SliceStep));

        Assert.True(s[3].IsWildcard);
        Assert.True(s[3].IsBracketed);

        Assert.True(s[4].IsUnion);
        Assert.Equal(new[] { "a", "b" }, s[4].UnionNames);

        Assert.True(s[5].IsUnion);
        Assert.Equal(new[] { 0, 2 }, s[5].UnionIndexes);

        Assert.True(s[6].IsFunction);
        Assert.Equal("length", s[6].Name);
        Assert.Equal(string.Empty, s[6].Expression);
    }

    [Theory]
    [InlineData("$.a[-1:]", -1, null, null)]
    [InlineData("$.a[:2]", null, 2, null)]
    [InlineData("$.a[1:]", 1, null, null)]
    [InlineData("$.a[ 0 : 10 : 2 ]", 0, 10, 2)]
    [InlineData("$.a[::-1]", null, null, -1)]
    public void Slices(string path, int? start, int? end, int? step)
    {
        PathSegment s = Ok(path).Segments[1];
        Assert.True(s.IsSlice);
        Assert.Equal(start, s.SliceStart);
        Assert.Equal(end, s.SliceEnd);
        Assert.Equal(step, s.SliceStep);
    }

    [Theory]
    [InlineData("$.store\\.book", "store.book")]
    [InlineData("$.a\\[0\\]", "a[0]")]
    [InlineData("$.a\\\\b", "a\\b")]
    [InlineData("$['it\\'s']", "it's")]
    [InlineData("$[\"say \\\"hi\\\"\"]", "say \"hi\"")]
    [InlineData("$['a.b']", "a.b")]
    [InlineData("$['\\u0041']", "A")]
    [InlineData("$['']", "")]
    public void Names_AreUnescaped(string path, string name)
    {
        PathParseResult r = Ok(path);
        Assert.Single(r.Segments);
        Assert.Equal(name, r.Segments[0].Name);
        Assert.True(r.IsReferencePath);
    }

    [Fact]
    public void Filters_WithNestedParenthesesBracketsAndQuotes()
    {
        PathSegment f = Ok("$.a[?(@.b in ['x', ')]', \"(\"] && (@.c[0] > (1)))]").Segments[1];
        Assert.True(f.IsFilter);
        Assert.Equal("@.b in ['x', ')]', \"(\"] && (@.c[0] > (1))", f.Expression);
    }

    [Theory]
    [InlineData("", "a path must not be empty: it must start with '$'", 0, 0)]
    [InlineData("a.b", "a path must start with '$'", 0, 1)]
    [InlineData(" $.a", "a path must start with '$'", 0, 1)]
    [InlineData("@.a", "a path must start with '$'", 0, 1)]
    [InlineData("$.", "empty property name after '.': a path must not end with '.'", 1, 1)]
    [InlineData("$.a.", "empty property name after '.': a path must not end with '.'", 3, 1)]
    [InlineData("$..", "expected a property name, '*' or '[' after '..'", 1, 2)]
    [InlineData("$.a..", "expected a property name, '*' or '[' after '..'", 3, 2)]
    [InlineData("$...a", "unexpected '.' after '..': expected a property name, '*' or '['", 3, 1)]
    [InlineData("$.ab[", "unclosed '[' opened at column 5: expected ']'", 4, 1)]
    [InlineData("$.a[0", "unclosed '[' opened at column 4: expected ']'", 3, 1)]
    [InlineData("$.a['b'", "unclosed '[' opened at column 4: expected ']'", 3, 1)]
    [InlineData("$.a[*", "unclosed '[' opened at column 4: expected ']'", 3, 1)]
    [InlineData("$.a[?(@.x)", "unclosed '[' opened at column 4: expected ']'", 3, 1)]
    [InlineData("$.a[1:", "unclosed '[' opened at column 4: expected ']'", 3, 1)]
    [InlineData("$.a[]", "empty brackets '[]': expected an index, a quoted name, '*' or a filter '?(...)'", 3, 2)]
    [InlineData("$.a[ ]", "empty brackets '[]': expected an index, a quoted name, '*' or a filter '?(...)'", 3, 3)]
    [InlineData("$.a b", "unexpected space in the property name 'a b': write ['a b'] for names with spaces", 3, 1)]
    [InlineData("$.my field.x", "unexpected space in the property name 'my field': write ['my field'] for names with spaces", 4, 1)]
    [InlineData("$. a", "unexpected space after '.': property names cannot contain spaces; use ['name with spaces']", 2, 1)]
    [InlineData("$['a", "unterminated quoted name: missing the closing '", 2, 2)]
    [InlineData("$[\"a']", "unterminated quoted name: missing the closing \"", 2, 4)]
    [InlineData("$.a\\", "dangling '\\' at the end of the path: it must escape a character, as in '\\.'", 3, 1)]
    [InlineData("$.a]", "unexpected ']' without a matching '['", 3, 1)]
    [InlineData("$.a)", "unexpected ')' without a matching '('", 3, 1)]
    [InlineData("$[abc]", "property names in brackets must be quoted: write ['abc']", 2, 3)]
    [InlineData("$[(@.length-1)]", "script expressions '[(...)]' are not supported: use a filter '[?(...)]'", 2, 1)]
    [InlineData("$[?@.a]", "expected '(' after '?': a filter is written [?(expression)]", 3, 1)]
    [InlineData("$[?(@.a]", "unclosed '(' opened at column 4", 3, 1)]
    [InlineData("$[?(@.a == 'x)]", "unterminated string in '(...)': missing the closing '", 11, 4)]
    [InlineData("$[?(@.a) ]x", "unexpected 'x' after ']': expected '.', '[' or the end of the path", 10, 1)]
    [InlineData("$[?(@.a)x]", "expected ']' after the filter's closing ')', found 'x'", 8, 1)]
    [InlineData("$['a']b", "unexpected 'b' after ']': expected '.', '[' or the end of the path", 6, 1)]
    [InlineData("$[*x]", "expected ']' after '*', found 'x'", 3, 1)]
    [InlineData("$.*x", "unexpected 'x' after '*': expected '.', '[' or the end of the path", 3, 1)]
    [InlineData("$['a' 'b']", "expected ',' or ']' after the quoted name, found '''", 6, 1)]
    [InlineData("$['a',]", "expected a quoted name after ','", 5, 1)]
    [InlineData("$['a',0]", "cannot mix names and indexes in one '[...]'", 6, 1)]
    [InlineData("$[0,'a']", "cannot mix names and indexes in one '[...]'", 4, 1)]
    [InlineData("$[0,]", "expected an index after ','", 3, 1)]
    [InlineData("$[0 1]", "expected ']', ',' or ':' after an index, found '1'", 4, 1)]
    [InlineData("$[0.5]", "expected ']', ',' or ':' after an index, found '.'", 3, 1)]
    [InlineData("$[1:2,3]", "expected ']' to close the slice, found ','", 5, 1)]
    [InlineData("$[1:2:3:4]", "expected ']' to close the slice, found ':'", 7, 1)]
    [InlineData("$[-]", "expected a digit after '-'", 3, 1)]
    [InlineData("$[99999999999]", "index '99999999999' is too large", 2, 11)]
    [InlineData("$.a.length().b", "a function call such as 'length()' must be the last step of a path", 12, 2)]
    [InlineData("$.a.length(", "unclosed '(' opened at column 11", 10, 1)]
    [InlineData("$.(", "expected a function name before '('", 2, 1)]
    [InlineData("$ .a", "unexpected a space after '$': expected '.', '[', a variable name (a letter or '_') or the end of the path", 1, 1)]
    [InlineData("$1", "unexpected '1' after '$': expected '.', '[', a variable name (a letter or '_') or the end of the path", 1, 1)]
    [InlineData("${SlackConnectionArn}", "unexpected '{' after '$': '${...}' is a deployment substitution, not a path", 1, 1)]
    [InlineData("$$a", "unexpected 'a' after '$$': expected '.', '[' or the end of the path", 2, 1)]
    [InlineData("$$$", "unexpected '$' after '$$': expected '.', '[' or the end of the path", 2, 1)]
    [InlineData("$my-var.x", "invalid character '-' in the variable name 'my': expected '.', '[' or the end of the path", 3, 1)]
    public void Errors(string path, string message, int offset, int length)
    {
        AssertError(path, message, offset, length);
    }

    [Fact]
    public void Null_IsAnErrorNotAnException()
    {
        PathParseResult r = PathParser.Parse(null!);
        Assert.False(r.Success);
        Assert.Equal(string.Empty, r.Path);
    }

    [Fact]
    public void Failure_KeepsTheSegmentsReadBeforeTheProblem()
    {
        PathParseResult r = PathParser.Parse("$.a.b[");
        Assert.False(r.Success);
        Assert.Equal(new[] { "a", "b" }, r.Segments.Select(s => s.Name));
    }

    [Theory]
    [InlineData("$", true)]
    [InlineData("$$", true)]
    [InlineData("$.a", true)]
    [InlineData("$$.Execution.Id", true)]
    [InlineData("$var", true)]
    [InlineData("$[0]", true)]
    [InlineData("${SlackConnectionArn}", false)]
    [InlineData("${x", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("a$", false)]
    [InlineData(" $.a", false)]
    [InlineData("States.Format('{}', $.a)", false)]
    public void LooksLikePath(string? value, bool expected)
    {
        Assert.Equal(expected, PathParser.LooksLikePath(value!));
    }

    [Fact]
    public void LongAndDeepPaths_AreLinearAndNeverRecurse()
    {
        var sb = new StringBuilder("$");
        for (int i = 0; i < 100_000; i++)
        {
            sb.Append(".a[").Append(i).Append(']');
        }

        PathParseResult r = Ok(sb.ToString());
        Assert.Equal(200_000, r.Segments.Count);
        Assert.True(r.IsReferencePath);

        string nestedFilter = "$[?(" + new string('(', 100_000) + "@.a" + new string(')', 100_000) + ")]";
        Assert.True(Ok(nestedFilter).Segments[0].IsFilter);
    }

    [Fact]
    public void ArbitraryInput_NeverThrows()
    {
        var random = new Random(7);
        const string alphabet = "$$$...[[]]'\"\\*?()@:,-0123 abé\uD800{}";
        for (int i = 0; i < 50_000; i++)
        {
            int n = random.Next(0, 16);
            var sb = new StringBuilder(n);
            for (int j = 0; j < n; j++)
            {
                sb.Append(alphabet[random.Next(alphabet.Length)]);
            }

            string path = sb.ToString();
            PathParseResult r = PathParser.Parse(path);
            Assert.Equal(r.Success, r.Error == null);
            Assert.InRange(r.ErrorOffset, 0, path.Length);
            Assert.InRange(r.ErrorOffset + r.ErrorLength, r.ErrorOffset, path.Length);
            if (r.Success)
            {
                AssertSegmentsTile(r);
            }
            else
            {
                Assert.False(r.IsReferencePath);
            }
        }
    }

    [Theory]
    [InlineData("$$.Execution.Name ", "$$.Execution.Name")]
    [InlineData("$.a\t", "$.a")]
    [InlineData("$.a['b'] \n", "$.a['b']")]
    public void Whitespace_after_a_path_is_not_part_of_it(string path, string same)
    {
        // AWS's language service and asl-validator accept it, and a published AWS sample deploys "$$.Execution.Name ".
        PathParseResult trailing = PathParser.Parse(path);
        PathParseResult plain = PathParser.Parse(same);
        Assert.True(trailing.Success, trailing.Error);
        Assert.Equal(plain.Segments.Count, trailing.Segments.Count);
        Assert.Equal(plain.Root, trailing.Root);
    }
}
