namespace StepGen.Testing.Definition;

/// <summary>Turns an offset in a text into a 1-based line and column, for messages about JSON files.</summary>
internal static class LineColumn
{
    public static (int Line, int Column) Of(string text, int offset)
    {
        int line = 1;
        int column = 1;
        for (int i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }

        return (line, column);
    }
}
