using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

using StepGen.Asl.Json;
using StepGen.Asl.JsonAta;

namespace StepGen.Testing.JsonAta;

/// <summary>
/// A compiled JSONata expression: the parser's tree plus what evaluation reuses (regexes, signatures). Compile once,
/// evaluate many times; evaluations are independent and may run on several threads.
/// </summary>
internal sealed class JsonAtaExpression
{
    private readonly JsonAtaNode _root;
    private readonly ConditionalWeakTable<JsonAtaRegexNode, JsonAtaRegex> _regexes = new ConditionalWeakTable<JsonAtaRegexNode, JsonAtaRegex>();
    private readonly ConditionalWeakTable<JsonAtaLambdaNode, SignatureBox> _signatures = new ConditionalWeakTable<JsonAtaLambdaNode, SignatureBox>();

    private JsonAtaExpression(string text, JsonAtaNode root)
    {
        Text = text;
        _root = root;
    }

    /// <summary>The expression text.</summary>
    public string Text { get; }

    /// <summary>The parsed tree, for readers that need what the expression refers to (<see cref="JsonAtaReferences"/>).</summary>
    internal JsonAtaNode Root => _root;

    /// <summary>Compiles <paramref name="expression"/>; a syntax error is a <see cref="JsonAtaException"/> with the parser's code.</summary>
    public static JsonAtaExpression Compile(string expression)
    {
        JsonAtaParseResult parsed = JsonAtaParser.Parse(expression ?? throw new ArgumentNullException(nameof(expression)));
        if (parsed.Root is null)
        {
            JsonAtaSyntaxError error = parsed.Error!;
            throw new JsonAtaException(error.Code, error.Message, error.Start);
        }

        return new JsonAtaExpression(expression, parsed.Root);
    }

    /// <summary>
    /// Evaluates the expression. <paramref name="input"/> null is undefined; <paramref name="bindings"/> name variables
    /// without <c>$</c>. Returns null for undefined; a function inside the result is written <c>""</c>. Throws
    /// <see cref="JsonAtaException"/> with the reference's error code.
    /// </summary>
    public JsonNode? Evaluate(JsonNode? input, IReadOnlyDictionary<string, JsonNode>? bindings = null, JsonAtaOptions? options = null) =>
        JsonAtaValues.ToJson(EvaluateValue(JsonAtaValues.FromJson(input), bindings, options));

    /// <summary>Evaluates to the evaluator's own value model (see <see cref="JsonAtaValues"/>).</summary>
    internal object? EvaluateValue(object? input, IReadOnlyDictionary<string, JsonNode>? bindings, JsonAtaOptions? options)
    {
        options ??= DefaultOptions;
        try
        {
            return EvaluateOn(input, bindings, options, onLargeStack: false);
        }
        catch (JsonAtaEvaluator.NeedsLargeStackException)
        {
            // A deep recursion: evaluate again from the start on a thread with a stack for MaxDepth levels (the
            // reference's async evaluation has no stack limit of its own). The evaluation is a function of its input,
            // bindings and options, so running it again gives what the first run would have.
            object? result = null;
            Exception? failure = null;
            int stack = (int)Math.Min(1L << 30, Math.Max(16L << 20, (long)options.MaxDepth * JsonAtaEvaluator.StackBytesPerLevel));
            var thread = new System.Threading.Thread(
                () =>
                {
                    try
                    {
                        result = EvaluateOn(input, bindings, options, onLargeStack: true);
                    }
                    catch (Exception e)
                    {
                        failure = e;
                    }
                },
                stack);
            thread.Start();
            thread.Join();
            if (failure != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }

            return result;
        }
    }

    private object? EvaluateOn(object? input, IReadOnlyDictionary<string, JsonNode>? bindings, JsonAtaOptions options, bool onLargeStack)
    {
        var evaluator = new JsonAtaEvaluator(this, options, onLargeStack);
        var globals = new JsonAtaFrame(options.StepFunctionsFunctions ? WithStepFunctions : StandardOnly);
        if (bindings != null)
        {
            foreach (KeyValuePair<string, JsonNode> binding in bindings)
            {
                globals.Bind(binding.Key, JsonAtaValues.FromJson(binding.Value));
            }
        }

        globals.Bind("$", input);
        if (input is JsonAtaSequence { IsSequence: false } array)
        {
            input = new JsonAtaSequence { IsSequence = true, IsOuterWrapper = true };
            ((JsonAtaSequence)input).Add(array);
        }

        object? result = evaluator.Evaluate(_root, input, globals);
        return Unthunk(result, evaluator, globals);
    }

    /// <summary>A thunk (a tail call) that reaches the top is run.</summary>
    private static object? Unthunk(object? result, JsonAtaEvaluator evaluator, JsonAtaFrame frame) =>
        result is JsonAtaLambda { IsThunk: true } ? evaluator.Apply(result, Array.Empty<object?>(), null, frame) : result;

    private static JsonAtaOptions DefaultOptions { get; } = new JsonAtaOptions();

    private static JsonAtaFrame StandardOnly { get; } = Frame(includeStepFunctions: false);

    private static JsonAtaFrame WithStepFunctions { get; } = Frame(includeStepFunctions: true);

    private static JsonAtaFrame Frame(bool includeStepFunctions)
    {
        var frame = new JsonAtaFrame(null);
        foreach (KeyValuePair<string, JsonAtaFunction> function in JsonAtaBuiltIns.Standard)
        {
            // Step Functions leaves $eval out (the catalogue says why); its evaluation profile does too.
            if (!includeStepFunctions || JsonAtaFunctions.StepFunctionsRefusal(function.Key) is null)
            {
                frame.Bind(function.Key, function.Value);
            }
        }

        if (includeStepFunctions)
        {
            foreach (KeyValuePair<string, JsonAtaFunction> function in JsonAtaBuiltIns.StepFunctions)
            {
                frame.Bind(function.Key, function.Value);
            }
        }

        return frame;
    }

    /// <summary>The function value of a regex literal, compiled once per node.</summary>
    internal JsonAtaRegex RegexOf(JsonAtaRegexNode node) =>
        _regexes.GetValue(node, n => new JsonAtaRegex(n.Pattern, n.Flags, n.Start));

    /// <summary>The argument validator of a lambda's signature, read once per node (null when it has none).</summary>
    internal JsonAtaArgumentValidator? SignatureOf(JsonAtaLambdaNode node) =>
        node.Signature is null ? null : _signatures.GetValue(node, n => new SignatureBox(JsonAtaArgumentValidator.Parse(n.Signature!))).Validator;

    private sealed class SignatureBox
    {
        public SignatureBox(JsonAtaArgumentValidator validator) => Validator = validator;

        public JsonAtaArgumentValidator Validator { get; }
    }
}
