using System;
using System.Globalization;

using StepGen.Asl.Conditions;

namespace StepGen.Asl.Runtime;

/// <summary>
/// ASL timestamps as instants. The Choice page: timestamps "must conform to RFC3339 profile ISO 8601" with an
/// uppercase <c>T</c> and an uppercase <c>Z</c> when there is no offset; the shape is checked by the core's
/// <see cref="TimestampLiteral"/>, the same rule the <c>[When]</c> conditions use. Fractions of any length are
/// kept exactly, so <c>...00.1Z</c> and <c>...00.10Z</c> are the same instant.
/// </summary>
internal readonly struct Timestamp : IComparable<Timestamp>
{
    private readonly long _utcSeconds;
    private readonly decimal _fraction;

    private Timestamp(long utcSeconds, decimal fraction)
    {
        _utcSeconds = utcSeconds;
        _fraction = fraction;
    }

    /// <summary>The instant <paramref name="text"/> names, or false when it is not an ASL timestamp.</summary>
    public static bool TryParse(string text, out Timestamp value)
    {
        value = default;
        if (text is null || TimestampLiteral.Check(text) != null)
        {
            return false;
        }

        int Number(int start, int count) => int.Parse(text.Substring(start, count), NumberStyles.None, CultureInfo.InvariantCulture);
        int second = Number(17, 2);
        int i = 19;
        decimal fraction = 0;
        if (text[i] == '.')
        {
            int start = i;
            i++;
            while (char.IsDigit(text[i]))
            {
                i++;
            }

            fraction = decimal.Parse("0" + text.Substring(start, Math.Min(i - start, 29)), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
        }

        TimeSpan offset = TimeSpan.Zero;
        if (text[i] != 'Z')
        {
            offset = new TimeSpan(Number(i + 1, 2), Number(i + 4, 2), 0);
            if (text[i] == '-')
            {
                offset = offset.Negate();
            }
        }

        // A leap second (ss = 60) is read as the second after :59.
        var local = new DateTime(Number(0, 4), Number(5, 2), Number(8, 2), Number(11, 2), Number(14, 2), second == 60 ? 59 : second, DateTimeKind.Unspecified);
        long seconds = (local.Ticks / TimeSpan.TicksPerSecond) - (long)offset.TotalSeconds + (second == 60 ? 1 : 0);
        value = new Timestamp(seconds, fraction);
        return true;
    }

    /// <summary>
    /// The instant on the .NET clock, to the tick (a finer fraction is cut); false beyond the years .NET holds (a
    /// leap second at the end of 9999, or an offset that carries past them).
    /// </summary>
    public bool TryGetInstant(out DateTimeOffset instant)
    {
        long ticks = (_utcSeconds * TimeSpan.TicksPerSecond) + (long)(_fraction * TimeSpan.TicksPerSecond);
        if (_utcSeconds < 0 || _utcSeconds > DateTimeOffset.MaxValue.UtcTicks / TimeSpan.TicksPerSecond || ticks > DateTimeOffset.MaxValue.UtcTicks)
        {
            instant = default;
            return false;
        }

        instant = new DateTimeOffset(ticks, TimeSpan.Zero);
        return true;
    }

    public int CompareTo(Timestamp other)
    {
        int c = _utcSeconds.CompareTo(other._utcSeconds);
        return c != 0 ? c : _fraction.CompareTo(other._fraction);
    }
}
