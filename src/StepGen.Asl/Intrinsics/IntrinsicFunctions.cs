using System.Collections.Generic;

namespace StepGen.Asl.Intrinsics;

/// <summary>The JSON kind of a value, as far as it is known before run time.</summary>
internal enum IntrinsicValueKind
{
    /// <summary>Unknown until run time (a path, or a function that returns any JSON value).</summary>
    Any,
    String,
    Number,
    Boolean,
    Null,
    Array,
    Object,
}

/// <summary>What a parameter of a built-in function accepts.</summary>
internal enum IntrinsicParamKind
{
    /// <summary>Any JSON value.</summary>
    Any,

    /// <summary>A string, number, boolean or null (not an array or object): the values of States.Format.</summary>
    Scalar,

    /// <summary>The States.Format template: a string.</summary>
    Template,

    String,

    /// <summary>A number (AWS rounds non-integers for the math functions, so any number is accepted).</summary>
    Number,

    /// <summary>A whole number.</summary>
    Integer,

    /// <summary>A whole number greater than 0 (the ArrayPartition chunk size).</summary>
    PositiveInteger,

    /// <summary>A whole number other than 0 (the ArrayRange step).</summary>
    NonZeroInteger,

    Array,

    Object,

    Boolean,

    /// <summary>Only a path is accepted (States.JsonToString).</summary>
    PathOnly,

    /// <summary>One of the States.Hash algorithm names.</summary>
    HashAlgorithm,
}

internal sealed class IntrinsicParam
{
    public IntrinsicParam(string name, IntrinsicParamKind kind, int maxLength = 0)
    {
        Name = name;
        Kind = kind;
        MaxLength = maxLength;
    }

    /// <summary>What the parameter is, for messages: "the chunk size".</summary>
    public string Name { get; }

    public IntrinsicParamKind Kind { get; }

    /// <summary>The longest string literal accepted (in characters); 0 for no limit.</summary>
    public int MaxLength { get; }
}

internal sealed class IntrinsicSignature
{
    public IntrinsicSignature(string name, IntrinsicValueKind returns, string usage, IntrinsicParam[] parameters, int minArguments, IntrinsicParam? rest = null)
    {
        Name = name;
        Returns = returns;
        Usage = usage;
        Parameters = parameters;
        MinArguments = minArguments;
        Rest = rest;
    }

    public string Name { get; }

    public IntrinsicValueKind Returns { get; }

    /// <summary>How a call looks, for messages: "States.ArrayRange(start, end, step)".</summary>
    public string Usage { get; }

    /// <summary>The fixed parameters (the last ones may be optional, see <see cref="MinArguments"/>).</summary>
    public IntrinsicParam[] Parameters { get; }

    public int MinArguments { get; }

    /// <summary>The parameter repeated after the fixed ones, or null when the count is bounded.</summary>
    public IntrinsicParam? Rest { get; }

    /// <summary>The most arguments accepted, or -1 for no limit.</summary>
    public int MaxArguments => Rest is null ? Parameters.Length : -1;

    public IntrinsicParam? ParameterAt(int index) => index < Parameters.Length ? Parameters[index] : Rest;
}

/// <summary>The built-in intrinsic functions (ASL-SPEC §3).</summary>
internal static class IntrinsicFunctions
{
    /// <summary>AWS documents "up to 10" nested intrinsic functions in one field.</summary>
    public const int AwsMaxNesting = 10;

    /// <summary>The longest string AWS accepts as the input of States.Base64Encode, Base64Decode and Hash.</summary>
    public const int MaxInputLength = 10000;

    /// <summary>The most items States.ArrayRange may produce.</summary>
    public const int MaxRangeItems = 1000;

    public static readonly string[] HashAlgorithms = { "MD5", "SHA-1", "SHA-256", "SHA-384", "SHA-512" };

    public static readonly IntrinsicSignature[] All =
    {
        new IntrinsicSignature(
            "States.Format",
            IntrinsicValueKind.String,
            "States.Format(template, value, ...)",
            new[] { new IntrinsicParam("the template", IntrinsicParamKind.Template) },
            1,
            new IntrinsicParam("a value for '{}'", IntrinsicParamKind.Scalar)),
        new IntrinsicSignature(
            "States.StringToJson",
            IntrinsicValueKind.Any,
            "States.StringToJson(jsonText)",
            new[] { new IntrinsicParam("the JSON text", IntrinsicParamKind.String) },
            1),
        new IntrinsicSignature(
            "States.JsonToString",
            IntrinsicValueKind.String,
            "States.JsonToString($.path)",
            new[] { new IntrinsicParam("the value to serialize", IntrinsicParamKind.PathOnly) },
            1),
        new IntrinsicSignature(
            "States.Array",
            IntrinsicValueKind.Array,
            "States.Array(value, ...)",
            new IntrinsicParam[0],
            0,
            new IntrinsicParam("an item", IntrinsicParamKind.Any)),
        new IntrinsicSignature(
            "States.ArrayPartition",
            IntrinsicValueKind.Array,
            "States.ArrayPartition(array, chunkSize)",
            new[] { new IntrinsicParam("the array", IntrinsicParamKind.Array), new IntrinsicParam("the chunk size", IntrinsicParamKind.PositiveInteger) },
            2),
        new IntrinsicSignature(
            "States.ArrayContains",
            IntrinsicValueKind.Boolean,
            "States.ArrayContains(array, value)",
            new[] { new IntrinsicParam("the array", IntrinsicParamKind.Array), new IntrinsicParam("the value to look for", IntrinsicParamKind.Any) },
            2),
        new IntrinsicSignature(
            "States.ArrayRange",
            IntrinsicValueKind.Array,
            "States.ArrayRange(start, end, step)",
            new[]
            {
                new IntrinsicParam("the start", IntrinsicParamKind.Integer),
                new IntrinsicParam("the end", IntrinsicParamKind.Integer),
                new IntrinsicParam("the step", IntrinsicParamKind.NonZeroInteger),
            },
            3),
        new IntrinsicSignature(
            "States.ArrayGetItem",
            IntrinsicValueKind.Any,
            "States.ArrayGetItem(array, index)",
            new[] { new IntrinsicParam("the array", IntrinsicParamKind.Array), new IntrinsicParam("the index", IntrinsicParamKind.Integer) },
            2),
        new IntrinsicSignature(
            "States.ArrayLength",
            IntrinsicValueKind.Number,
            "States.ArrayLength(array)",
            new[] { new IntrinsicParam("the array", IntrinsicParamKind.Array) },
            1),
        new IntrinsicSignature(
            "States.ArrayUnique",
            IntrinsicValueKind.Array,
            "States.ArrayUnique(array)",
            new[] { new IntrinsicParam("the array", IntrinsicParamKind.Array) },
            1),
        new IntrinsicSignature(
            "States.Base64Encode",
            IntrinsicValueKind.String,
            "States.Base64Encode(text)",
            new[] { new IntrinsicParam("the text to encode", IntrinsicParamKind.String, MaxInputLength) },
            1),
        new IntrinsicSignature(
            "States.Base64Decode",
            IntrinsicValueKind.String,
            "States.Base64Decode(base64Text)",
            new[] { new IntrinsicParam("the Base64 text to decode", IntrinsicParamKind.String, MaxInputLength) },
            1),
        new IntrinsicSignature(
            "States.Hash",
            IntrinsicValueKind.String,
            "States.Hash(data, algorithm)",
            new[] { new IntrinsicParam("the data to hash", IntrinsicParamKind.Any, MaxInputLength), new IntrinsicParam("the algorithm", IntrinsicParamKind.HashAlgorithm) },
            2),
        new IntrinsicSignature(
            "States.JsonMerge",
            IntrinsicValueKind.Object,
            "States.JsonMerge(object1, object2, false)",
            new[]
            {
                new IntrinsicParam("the first object", IntrinsicParamKind.Object),
                new IntrinsicParam("the second object", IntrinsicParamKind.Object),
                new IntrinsicParam("the deep-merge flag", IntrinsicParamKind.Boolean),
            },
            3),
        new IntrinsicSignature(
            "States.MathRandom",
            IntrinsicValueKind.Number,
            "States.MathRandom(start, end[, seed])",
            new[]
            {
                new IntrinsicParam("the start", IntrinsicParamKind.Number),
                new IntrinsicParam("the end", IntrinsicParamKind.Number),
                new IntrinsicParam("the seed", IntrinsicParamKind.Number),
            },
            2),
        new IntrinsicSignature(
            "States.MathAdd",
            IntrinsicValueKind.Number,
            "States.MathAdd(number1, number2)",
            new[] { new IntrinsicParam("the first number", IntrinsicParamKind.Number), new IntrinsicParam("the second number", IntrinsicParamKind.Number) },
            2),
        new IntrinsicSignature(
            "States.StringSplit",
            IntrinsicValueKind.Array,
            "States.StringSplit(text, delimiter)",
            new[] { new IntrinsicParam("the string to split", IntrinsicParamKind.String), new IntrinsicParam("the delimiter", IntrinsicParamKind.String) },
            2),
        new IntrinsicSignature(
            "States.UUID",
            IntrinsicValueKind.String,
            "States.UUID()",
            new IntrinsicParam[0],
            0),
    };

    private static readonly Dictionary<string, IntrinsicSignature> ByName = CreateIndex();

    public static IntrinsicSignature? Find(string name) =>
        name != null && ByName.TryGetValue(name, out IntrinsicSignature? signature) ? signature : null;

    /// <summary>What a call returns; <see cref="IntrinsicValueKind.Any"/> for unknown functions.</summary>
    public static IntrinsicValueKind ReturnKind(string name) => Find(name)?.Returns ?? IntrinsicValueKind.Any;

    private static Dictionary<string, IntrinsicSignature> CreateIndex()
    {
        var index = new Dictionary<string, IntrinsicSignature>(System.StringComparer.Ordinal);
        foreach (IntrinsicSignature signature in All)
        {
            index[signature.Name] = signature;
        }

        return index;
    }
}
