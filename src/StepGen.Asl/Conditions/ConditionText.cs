using System.Globalization;

using StepGen.Asl.Text;

namespace StepGen.Asl.Conditions;

/// <summary>Character classes and message helpers shared by the condition lexer, parser and writer.</summary>
internal static class ConditionText
{
    /// <summary>A quoted piece of the condition cut to 40 characters for a message.</summary>
    /// <summary>The 1-based column of <paramref name="offset"/>, as messages give it.</summary>
    public static string Column(int offset) => (offset + 1).ToString(CultureInfo.InvariantCulture);

    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    public static bool IsIdentifierStart(char c) => c == '_' || (char.IsLetter(c) && !char.IsSurrogate(c));

    public static bool IsIdentifierPart(char c) => c == '_' || (char.IsLetterOrDigit(c) && !char.IsSurrogate(c));
}
