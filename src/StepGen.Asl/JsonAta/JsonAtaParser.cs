namespace StepGen.Asl.JsonAta;

/// <summary>
/// Parses JSONata 2.x expressions (the language of npm <c>jsonata</c> 2.2.2) into the processed tree described in
/// JsonAtaNodes.cs. Accepts exactly what the reference's <c>jsonata(expression)</c> compiles and, on rejection,
/// gives the reference's error code with the span of the characters at fault.
/// </summary>
/// <remarks>
/// Never throws and never recurses deeper than <see cref="MaxDepth"/> levels, whatever the input (the analyzer parses
/// half-typed text on every keystroke inside the compiler). Two stages: <see cref="JsonAtaSyntaxParser"/> (tokens to
/// a raw tree) and <see cref="JsonAtaTreeBuilder"/> (paths flattened into steps, filters, bindings and groups
/// attached, <c>%</c> resolved).
/// </remarks>
public static class JsonAtaParser
{
    /// <summary>
    /// The deepest nesting accepted (brackets, operands, chained operators: the height of the syntax tree); deeper
    /// expressions get <see cref="JsonAtaSyntaxError.TooDeepCode"/>.
    /// </summary>
    public const int MaxDepth = 400;

    /// <summary>Parses <paramref name="expression"/>; never throws.</summary>
    public static JsonAtaParseResult Parse(string expression)
    {
        if (expression is null)
        {
            return new JsonAtaParseResult(null, new JsonAtaSyntaxError("S0207", "There is no expression.", 0, 0));
        }

        try
        {
            JsonAtaRawNode raw = JsonAtaSyntaxParser.Parse(expression);
            return new JsonAtaParseResult(JsonAtaTreeBuilder.Build(raw), null);
        }
        catch (JsonAtaParseException e)
        {
            return new JsonAtaParseResult(null, e.Error);
        }
        catch (System.Exception e) when (e is not System.OutOfMemoryException)
        {
            // A defect of the parser: report it as an error on the whole text rather than fail the compiler.
            return new JsonAtaParseResult(
                null, new JsonAtaSyntaxError("S0205", "The expression could not be parsed (" + e.GetType().Name + ").", 0, expression.Length));
        }
    }
}
