namespace StepGen.Tool.Sources;

/// <summary>
/// One run of text that came from a file: <c>Text[TextOffset .. TextOffset + VerbatimLength)</c> is
/// <c>File[FileOffset ..]</c> character for character. Offsets after the run but before the next anchor map to
/// <see cref="FileOffset"/>, the start of the construct they came from (a zero <see cref="VerbatimLength"/> maps a
/// whole stretch of generated text, such as a placeholder or a substituted value, to one place).
/// </summary>
internal readonly record struct TextAnchor(int TextOffset, int FileOffset, int VerbatimLength);
