namespace StepGen.Tool.Sources;

/// <summary>
/// A position in a file: 1-based line and column. Lines end at LF, CRLF or a lone CR; the column counts UTF-16 code
/// units (SARIF's default <c>columnKind</c>, <c>utf16CodeUnits</c>), a tab counting 1.
/// </summary>
internal readonly record struct FilePosition(int Line, int Column)
{
    public override string ToString() => $"({Line},{Column})";
}
