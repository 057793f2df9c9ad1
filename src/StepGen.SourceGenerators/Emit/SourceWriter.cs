using System.Text;

namespace StepGen.SourceGenerators.Emit;

/// <summary>An indenting writer with fixed "\n" line endings, so output does not depend on the machine.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder _builder = new();
    private int _depth;

    public void Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _depth * 4);
        }

        _builder.Append(text).Append('\n');
    }

    /// <summary>Writes text as it is, at the current indentation for its first line only (for multi-line literals).</summary>
    public void Raw(string text)
    {
        _builder.Append(' ', _depth * 4).Append(text).Append('\n');
    }

    public void Open()
    {
        Line("{");
        _depth++;
    }

    public void Close(string suffix = "")
    {
        _depth--;
        Line("}" + suffix);
    }

    /// <summary>Indents what follows one more level without an opening brace (the tests nest emitted members this way).</summary>
    public void Indent() => _depth++;

    public override string ToString() => _builder.ToString();
}
