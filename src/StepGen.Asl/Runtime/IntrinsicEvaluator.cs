using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Intrinsics;
using StepGen.Asl.Json;

namespace StepGen.Asl.Runtime;

/// <summary>
/// Evaluates intrinsic function calls (<c>States.Format('{}', $.name)</c>), parsed by <see cref="IntrinsicParser"/>,
/// for every function of the <see cref="IntrinsicFunctions"/> table, with the argument rules of the developer guide's
/// "Intrinsic functions for JSONPath states" page. Any failure, a path argument that matches nothing included, is
/// <see cref="AslErrorNames.IntrinsicFailure"/>: the guide's error "when the attempt to invoke an intrinsic function
/// within a payload template fails".
/// </summary>
/// <remarks>
/// Where the guide says "If you specify a non-integer value ... Step Functions will round it off to the nearest
/// integer" (ArrayPartition, ArrayRange, MathRandom, MathAdd) it does not say which way a half goes; this rounds
/// halves up, as Java's <c>Math.round</c> does (2.5 is 3, -2.5 is -2). The functions themselves live in
/// <see cref="IntrinsicArrayFunctions"/>, <see cref="IntrinsicTextFunctions"/> and <see cref="IntrinsicMathFunctions"/>.
/// </remarks>
public static class IntrinsicEvaluator
{
    private static readonly ConcurrentDictionary<string, IntrinsicParseResult> Parsed = new ConcurrentDictionary<string, IntrinsicParseResult>(System.StringComparer.Ordinal);

    /// <summary>Evaluates a call such as <c>States.Array($.a, 1)</c>.</summary>
    /// <exception cref="AslRuntimeException"><see cref="AslErrorNames.IntrinsicFailure"/> when the call is invalid or fails.</exception>
    public static JsonNode Evaluate(string expression, EvaluationScope scope)
    {
        expression ??= string.Empty;
        if (!Parsed.TryGetValue(expression, out IntrinsicParseResult? parsed))
        {
            parsed = IntrinsicParser.Parse(expression);
            if (Parsed.Count >= 4096)
            {
                Parsed.Clear();
            }

            Parsed[expression] = parsed;
        }

        if (!parsed.Success)
        {
            throw Fail("Invalid intrinsic function '" + expression + "': " + parsed.Error);
        }

        return Call(parsed.Call!, scope);
    }

    internal static JsonNode Call(IntrinsicCall call, EvaluationScope scope)
    {
        IntrinsicSignature signature = IntrinsicFunctions.Find(call.Name)
            ?? throw Fail("The intrinsic function '" + call.Name + "' does not exist");
        int count = call.Arguments.Count;
        if (count < signature.MinArguments || (signature.MaxArguments >= 0 && count > signature.MaxArguments))
        {
            throw Fail(call.Name + " takes " + Arity(signature) + ", as in " + signature.Usage + ", but was given "
                + count.ToString(CultureInfo.InvariantCulture));
        }

        var args = new Arguments(call, scope);
        switch (call.Name)
        {
            case "States.Format": return IntrinsicTextFunctions.Format(args);
            case "States.StringToJson": return IntrinsicTextFunctions.StringToJson(args);
            case "States.JsonToString": return IntrinsicTextFunctions.JsonToString(args);
            case "States.Array": return IntrinsicArrayFunctions.Array(args);
            case "States.ArrayPartition": return IntrinsicArrayFunctions.Partition(args);
            case "States.ArrayContains": return IntrinsicArrayFunctions.Contains(args);
            case "States.ArrayRange": return IntrinsicArrayFunctions.Range(args);
            case "States.ArrayGetItem": return IntrinsicArrayFunctions.GetItem(args);
            case "States.ArrayLength": return IntrinsicArrayFunctions.Length(args);
            case "States.ArrayUnique": return IntrinsicArrayFunctions.Unique(args);
            case "States.Base64Encode": return IntrinsicTextFunctions.Base64Encode(args);
            case "States.Base64Decode": return IntrinsicTextFunctions.Base64Decode(args);
            case "States.Hash": return IntrinsicTextFunctions.Hash(args);
            case "States.JsonMerge": return IntrinsicTextFunctions.JsonMerge(args);
            case "States.MathRandom": return IntrinsicMathFunctions.Random(args);
            case "States.MathAdd": return IntrinsicMathFunctions.Add(args);
            case "States.StringSplit": return IntrinsicTextFunctions.StringSplit(args);
            case "States.UUID": return new JsonString(scope.NewGuid().ToString("D"));
            default: throw Fail("The intrinsic function '" + call.Name + "' is not supported");
        }
    }

    internal static AslRuntimeException Fail(string cause) => new AslRuntimeException(AslErrorNames.IntrinsicFailure, cause);

    private static string Arity(IntrinsicSignature signature)
    {
        int min = signature.MinArguments;
        int max = signature.MaxArguments;
        string Count(int n) => n.ToString(CultureInfo.InvariantCulture) + (n == 1 ? " argument" : " arguments");
        if (max < 0)
        {
            return "at least " + Count(min);
        }

        return min == max ? Count(min) : min.ToString(CultureInfo.InvariantCulture) + " to " + Count(max);
    }

    /// <summary>The arguments of one call, evaluated on demand, with the checks every function shares.</summary>
    internal sealed class Arguments
    {
        private readonly EvaluationScope _scope;
        private readonly JsonNode?[] _values;

        public Arguments(IntrinsicCall call, EvaluationScope scope)
        {
            Call = call;
            _scope = scope;
            _values = new JsonNode?[call.Arguments.Count];
        }

        public IntrinsicCall Call { get; }

        public int Count => _values.Length;

        public EvaluationScope Scope => _scope;

        public IntrinsicArgument Syntax(int index) => Call.Arguments[index];

        /// <summary>The value of argument <paramref name="index"/>.</summary>
        public JsonNode Value(int index)
        {
            if (_values[index] is JsonNode known)
            {
                return known;
            }

            IntrinsicArgument argument = Call.Arguments[index];
            JsonNode value;
            switch (argument.Kind)
            {
                case IntrinsicArgumentKind.String:
                    value = new JsonString(argument.StringValue ?? string.Empty);
                    break;
                case IntrinsicArgumentKind.Number:
                    value = JsonNumber.TryFromText(argument.Text)
                        ?? (decimal.TryParse(argument.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal d)
                            ? JsonValues.FromDecimal(d)
                            : JsonNumber.TryFromDouble(double.Parse(argument.Text, NumberStyles.Float, CultureInfo.InvariantCulture)) ?? (JsonNode)JsonNode.Null);
                    break;
                case IntrinsicArgumentKind.Boolean:
                    value = JsonNode.FromBoolean(argument.Text == "true");
                    break;
                case IntrinsicArgumentKind.Null:
                    value = JsonNode.Null;
                    break;
                case IntrinsicArgumentKind.Call:
                    value = IntrinsicEvaluator.Call(argument.Call!, _scope);
                    break;
                default:
                    try
                    {
                        value = PathEvaluator.Evaluate(argument.Path!, _scope);
                    }
                    catch (AslRuntimeException e)
                    {
                        throw Fail("The path '" + argument.Text + "' given to " + Call.Name + " could not be evaluated: " + e.Cause);
                    }

                    break;
            }

            _values[index] = value;
            return value;
        }

        public JsonArray Array(int index, string what) =>
            Value(index) as JsonArray ?? throw Wrong(index, what, "an array");

        public JsonObject Object(int index, string what) =>
            Value(index) as JsonObject ?? throw Wrong(index, what, "an object");

        public string String(int index, string what) =>
            Value(index) is JsonString s ? s.Value : throw Wrong(index, what, "a string");

        /// <summary>A number rounded to the nearest integer (halves up, as Java's Math.round), within long's range.</summary>
        public long Integer(int index, string what)
        {
            if (Value(index) is not JsonNumber number)
            {
                throw Wrong(index, what, "a number");
            }

            if (JsonValues.TryGetDecimal(number, out decimal d) && d >= long.MinValue && d <= long.MaxValue - 1)
            {
                return (long)decimal.Floor(d + 0.5m);
            }

            throw Fail(Call.Name + ": " + what + " " + number.Text + " is out of range");
        }

        public AslRuntimeException Wrong(int index, string what, string expected) =>
            Fail(Call.Name + ": " + what + " must be " + expected + ", but '" + Syntax(index).Text + "' is "
                + JsonValues.Describe(Value(index)) + (Value(index) is JsonArray or JsonObject ? string.Empty : " (" + JsonValues.Excerpt(Value(index), 60) + ")"));
    }
}
