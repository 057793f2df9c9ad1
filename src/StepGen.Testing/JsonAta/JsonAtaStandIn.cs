// TEMPORARY stand-in for the evaluator of branch jsonata-eval, so that the runner side compiles before it lands.
// Removed when jsonata-eval is merged.
using System;
using System.Collections.Generic;

namespace StepGen.Testing.JsonAta;

internal sealed class JsonAtaExpression
{
    private JsonAtaExpression(string text) => Text = text;

    public string Text { get; }

    public static JsonAtaExpression Compile(string expression) => new JsonAtaExpression(expression);

    public StepGen.Asl.Json.JsonNode? Evaluate(StepGen.Asl.Json.JsonNode? input, IReadOnlyDictionary<string, StepGen.Asl.Json.JsonNode>? bindings = null, JsonAtaOptions? options = null) =>
        throw new NotImplementedException("stand-in");
}

internal sealed class JsonAtaOptions
{
    public DateTimeOffset? Now { get; set; }

    public Random? Random { get; set; }

    public Func<Guid>? NewGuid { get; set; }

    public bool StepFunctionsFunctions { get; set; } = true;
}

internal sealed class JsonAtaException : Exception
{
    public JsonAtaException(string code, string message, int position = -1, string? token = null)
        : base(message)
    {
        Code = code;
        Position = position;
        Token = token;
    }

    public string Code { get; }

    public int Position { get; }

    public string? Token { get; }
}
