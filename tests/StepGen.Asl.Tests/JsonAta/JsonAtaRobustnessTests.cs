using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using StepGen.Asl.JsonAta;
using Xunit;
using Xunit.Abstractions;

namespace StepGen.Asl.Tests.JsonAta;

/// <summary><see cref="JsonAtaParser.Parse"/> returns a result, never an exception, on anything typed.</summary>
public sealed class JsonAtaRobustnessTests
{
    private readonly ITestOutputHelper _output;

    public JsonAtaRobustnessTests(ITestOutputHelper output) => _output = output;

    private static void Survives(string expression)
    {
        JsonAtaParseResult result = JsonAtaParser.Parse(expression);
        Assert.True(result.Success == (result.Root is not null));
        if (result.Error is { } error)
        {
            Assert.InRange(error.Start, 0, expression.Length);
            Assert.InRange(error.End, error.Start, expression.Length);
        }
        else
        {
            JsonAtaReferences.Collect(result.Root!);
        }
    }

    [Fact]
    public void EveryTruncationOfTheCorpusParsesWithoutThrowing()
    {
        foreach (string expression in JsonAtaDifferentialTests.Corpus())
        {
            for (int length = 0; length <= expression.Length; length++)
            {
                Survives(expression.Substring(0, length));
            }
        }
    }

    [Fact]
    public void RandomCharactersParseWithoutThrowing()
    {
        const string alphabet = "()[]{}.,;:?@#$%^&|*/+-=<>!~`'\"\\ \t\nabcλ0123456789eEimu$";
        var random = new Random(42);
        var sb = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            sb.Clear();
            int length = random.Next(1, 30);
            for (int j = 0; j < length; j++)
            {
                sb.Append(random.Next(20) == 0 ? (char)random.Next(0, 0xFFFF) : alphabet[random.Next(alphabet.Length)]);
            }

            Survives(sb.ToString());
        }
    }

    [Theory]
    [InlineData("(")]
    [InlineData("[")]
    [InlineData("{")]
    [InlineData("-")]
    [InlineData("$f(")]
    [InlineData("a.")]
    [InlineData("[1,")]
    [InlineData("a[")]
    [InlineData("$x:=")]
    [InlineData("a?")]
    [InlineData("function($x){")]
    [InlineData("|a|")]
    [InlineData("{'a':")]
    [InlineData("a ~> ")]
    [InlineData("(a).")]
    [InlineData("a@$x.")]
    public void DeepNestingParsesWithoutThrowing(string open)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 5000; i++)
        {
            sb.Append(open);
        }

        Survives(sb.ToString());
        Survives(sb.ToString() + "1");
    }

    [Fact]
    public void NestingJustUnderTheLimitFitsASmallStack()
    {
        // The analyzer runs on pool threads; 512 KB is half the smallest default thread stack (1 MB), and a Debug build's frames are the larger.
        int depth = JsonAtaParser.MaxDepth - 2;
        string[] nested =
        {
            new string('(', depth) + "1" + new string(')', depth),
            new string('[', depth) + "1" + new string(']', depth),
            string.Concat(Enumerable.Repeat("$f(", depth)) + "1" + new string(')', depth),
            string.Concat(Enumerable.Repeat("function($x){", depth / 2)) + "$x" + new string('}', depth / 2),
            string.Concat(Enumerable.Repeat("a[", depth)) + "%.b" + new string(']', depth),
            string.Concat(Enumerable.Repeat("$x ? ", depth)) + "1",
            string.Concat(Enumerable.Repeat("($x := ", depth / 2)) + "1" + new string(')', depth / 2),
            string.Join(" + ", Enumerable.Repeat("$y", depth)),
            string.Join(".", Enumerable.Repeat("a", depth)),
        };
        Exception? failure = null;
        int parsed = 0;
        var thread = new System.Threading.Thread(
            () =>
            {
                try
                {
                    foreach (string expression in nested)
                    {
                        JsonAtaParseResult result = JsonAtaParser.Parse(expression);
                        if (result.Success)
                        {
                            parsed++;
                            JsonAtaReferences.Collect(result.Root!);
                        }
                    }
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            512 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(failure);
        Assert.Equal(nested.Length, parsed);
    }

    [Fact]
    public void LongFlatExpressionsParseWithoutThrowing()
    {
        Survives(string.Join(".", new string('a', 20000).ToCharArray()));
        Survives(string.Join(" and ", new string('a', 20000).ToCharArray()));
        Survives("[" + string.Join(",", new string('1', 20000).ToCharArray()) + "]");
    }

    [Fact]
    public void TypicalExpressionParsesInMicroseconds()
    {
        const string expression = "$states.input.orders[status = 'OPEN'].{'id': id, 'total': $sum(lines.(qty * price))} ~> $count()";
        JsonAtaParseResult first = JsonAtaParser.Parse(expression);
        Assert.True(first.Success, first.Error?.ToString());
        for (int i = 0; i < 1000; i++)
        {
            JsonAtaParser.Parse(expression);
        }

        var watch = Stopwatch.StartNew();
        const int runs = 20000;
        for (int i = 0; i < runs; i++)
        {
            JsonAtaParser.Parse(expression);
        }

        double microseconds = watch.Elapsed.TotalMilliseconds * 1000 / runs;
        _output.WriteLine($"{expression.Length} characters: {microseconds:F1} µs per parse");
        Assert.True(microseconds < 500, microseconds + " µs per parse");
    }
}
