using System;
using System.Collections.Generic;
using System.Globalization;

using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Text;

namespace StepGen.Asl.Intrinsics;

/// <summary>
/// Checks a parsed intrinsic function call against the built-in functions (ASL-SPEC §3): the function name, the
/// number of arguments, the kinds of literal arguments and of nested calls' results, the States.Format placeholder
/// count and the documented limits. It is conservative: a path is acceptable wherever a value is, and a nested call
/// is only flagged when what it returns can never be right. Nested calls are checked too.
/// </summary>
public static class IntrinsicChecker
{
    private static readonly string[] Known = CreateKnown();

    private static readonly HashSet<string> StringResults = new HashSet<string>(StringComparer.Ordinal)
    {
        "States.Format",
        "States.JsonToString",
        "States.ArrayGetItem",
        "States.Base64Encode",
        "States.Base64Decode",
        "States.Hash",
        "States.UUID",
    };

    /// <summary>The built-in function names, <c>States.Format</c> first, in ASL-SPEC §3 order.</summary>
    public static IReadOnlyList<string> KnownFunctions { get; } = Array.AsReadOnly(Known);

    /// <summary>
    /// True for the functions whose result can be a string and that may therefore be used where a string is read from
    /// a path, such as Fail <c>ErrorPath</c>/<c>CausePath</c>: States.Format, JsonToString, ArrayGetItem (returns any
    /// element), Base64Encode, Base64Decode, Hash and UUID.
    /// </summary>
    public static bool ReturnsString(string functionName) => functionName != null && StringResults.Contains(functionName);

    /// <summary>The problems of <paramref name="call"/> and of the calls nested in it, outermost first.</summary>
    public static IReadOnlyList<TextProblem> Check(IntrinsicCall call)
    {
        var problems = new List<TextProblem>();
        if (call != null)
        {
            bool nestingReported = false;
            Walk(call, 1, problems, ref nestingReported);
        }

        return problems;
    }

    private static void Walk(IntrinsicCall call, int depth, List<TextProblem> problems, ref bool nestingReported)
    {
        if (depth > IntrinsicFunctions.AwsMaxNesting && !nestingReported)
        {
            nestingReported = true;
            problems.Add(new TextProblem(
                "this call is nested " + Count(depth, "level") + " deep, but AWS allows at most "
                + IntrinsicFunctions.AwsMaxNesting.ToString(CultureInfo.InvariantCulture)
                + " nested intrinsic functions in one field: compute part of the value in an earlier state",
                call.NameOffset,
                call.NameLength));
        }

        IntrinsicSignature? signature = IntrinsicFunctions.Find(call.Name);
        if (signature is null)
        {
            problems.Add(UnknownFunction(call));
        }
        else
        {
            CheckCall(signature, call, problems);
        }

        if (depth > IntrinsicParser.MaxDepth * 2)
        {
            return; // the parser never nests this deep; guard against hand-made trees anyway
        }

        foreach (IntrinsicArgument argument in call.Arguments)
        {
            if (argument.Call != null)
            {
                Walk(argument.Call, depth + 1, problems, ref nestingReported);
            }
        }
    }

    private static TextProblem UnknownFunction(IntrinsicCall call)
    {
        string name = call.Name;
        string shown = Excerpt.Of(name);
        bool prefixed = name.StartsWith("States.", StringComparison.Ordinal);
        string? suggestion = Names.Closest(name, Known);
        if (suggestion is null && !prefixed)
        {
            suggestion = Names.Closest("States." + name, Known);
        }

        string message;
        if (!prefixed)
        {
            message = "'" + shown + "' is not an intrinsic function: intrinsic functions start with 'States.'"
                + (suggestion != null ? "; did you mean '" + suggestion + "'?" : ", for example States.Format or States.Array");
        }
        else if (suggestion != null && string.Equals(suggestion, name, StringComparison.OrdinalIgnoreCase))
        {
            message = "unknown intrinsic function '" + shown + "': function names are case-sensitive; write '" + suggestion + "'";
        }
        else
        {
            message = "unknown intrinsic function '" + shown + "'"
                + (suggestion != null
                    ? "; did you mean '" + suggestion + "'?"
                    : ": the intrinsic functions are " + string.Join(", ", Known));
        }

        return new TextProblem(message, call.NameOffset, call.NameLength, suggestion);
    }

    private static void CheckCall(IntrinsicSignature signature, IntrinsicCall call, List<TextProblem> problems)
    {
        IReadOnlyList<IntrinsicArgument> arguments = call.Arguments;
        int count = arguments.Count;
        int max = signature.MaxArguments;
        if (count < signature.MinArguments)
        {
            problems.Add(new TextProblem(ArityMessage(signature, count), call.NameOffset, call.NameLength));
        }
        else if (max >= 0 && count > max)
        {
            IntrinsicArgument first = arguments[max];
            IntrinsicArgument last = arguments[count - 1];
            problems.Add(new TextProblem(ArityMessage(signature, count), first.Offset, last.Offset + last.Length - first.Offset));
        }

        for (int i = 0; i < count; i++)
        {
            IntrinsicParam? parameter = signature.ParameterAt(i);
            if (parameter != null)
            {
                TextProblem? problem = CheckArgument(signature, i, parameter, arguments[i]);
                if (problem != null)
                {
                    problems.Add(problem);
                }
            }
        }

        switch (signature.Name)
        {
            case "States.Format":
                CheckFormat(arguments, problems);
                break;
            case "States.ArrayRange":
                CheckRange(call, problems);
                break;
            case "States.StringToJson":
                CheckJsonText(signature, arguments, problems);
                break;
        }
    }

    private static string ArityMessage(IntrinsicSignature signature, int count)
    {
        string given = count == 0 ? "none" : count.ToString(CultureInfo.InvariantCulture);
        int min = signature.MinArguments;
        int max = signature.MaxArguments;
        if (max == 0)
        {
            return signature.Name + " takes no arguments: write " + signature.Usage;
        }

        if (max < 0)
        {
            return signature.Name == "States.Format"
                ? "States.Format needs at least a template string, as in States.Format('Hello, {}', $.name)"
                : signature.Name + " takes at least " + Count(min, "argument") + ", " + signature.Usage + ", but was given " + given;
        }

        string expected = min == max ? Count(min, "argument") : min.ToString(CultureInfo.InvariantCulture) + " or " + Count(max, "argument");
        return signature.Name + " takes " + expected + ", " + signature.Usage + ", but was given " + given;
    }

    private static TextProblem? CheckArgument(IntrinsicSignature signature, int index, IntrinsicParam parameter, IntrinsicArgument argument)
    {
        if (argument.Kind == IntrinsicArgumentKind.Path)
        {
            return null; // a path can hold anything
        }

        string where = Where(signature, index, parameter);
        if (parameter.Kind == IntrinsicParamKind.PathOnly)
        {
            return new TextProblem(
                where + " must be a path such as $.order, not " + Describe(argument) + ": " + signature.Name + " serializes the JSON found at a path",
                argument.Offset,
                argument.Length);
        }

        IntrinsicValueKind actual = KindOf(argument);
        if (actual != IntrinsicValueKind.Any && !Accepts(parameter.Kind, actual))
        {
            string? suggestion = null;
            string hint = Hint(parameter.Kind, argument, ref suggestion);
            return new TextProblem(
                where + " must be " + Expected(parameter.Kind) + ", not " + Describe(argument) + hint,
                argument.Offset,
                argument.Length,
                suggestion);
        }

        if (argument.Kind == IntrinsicArgumentKind.Number)
        {
            double? value = argument.NumberValue;
            if (value.HasValue)
            {
                bool whole = Math.Floor(value.Value) == value.Value;
                switch (parameter.Kind)
                {
                    case IntrinsicParamKind.Integer when !whole:
                    case IntrinsicParamKind.NonZeroInteger when !whole:
                        return new TextProblem(where + " must be a whole number, not " + argument.Text, argument.Offset, argument.Length);
                    case IntrinsicParamKind.PositiveInteger when !whole || value.Value <= 0:
                        return new TextProblem(
                            where + " must be a positive whole number such as 2, not " + argument.Text,
                            argument.Offset,
                            argument.Length);
                    case IntrinsicParamKind.NonZeroInteger when value.Value == 0:
                        return new TextProblem(
                            where + " must not be 0: use 1 to count up or -1 to count down",
                            argument.Offset,
                            argument.Length);
                }
            }
        }

        if (argument.Kind == IntrinsicArgumentKind.String && argument.StringValue != null)
        {
            string value = argument.StringValue;
            if (parameter.Kind == IntrinsicParamKind.HashAlgorithm && Array.IndexOf(IntrinsicFunctions.HashAlgorithms, value) < 0)
            {
                string? closest = Names.Closest(value, IntrinsicFunctions.HashAlgorithms);
                return new TextProblem(
                    where + " must be " + Expected(IntrinsicParamKind.HashAlgorithm) + ", not " + Describe(argument)
                    + (closest != null ? "; did you mean '" + closest + "'?" : string.Empty),
                    argument.Offset,
                    argument.Length,
                    closest != null ? "'" + closest + "'" : null);
            }

            if (parameter.MaxLength > 0)
            {
                int length = Names.CodePointLength(value);
                if (length > parameter.MaxLength)
                {
                    return new TextProblem(
                        where + " is " + Thousands(length) + " characters long, but AWS accepts at most "
                        + Thousands(parameter.MaxLength) + ": pass longer data through a path or a Task state",
                        argument.Offset,
                        argument.Length);
                }
            }
        }

        return null;
    }

    /// <summary>States.Format: the number of '{}' in a literal template must equal the number of values.</summary>
    private static void CheckFormat(IReadOnlyList<IntrinsicArgument> arguments, List<TextProblem> problems)
    {
        if (arguments.Count == 0 || arguments[0].Kind != IntrinsicArgumentKind.String)
        {
            return;
        }

        IntrinsicArgument template = arguments[0];
        int placeholders = CountPlaceholders(template.Text);
        int values = arguments.Count - 1;
        if (placeholders == values)
        {
            return;
        }

        string head = "States.Format has " + Count(placeholders, "placeholder") + " '{}' but " + Count(values, "value");
        if (values < placeholders)
        {
            int missing = placeholders - values;
            problems.Add(new TextProblem(
                head + ": add " + Count(missing, "more value") + " after the template, or remove " + (missing == 1 ? "a placeholder" : Count(missing, "placeholder"))
                + " (write \\{ and \\} for literal braces)",
                template.Offset,
                template.Length));
        }
        else
        {
            IntrinsicArgument first = arguments[1 + placeholders];
            IntrinsicArgument last = arguments[arguments.Count - 1];
            int extra = values - placeholders;
            problems.Add(new TextProblem(
                head + ": remove " + (extra == 1 ? "the extra value" : "the " + Count(extra, "extra value")) + ", or add a '{}' to the template for " + (extra == 1 ? "it" : "each"),
                first.Offset,
                last.Offset + last.Length - first.Offset));
        }
    }

    /// <summary>Counts unescaped <c>{}</c> pairs in the source text of a string literal (quotes included).</summary>
    internal static int CountPlaceholders(string literal)
    {
        int end = literal.Length > 0 && literal[literal.Length - 1] == '\'' ? literal.Length - 1 : literal.Length;
        int count = 0;
        for (int i = 1; i < end; i++)
        {
            char c = literal[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '{' && i + 1 < end && literal[i + 1] == '}')
            {
                count++;
                i++;
            }
        }

        return count;
    }

    /// <summary>States.ArrayRange with three literal numbers: at most 1000 items.</summary>
    private static void CheckRange(IntrinsicCall call, List<TextProblem> problems)
    {
        IReadOnlyList<IntrinsicArgument> arguments = call.Arguments;
        if (arguments.Count != 3)
        {
            return;
        }

        double? start = arguments[0].NumberValue;
        double? end = arguments[1].NumberValue;
        double? step = arguments[2].NumberValue;
        if (!start.HasValue || !end.HasValue || !step.HasValue || step.Value == 0
            || Math.Floor(start.Value) != start.Value || Math.Floor(end.Value) != end.Value || Math.Floor(step.Value) != step.Value)
        {
            return;
        }

        double span = (end.Value - start.Value) / step.Value;
        double items = span < 0 ? 0 : Math.Floor(span) + 1;
        if (items > IntrinsicFunctions.MaxRangeItems)
        {
            string produced = items < 1e15 ? Thousands(items) + " items" : "far more than " + Thousands(IntrinsicFunctions.MaxRangeItems) + " items";
            problems.Add(new TextProblem(
                "States.ArrayRange(" + arguments[0].Text + ", " + arguments[1].Text + ", " + arguments[2].Text + ") would produce " + produced
                + ", but AWS allows at most " + Thousands(IntrinsicFunctions.MaxRangeItems) + ": use a larger step or a smaller range",
                call.Offset,
                call.Length));
        }
    }

    /// <summary>States.StringToJson with a literal: the text must be JSON (checked only when no backslash makes it ambiguous).</summary>
    private static void CheckJsonText(IntrinsicSignature signature, IReadOnlyList<IntrinsicArgument> arguments, List<TextProblem> problems)
    {
        if (arguments.Count != 1 || arguments[0].Kind != IntrinsicArgumentKind.String)
        {
            return;
        }

        IntrinsicArgument argument = arguments[0];
        string? value = argument.StringValue;
        if (value is null || value.IndexOf('\\') >= 0)
        {
            return;
        }

        JsonParseResult json = JsonParser.Parse(value);
        if (!json.Success)
        {
            problems.Add(new TextProblem(
                Where(signature, 0, signature.Parameters[0]) + " is not valid JSON (" + json.Error
                + "): pass JSON text such as '\\{\"id\": 1\\}', or a path to a string that holds JSON",
                argument.Offset,
                argument.Length));
        }
    }

    private static IntrinsicValueKind KindOf(IntrinsicArgument argument) => argument.Kind switch
    {
        IntrinsicArgumentKind.String => IntrinsicValueKind.String,
        IntrinsicArgumentKind.Number => IntrinsicValueKind.Number,
        IntrinsicArgumentKind.Boolean => IntrinsicValueKind.Boolean,
        IntrinsicArgumentKind.Null => IntrinsicValueKind.Null,
        IntrinsicArgumentKind.Call when argument.Call != null => IntrinsicFunctions.ReturnKind(argument.Call.Name),
        _ => IntrinsicValueKind.Any,
    };

    private static bool Accepts(IntrinsicParamKind parameter, IntrinsicValueKind actual) => parameter switch
    {
        IntrinsicParamKind.Any => true,
        IntrinsicParamKind.Scalar => actual != IntrinsicValueKind.Array && actual != IntrinsicValueKind.Object,
        IntrinsicParamKind.Template or IntrinsicParamKind.String or IntrinsicParamKind.HashAlgorithm => actual == IntrinsicValueKind.String,
        IntrinsicParamKind.Number or IntrinsicParamKind.Integer or IntrinsicParamKind.PositiveInteger or IntrinsicParamKind.NonZeroInteger
            => actual == IntrinsicValueKind.Number,
        IntrinsicParamKind.Array => actual == IntrinsicValueKind.Array,
        IntrinsicParamKind.Object => actual == IntrinsicValueKind.Object,
        IntrinsicParamKind.Boolean => actual == IntrinsicValueKind.Boolean,
        _ => true,
    };

    private static string Expected(IntrinsicParamKind kind) => kind switch
    {
        IntrinsicParamKind.Scalar => "a string, number, boolean or null",
        IntrinsicParamKind.Template => "a template string such as 'Hello, {}'",
        IntrinsicParamKind.String => "a string",
        IntrinsicParamKind.Number => "a number",
        IntrinsicParamKind.Integer => "a whole number",
        IntrinsicParamKind.PositiveInteger => "a positive whole number",
        IntrinsicParamKind.NonZeroInteger => "a whole number other than 0",
        IntrinsicParamKind.Array => "an array",
        IntrinsicParamKind.Object => "a JSON object",
        IntrinsicParamKind.Boolean => "true or false",
        IntrinsicParamKind.HashAlgorithm => "one of 'MD5', 'SHA-1', 'SHA-256', 'SHA-384' or 'SHA-512'",
        IntrinsicParamKind.PathOnly => "a path",
        _ => "a value",
    };

    private static string Hint(IntrinsicParamKind kind, IntrinsicArgument argument, ref string? suggestion)
    {
        switch (kind)
        {
            case IntrinsicParamKind.Number:
            case IntrinsicParamKind.Integer:
            case IntrinsicParamKind.PositiveInteger:
            case IntrinsicParamKind.NonZeroInteger:
                if (argument.Kind == IntrinsicArgumentKind.String && IsNumberText(argument.StringValue))
                {
                    suggestion = argument.StringValue!.Trim();
                    return "; write " + suggestion + " without quotes";
                }

                break;
            case IntrinsicParamKind.Boolean:
                if (argument.Kind == IntrinsicArgumentKind.String && (argument.StringValue == "true" || argument.StringValue == "false"))
                {
                    suggestion = argument.StringValue;
                    return "; write " + suggestion + " without quotes";
                }

                break;
            case IntrinsicParamKind.Template:
            case IntrinsicParamKind.String:
            case IntrinsicParamKind.HashAlgorithm:
                if (argument.Kind == IntrinsicArgumentKind.Number || argument.Kind == IntrinsicArgumentKind.Boolean)
                {
                    suggestion = "'" + argument.Text + "'";
                    return "; write " + suggestion + " in single quotes";
                }

                break;
            case IntrinsicParamKind.Scalar:
                return ": use States.JsonToString($.path) to put JSON into a string";
            case IntrinsicParamKind.Array:
                return ": use a path such as $.items, or States.Array(...)";
            case IntrinsicParamKind.Object:
                return ": use a path such as $.settings";
        }

        return string.Empty;
    }

    private static bool IsNumberText(string? text)
    {
        if (text is null)
        {
            return false;
        }

        string t = text.Trim();
        if (t.Length == 0)
        {
            return false;
        }

        var parsed = IntrinsicParser.Parse("X(" + t + ")");
        return parsed.Success && parsed.Call!.Arguments.Count == 1 && parsed.Call.Arguments[0].Kind == IntrinsicArgumentKind.Number;
    }

    private static string Describe(IntrinsicArgument argument)
    {
        switch (argument.Kind)
        {
            case IntrinsicArgumentKind.String:
                return "the string " + Excerpt.Of(argument.Text);
            case IntrinsicArgumentKind.Number:
                return "the number " + Excerpt.Of(argument.Text);
            case IntrinsicArgumentKind.Boolean:
                return "the boolean " + argument.Text;
            case IntrinsicArgumentKind.Null:
                return "null";
            case IntrinsicArgumentKind.Call when argument.Call != null:
                return Excerpt.Of(argument.Call.Name) + "(...), which returns " + KindName(IntrinsicFunctions.ReturnKind(argument.Call.Name));
            default:
                return Excerpt.Of(argument.Text);
        }
    }

    private static string KindName(IntrinsicValueKind kind) => kind switch
    {
        IntrinsicValueKind.String => "a string",
        IntrinsicValueKind.Number => "a number",
        IntrinsicValueKind.Boolean => "a boolean",
        IntrinsicValueKind.Null => "null",
        IntrinsicValueKind.Array => "an array",
        IntrinsicValueKind.Object => "a JSON object",
        _ => "any JSON value",
    };

    /// <summary>"the 2nd argument of States.Hash (the algorithm)", or "the argument of ..." for one-parameter functions.</summary>
    private static string Where(IntrinsicSignature signature, int index, IntrinsicParam parameter)
    {
        bool single = signature.Rest is null && signature.Parameters.Length == 1;
        return (single ? "the argument of " : "the " + Ordinal(index + 1) + " argument of ") + signature.Name + " (" + parameter.Name + ")";
    }

    private static string Ordinal(int n)
    {
        string suffix = (n % 100) switch
        {
            11 or 12 or 13 => "th",
            _ => (n % 10) switch
            {
                1 => "st",
                2 => "nd",
                3 => "rd",
                _ => "th",
            },
        };
        return n.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? string.Empty : "s");

    private static string Thousands(double n) => n.ToString("#,0", CultureInfo.InvariantCulture);

    private static string[] CreateKnown()
    {
        var names = new string[IntrinsicFunctions.All.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = IntrinsicFunctions.All[i].Name;
        }

        return names;
    }
}
