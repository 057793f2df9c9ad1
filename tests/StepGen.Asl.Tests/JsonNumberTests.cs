using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

public class JsonNumberTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(-1L, "-1")]
    [InlineData(42L, "42")]
    [InlineData(long.MaxValue, "9223372036854775807")]
    [InlineData(long.MinValue, "-9223372036854775808")]
    public void FromInt64(long value, string expected)
    {
        Assert.Equal(expected, JsonNumber.FromInt64(value).Text);
    }

    [Theory]
    [InlineData(2.0, "2")]
    [InlineData(1.5, "1.5")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(0.0, "0")]
    [InlineData(0.1, "0.1")]
    [InlineData(0.30000000000000004, "0.30000000000000004")]
    [InlineData(100.0, "100")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1.5e300, "1.5e+300")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.25e-7, "1.25e-7")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(double.MaxValue, "1.7976931348623157e+308")]
    [InlineData(double.Epsilon, "5e-324")]
    [InlineData(3.14159, "3.14159")]
    public void TryFromDouble_ShortestRoundTripForm(double value, string expected)
    {
        JsonNumber? n = JsonNumber.TryFromDouble(value);
        Assert.NotNull(n);
        Assert.Equal(expected, n!.Text);
        Assert.True(n.TryGetDouble(out double back));
        Assert.Equal(value == 0 ? 0 : value, back);
        Assert.NotNull(JsonNumber.TryFromText(n.Text));
    }

    [Fact]
    public void TryFromDouble_NegativeZeroIsWrittenAsZero()
    {
        Assert.Equal("0", JsonNumber.TryFromDouble(-0.0)!.Text);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void TryFromDouble_RejectsValuesJsonCannotHold(double value)
    {
        Assert.Null(JsonNumber.TryFromDouble(value));
    }

    [Fact]
    public void TryFromDouble_RoundTripsManyValues()
    {
        var random = new Random(12345);
        for (int i = 0; i < 20_000; i++)
        {
            double d = BitConverter.Int64BitsToDouble((long)(random.NextDouble() * long.MaxValue) * (random.Next(2) == 0 ? 1 : -1));
            if (double.IsNaN(d) || double.IsInfinity(d))
            {
                continue;
            }

            JsonNumber n = JsonNumber.TryFromDouble(d)!;
            Assert.True(JsonParser.Parse(n.Text).Success, n.Text);
            Assert.Equal(d == 0 ? 0 : d, double.Parse(n.Text, System.Globalization.CultureInfo.InvariantCulture));
            // Same significant digits as .NET's shortest round-trip formatting.
            Assert.Equal(Digits(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)), Digits(n.Text));
        }
    }

    private static string Digits(string text)
    {
        int e = text.IndexOfAny(new[] { 'e', 'E' });
        string mantissa = e >= 0 ? text.Substring(0, e) : text;
        return mantissa.Replace("-", "").Replace(".", "").Trim('0');
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("-0", true)]
    [InlineData("1.50", true)]
    [InlineData("1e10", true)]
    [InlineData("1E+10", true)]
    [InlineData("1.5E-3", true)]
    [InlineData("01", false)]
    [InlineData("1.", false)]
    [InlineData(".5", false)]
    [InlineData("+1", false)]
    [InlineData("1e", false)]
    [InlineData(" 1", false)]
    [InlineData("1 ", false)]
    [InlineData("NaN", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void TryFromText_ValidatesTheGrammar(string? text, bool valid)
    {
        JsonNumber? n = JsonNumber.TryFromText(text!);
        Assert.Equal(valid, n != null);
        if (valid)
        {
            Assert.Equal(text, n!.Text);
        }
    }

    [Fact]
    public void TryGetInt64()
    {
        Assert.True(JsonNumber.TryFromText("-42")!.TryGetInt64(out long v));
        Assert.Equal(-42, v);
        Assert.False(JsonNumber.TryFromText("1.5")!.TryGetInt64(out _));
        Assert.False(JsonNumber.TryFromText("1e3")!.TryGetInt64(out _));
        Assert.False(JsonNumber.TryFromText("99999999999999999999")!.TryGetInt64(out _));
        Assert.False(JsonNumber.TryFromText("1e999")!.TryGetDouble(out _));
    }
}
