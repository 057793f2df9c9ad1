namespace StepGen.Asl.Conditions;

/// <summary>
/// Checks the text of a <c>timestamp'...'</c> literal: RFC 3339 as ASL compares it,
/// <c>YYYY-MM-DDThh:mm:ss[.fraction](Z|+hh:mm|-hh:mm)</c> with an uppercase <c>T</c> and <c>Z</c>.
/// </summary>
internal static class TimestampLiteral
{
    /// <summary>Null when <paramref name="value"/> is valid, else the reason it is not.</summary>
    public static string? Check(string value)
    {
        const string Shape = "expected the form YYYY-MM-DDThh:mm:ss followed by Z or an offset such as +01:00";
        if (value.Length == 0)
        {
            return "the timestamp is empty; " + Shape;
        }

        if (!Digits(value, 0, 4) || !At(value, 4, '-') || !Digits(value, 5, 2) || !At(value, 7, '-') || !Digits(value, 8, 2))
        {
            return "the date must be written YYYY-MM-DD; " + Shape;
        }

        if (value.Length <= 10)
        {
            return "the time is missing; " + Shape;
        }

        if (value[10] != 'T')
        {
            return value[10] == 't' || value[10] == ' '
                ? "the date and the time must be separated by an uppercase 'T'"
                : "expected 'T' after the date; " + Shape;
        }

        if (!Digits(value, 11, 2) || !At(value, 13, ':') || !Digits(value, 14, 2) || !At(value, 16, ':') || !Digits(value, 17, 2))
        {
            return "the time must be written hh:mm:ss; " + Shape;
        }

        int year = Number(value, 0, 4);
        int month = Number(value, 5, 2);
        int day = Number(value, 8, 2);
        int hour = Number(value, 11, 2);
        int minute = Number(value, 14, 2);
        int second = Number(value, 17, 2);
        if (month < 1 || month > 12)
        {
            return "month " + value.Substring(5, 2) + " is out of range (01-12)";
        }

        int days = DaysInMonth(year, month);
        if (day < 1 || day > days)
        {
            return "day " + value.Substring(8, 2) + " is out of range for that month (01-" + days + ")";
        }

        if (hour > 23)
        {
            return "hour " + value.Substring(11, 2) + " is out of range (00-23)";
        }

        if (minute > 59)
        {
            return "minute " + value.Substring(14, 2) + " is out of range (00-59)";
        }

        if (second > 60)
        {
            return "second " + value.Substring(17, 2) + " is out of range (00-60)";
        }

        int i = 19;
        if (i < value.Length && value[i] == '.')
        {
            int start = ++i;
            while (i < value.Length && value[i] >= '0' && value[i] <= '9')
            {
                i++;
            }

            if (i == start)
            {
                return "expected digits after the '.' of the fractional seconds";
            }
        }

        if (i >= value.Length)
        {
            return "the time zone is missing: end the timestamp with Z or an offset such as +01:00";
        }

        char zone = value[i];
        if (zone == 'Z' && i == value.Length - 1)
        {
            return null;
        }

        if (zone == 'z' && i == value.Length - 1)
        {
            return "the time zone must be an uppercase 'Z'";
        }

        if (zone == '+' || zone == '-')
        {
            if (value.Length - i != 6 || !Digits(value, i + 1, 2) || !At(value, i + 3, ':') || !Digits(value, i + 4, 2))
            {
                return "the time zone offset must be written +hh:mm or -hh:mm";
            }

            if (Number(value, i + 1, 2) > 23 || Number(value, i + 4, 2) > 59)
            {
                return "the time zone offset " + value.Substring(i) + " is out of range";
            }

            return null;
        }

        return zone == 'Z' || zone == 'z'
            ? "unexpected text after the time zone"
            : "expected Z or an offset such as +01:00 after the time";
    }

    private static int DaysInMonth(int year, int month)
    {
        switch (month)
        {
            case 2:
                return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28;
            case 4:
            case 6:
            case 9:
            case 11:
                return 30;
            default:
                return 31;
        }
    }

    private static bool At(string value, int index, char c) => index < value.Length && value[index] == c;

    private static bool Digits(string value, int start, int count)
    {
        if (start + count > value.Length)
        {
            return false;
        }

        for (int i = start; i < start + count; i++)
        {
            if (value[i] < '0' || value[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static int Number(string value, int start, int count)
    {
        int result = 0;
        for (int i = start; i < start + count; i++)
        {
            result = (result * 10) + (value[i] - '0');
        }

        return result;
    }
}
