using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

using StepGen.Asl.Intrinsics;
using StepGen.Asl.Json;

using Arguments = StepGen.Asl.Runtime.IntrinsicEvaluator.Arguments;

namespace StepGen.Asl.Runtime;

/// <summary>
/// The string, encoding, hash and JSON intrinsics (the guide's "Intrinsic for generic operation", "for String
/// operation", "for data encoding and decoding", "for hash calculation" and "for JSON data manipulation").
/// </summary>
internal static class IntrinsicTextFunctions
{
    private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);

    /// <summary>
    /// States.Format(template, values...): each <c>{}</c> of the template replaced by the value at its position; there
    /// must be as many values as <c>{}</c> (the guide). In a literal template <c>\{</c>, <c>\}</c>, <c>\'</c> and
    /// <c>\\</c> stand for the character (the guide's "Reserved characters"), so an escaped brace is no placeholder.
    /// A template read from a path is plain text: every <c>{}</c> in it is a placeholder (the guide is silent).
    /// Values are written as their text: a string as is, a number as written, true, false, null; an array or an
    /// object fails, as the core's checker already says at build time (the guide is silent).
    /// </summary>
    public static JsonNode Format(Arguments args)
    {
        IntrinsicArgument template = args.Syntax(0);
        List<string> pieces = template.Kind == IntrinsicArgumentKind.String
            ? SplitLiteralTemplate(template.Text)
            : SplitPlainTemplate(args.String(0, "the template"));
        int placeholders = pieces.Count - 1;
        int values = args.Count - 1;
        if (placeholders != values)
        {
            throw IntrinsicEvaluator.Fail(
                "States.Format: the template has " + placeholders + " '{}' but " + values + (values == 1 ? " value was" : " values were") + " given");
        }

        var sb = new StringBuilder(pieces[0]);
        for (int i = 1; i <= values; i++)
        {
            JsonNode value = args.Value(i);
            switch (value)
            {
                case JsonString s:
                    sb.Append(s.Value);
                    break;
                case JsonArray:
                case JsonObject:
                    throw args.Wrong(i, "a value for '{}'", "a string, number, boolean or null");
                default:
                    sb.Append(value.ToString());
                    break;
            }

            sb.Append(pieces[i]);
        }

        return new JsonString(sb.ToString());
    }

    /// <summary>States.StringToJson: the string parsed as JSON.</summary>
    public static JsonNode StringToJson(Arguments args)
    {
        string text = args.String(0, "the argument");
        JsonParseResult parsed = JsonParser.Parse(text);
        if (!parsed.Success)
        {
            throw IntrinsicEvaluator.Fail("States.StringToJson: '" + Text.Excerpt.Of(text) + "' is not JSON: " + parsed.Error);
        }

        return parsed.Value!;
    }

    /// <summary>
    /// States.JsonToString: "a string that contains JSON text representing the data specified by the Path"; the
    /// argument "must be a Path" (the guide). The text is compact, without spaces.
    /// </summary>
    public static JsonNode JsonToString(Arguments args)
    {
        if (args.Syntax(0).Kind != IntrinsicArgumentKind.Path)
        {
            throw IntrinsicEvaluator.Fail("States.JsonToString: the argument must be a path, as in States.JsonToString($.data), not '" + args.Syntax(0).Text + "'");
        }

        return new JsonString(JsonWriter.Write(args.Value(0), indented: false));
    }

    /// <summary>
    /// States.Base64Encode: the UTF-8 bytes of a string of up to 10,000 characters (the guide), in Base64 with
    /// padding. The guide says "MIME Base64" but shows no line break; none is written.
    /// </summary>
    public static JsonNode Base64Encode(Arguments args)
    {
        string text = Limited(args, "States.Base64Encode", "the text to encode");
        return new JsonString(Convert.ToBase64String(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// States.Base64Decode: a Base64 string of up to 10,000 characters (the guide), decoded as UTF-8 text. Text that
    /// is not Base64, or whose bytes are not UTF-8, fails.
    /// </summary>
    public static JsonNode Base64Decode(Arguments args)
    {
        string text = Limited(args, "States.Base64Decode", "the Base64 text to decode");
        try
        {
            return new JsonString(StrictUtf8.GetString(Convert.FromBase64String(text)));
        }
        catch (FormatException)
        {
            throw IntrinsicEvaluator.Fail("States.Base64Decode: '" + Text.Excerpt.Of(text) + "' is not Base64 text");
        }
        catch (ArgumentException)
        {
            throw IntrinsicEvaluator.Fail("States.Base64Decode: the decoded bytes of '" + Text.Excerpt.Of(text) + "' are not UTF-8 text");
        }
    }

    /// <summary>
    /// States.Hash(data, algorithm): the lower-case hex digest of the data's UTF-8 bytes, with MD5, SHA-1, SHA-256,
    /// SHA-384 or SHA-512 (the guide's list, names as written there). The guide: the data "must be an object string
    /// containing 10,000 characters or less"; a string is hashed as it is, any other value as its compact JSON text.
    /// </summary>
    public static JsonNode Hash(Arguments args)
    {
        JsonNode data = args.Value(0);
        string text = data is JsonString s ? s.Value : JsonWriter.Write(data, indented: false);
        if (text.Length > IntrinsicFunctions.MaxInputLength)
        {
            throw TooLong("States.Hash", "the data to hash", text.Length);
        }

        string algorithm = args.String(1, "the algorithm");
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        byte[] digest;
        switch (algorithm)
        {
            case "MD5":
                using (var md5 = MD5.Create())
                {
                    digest = md5.ComputeHash(bytes);
                }

                break;
            case "SHA-1":
                using (var sha1 = SHA1.Create())
                {
                    digest = sha1.ComputeHash(bytes);
                }

                break;
            case "SHA-256":
                using (var sha256 = SHA256.Create())
                {
                    digest = sha256.ComputeHash(bytes);
                }

                break;
            case "SHA-384":
                using (var sha384 = SHA384.Create())
                {
                    digest = sha384.ComputeHash(bytes);
                }

                break;
            case "SHA-512":
                using (var sha512 = SHA512.Create())
                {
                    digest = sha512.ComputeHash(bytes);
                }

                break;
            default:
                throw IntrinsicEvaluator.Fail(
                    "States.Hash: the algorithm '" + algorithm + "' is not supported; use one of " + string.Join(", ", IntrinsicFunctions.HashAlgorithms));
        }

        var hex = new StringBuilder(digest.Length * 2);
        foreach (byte b in digest)
        {
            hex.Append("0123456789abcdef"[b >> 4]).Append("0123456789abcdef"[b & 0xF]);
        }

        return new JsonString(hex.ToString());
    }

    /// <summary>
    /// States.JsonMerge(a, b, false): the guide's shallow merge, "if the same key exists in both JSON objects, the
    /// latter object's key overrides the same key in the first object" and nested objects are not merged; "you must
    /// specify the boolean value as false", so true fails. A replaced key keeps its place (the guide's example output
    /// lists <c>a</c> first).
    /// </summary>
    public static JsonNode JsonMerge(Arguments args)
    {
        JsonObject first = args.Object(0, "the first argument");
        JsonObject second = args.Object(1, "the second argument");
        JsonNode deep = args.Value(2);
        if (deep.Kind == JsonNodeKind.True)
        {
            throw IntrinsicEvaluator.Fail("States.JsonMerge: deep merging is not supported; the third argument must be false");
        }

        if (deep.Kind != JsonNodeKind.False)
        {
            throw args.Wrong(2, "the third argument", "the boolean false");
        }

        JsonObject merged = JsonValues.ShallowCopy(first);
        foreach (KeyValuePair<string, JsonNode> member in second.Members)
        {
            merged.Add(member.Key, member.Value);
        }

        return merged;
    }

    /// <summary>
    /// States.StringSplit(text, delimiters): the guide splits on "the delimiting character", and its second example
    /// (<c>"This.is+a,test=string"</c> with <c>".+,="</c>) shows every character of the second argument is a
    /// delimiter. Empty pieces are dropped (<c>",,,,"</c> gives <c>[]</c>), as Java's StringTokenizer does; the
    /// guide is silent on that, and LocalStack's recordings of AWS (test_string_operations) show the same.
    /// </summary>
    public static JsonNode StringSplit(Arguments args)
    {
        string text = args.String(0, "the string to split");
        string delimiters = args.String(1, "the delimiter");
        var result = new JsonArray();
        int start = 0;
        for (int i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || delimiters.IndexOf(text[i]) >= 0)
            {
                if (i > start)
                {
                    result.Add(new JsonString(text.Substring(start, i - start)));
                }

                start = i + 1;
            }
        }

        return result;
    }

    private static string Limited(Arguments args, string function, string what)
    {
        string text = args.String(0, what);
        if (text.Length > IntrinsicFunctions.MaxInputLength)
        {
            throw TooLong(function, what, text.Length);
        }

        return text;
    }

    private static AslRuntimeException TooLong(string function, string what, int length) =>
        IntrinsicEvaluator.Fail(
            function + ": " + what + " has " + length + " characters; at most " + IntrinsicFunctions.MaxInputLength + " are allowed");

    /// <summary>The pieces between the placeholders of a literal template (its source text, quotes included).</summary>
    private static List<string> SplitLiteralTemplate(string literal)
    {
        var pieces = new List<string>();
        var sb = new StringBuilder();
        int end = literal.Length - 1;
        for (int i = 1; i < end; i++)
        {
            char c = literal[i];
            if (c == '\\' && i + 1 < end)
            {
                char e = literal[i + 1];
                if (e != '\'' && e != '{' && e != '}' && e != '\\')
                {
                    sb.Append('\\');
                }

                sb.Append(e);
                i++;
            }
            else if (c == '{' && i + 1 < end && literal[i + 1] == '}')
            {
                pieces.Add(sb.ToString());
                sb.Clear();
                i++;
            }
            else
            {
                sb.Append(c);
            }
        }

        pieces.Add(sb.ToString());
        return pieces;
    }

    private static List<string> SplitPlainTemplate(string template)
    {
        var pieces = new List<string>();
        int start = 0;
        int at;
        while ((at = template.IndexOf("{}", start, StringComparison.Ordinal)) >= 0)
        {
            pieces.Add(template.Substring(start, at - start));
            start = at + 2;
        }

        pieces.Add(template.Substring(start));
        return pieces;
    }
}
