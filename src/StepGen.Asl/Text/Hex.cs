namespace StepGen.Asl.Text;

/// <summary>Hexadecimal digits, shared by the JSON reader and the JSONPath parser for <c>\uXXXX</c> escapes.</summary>
internal static class Hex
{
    /// <summary>The value of a hex digit, or -1.</summary>
    public static int Value(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= 'a' && c <= 'f')
        {
            return c - 'a' + 10;
        }

        if (c >= 'A' && c <= 'F')
        {
            return c - 'A' + 10;
        }

        return -1;
    }

    /// <summary>
    /// Reads up to four hex digits at <paramref name="start"/> into one UTF-16 code unit. Returns how many digits
    /// were read: 4 on success, fewer when the text ends or a non-digit comes first.
    /// </summary>
    public static int ReadCodeUnit(string text, int start, out int code)
    {
        code = 0;
        int count = 0;
        for (; count < 4 && start + count < text.Length; count++)
        {
            int digit = Value(text[start + count]);
            if (digit < 0)
            {
                break;
            }

            code = (code << 4) | digit;
        }

        return count;
    }
}
