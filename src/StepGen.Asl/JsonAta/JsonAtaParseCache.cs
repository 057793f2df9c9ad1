using System;
using System.Collections.Concurrent;

namespace StepGen.Asl.JsonAta;

/// <summary>One expression parsed, with what <see cref="JsonAtaReferences"/> finds in it (collected once, when asked).</summary>
internal sealed class ParsedJsonAta
{
    private JsonAtaReferences? _references;

    public ParsedJsonAta(JsonAtaParseResult result) => Result = result;

    public JsonAtaParseResult Result { get; }

    /// <summary>The references of the tree; empty for an expression that does not parse.</summary>
    public JsonAtaReferences References => _references ??= JsonAtaReferences.Collect(Result.Root!);
}

/// <summary>
/// The expressions the analyzer has parsed, by text. A machine's compile reads each expression three times (its
/// checks, the execution input's shape and the data flow's output shape), and the IDE compiles the machine again on
/// every keystroke, when all but the edited expression are unchanged. Bounded: emptied when it reaches
/// <see cref="Capacity"/> entries. Parse results are immutable, so sharing them across threads is safe.
/// </summary>
internal static class JsonAtaParseCache
{
    public const int Capacity = 4096;

    private static readonly ConcurrentDictionary<string, ParsedJsonAta> Entries = new(StringComparer.Ordinal);

    public static ParsedJsonAta Get(string expression)
    {
        if (Entries.TryGetValue(expression, out ParsedJsonAta? known))
        {
            return known;
        }

        var parsed = new ParsedJsonAta(JsonAtaParser.Parse(expression));
        if (Entries.Count >= Capacity)
        {
            Entries.Clear();
        }

        Entries[expression] = parsed;
        return parsed;
    }
}
