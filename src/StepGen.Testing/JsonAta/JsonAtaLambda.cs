using System.Collections.Generic;

using StepGen.Asl.JsonAta;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// A user function <c>function($a, $b){...}</c>: the lambda node with the scope and context value it closed over.
/// A thunk is the tail call of a lambda body, left for the caller's trampoline to run (no stack growth).
/// </summary>
internal sealed class JsonAtaLambda : JsonAtaFunction
{
    private readonly JsonAtaArgumentValidator? _signature;

    public JsonAtaLambda(JsonAtaNode body, IReadOnlyList<string> parameters, JsonAtaArgumentValidator? signature, object? input, JsonAtaFrame frame, bool isThunk)
    {
        Body = body;
        Parameters = parameters;
        _signature = signature;
        Input = input;
        Frame = frame;
        IsThunk = isThunk;
    }

    public JsonAtaNode Body { get; }

    /// <summary>The parameter names without <c>$</c>.</summary>
    public IReadOnlyList<string> Parameters { get; }

    /// <summary>The context value where the lambda was defined.</summary>
    public object? Input { get; }

    /// <summary>The scope the lambda closed over.</summary>
    public JsonAtaFrame Frame { get; }

    /// <summary>A tail call waiting to be run by <see cref="JsonAtaEvaluator.Apply"/>.</summary>
    public bool IsThunk { get; }

    public override int Arity => Parameters.Count;

    public override JsonAtaArgumentValidator? Signature => _signature;

    public override object? Invoke(JsonAtaCall call, object?[] arguments)
    {
        var frame = new JsonAtaFrame(Frame);
        for (int i = 0; i < Parameters.Count; i++)
        {
            frame.Bind(Parameters[i], i < arguments.Length ? arguments[i] : null);
        }

        return call.Evaluator.Evaluate(Body, Input, frame);
    }
}
