namespace StepGen.Testing.JsonAta;

/// <summary>
/// The matcher protocol of <c>$match</c>, <c>$contains</c>, <c>$split</c> and <c>$replace</c>: a function that
/// takes a string and returns <c>{match, start, end, groups, next}</c>, where <c>next()</c> gives the next match.
/// A regex literal is such a function; so may be a user's.
/// </summary>
internal static class JsonAtaMatcher
{
    /// <summary>The first match of <paramref name="matcher"/> in <paramref name="text"/>, or null.</summary>
    public static JsonAtaObject? First(JsonAtaCall call, JsonAtaFunction matcher, string text) =>
        Check(call.Call(matcher, text));

    /// <summary>The match after <paramref name="match"/>, or null.</summary>
    public static JsonAtaObject? Next(JsonAtaCall call, JsonAtaObject match) =>
        match.Get("next") is JsonAtaFunction next ? Check(call.Call(next)) : null;

    public static int Start(JsonAtaObject match) => match.Get("start") is double d ? (int)d : 0;

    public static int End(JsonAtaObject match) => match.Get("end") is double d ? (int)d : 0;

    private static JsonAtaObject? Check(object? result)
    {
        if (result is null)
        {
            return null;
        }

        if (result is JsonAtaObject o && (o.Get("start") is double || o.Get("end") is double || o.Get("groups") is JsonAtaSequence || o.Get("next") is JsonAtaFunction))
        {
            return o;
        }

        throw new JsonAtaException("T1010", "The matcher function does not return a match object ({match, start, end, groups, next})");
    }
}
