namespace StepGen.Asl.Compile;

/// <summary>RFC 3339 timestamps as ASL accepts them: uppercase T separator, Z or a numeric offset.</summary>
internal static class Timestamps
{
    public static bool IsValid(string value)
    {
        // yyyy-MM-ddTHH:mm:ss[.fraction](Z|+HH:mm|-HH:mm)
        if (value.Length < 20)
        {
            return false;
        }

        if (!Digits(value, 0, 4) || value[4] != '-' || !Digits(value, 5, 2) || value[7] != '-' || !Digits(value, 8, 2)
            || value[10] != 'T' || !Digits(value, 11, 2) || value[13] != ':' || !Digits(value, 14, 2) || value[16] != ':' || !Digits(value, 17, 2))
        {
            return false;
        }

        int month = Number(value, 5, 2), day = Number(value, 8, 2), hour = Number(value, 11, 2), minute = Number(value, 14, 2), second = Number(value, 17, 2);
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
        {
            return false;
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
                return false;
            }
        }

        if (i == value.Length - 1 && value[i] == 'Z')
        {
            return true;
        }

        return i == value.Length - 6 && (value[i] == '+' || value[i] == '-') && Digits(value, i + 1, 2) && value[i + 3] == ':' && Digits(value, i + 4, 2)
            && Number(value, i + 1, 2) <= 23 && Number(value, i + 4, 2) <= 59;
    }

    private static bool Digits(string value, int start, int count)
    {
        for (int i = start; i < start + count; i++)
        {
            if (i >= value.Length || value[i] < '0' || value[i] > '9')
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
