namespace StepGen.Testing.JsonAta;

/// <summary>A function value: a built-in, a lambda, a partial application, a regex or a transform.</summary>
internal abstract class JsonAtaFunction
{
    /// <summary>
    /// The number of parameters the function declares, which decides how many arguments the higher-order
    /// functions pass it (<c>$map</c> passes the index only to a function of two or more parameters).
    /// </summary>
    public abstract int Arity { get; }

    /// <summary>The signature its arguments are validated against, or null for none.</summary>
    public virtual JsonAtaArgumentValidator? Signature => null;

    /// <summary>Invokes the function with arguments already validated against <see cref="Signature"/>.</summary>
    public abstract object? Invoke(JsonAtaCall call, object?[] arguments);
}
