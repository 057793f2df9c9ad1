using System;

namespace StepGen.Tool.Sources;

/// <summary>
/// Why a reader stopped, and where (an offset in the text it read). Thrown inside the readers of this folder only and
/// caught by <see cref="DefinitionSources"/>, which turns it into a <see cref="SourceError"/>.
/// </summary>
internal sealed class SourceFormatException : Exception
{
    public SourceFormatException(int offset, string message)
        : base(message)
    {
        Offset = offset;
    }

    public SourceFormatException()
    {
    }

    public SourceFormatException(string message)
        : base(message)
    {
    }

    public SourceFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Where reading stopped, as an offset in the text being read.</summary>
    public int Offset { get; }
}
