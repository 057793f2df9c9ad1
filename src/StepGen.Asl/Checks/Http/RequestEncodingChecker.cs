using System;
using System.Collections.Generic;
using StepGen.Asl.Checks.Structure;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Checks.Http;

/// <summary>
/// How an HTTP task encodes its request (its Transform): values the HTTP Task page does not list (SG1021), and
/// settings that do not do what they say (SG3008).
/// </summary>
internal sealed class RequestEncodingChecker
{
    private readonly ProblemSink _problems;
    private readonly DocumentedValueChecker _values;

    public RequestEncodingChecker(ProblemSink problems, DocumentedValueChecker values)
    {
        _problems = problems;
        _values = values;
    }

    /// <summary>SG1021 for a RequestBodyEncoding or ArrayFormat argument the HTTP Task page does not list.</summary>
    public void CheckValues(StateEntry state)
    {
        if (Args.String(state.Attribute.Get(ArgumentNames.RequestBodyEncoding)) is string encoding)
        {
            _values.CheckOneOf(encoding, HttpTask.BodyEncodings, state.At(ArgumentNames.RequestBodyEncoding), "RequestBodyEncoding", "the HTTP Task page");
        }

        if (Args.String(state.Attribute.Get(ArgumentNames.ArrayFormat)) is string arrayFormat)
        {
            _values.CheckOneOf(arrayFormat, HttpTask.ArrayFormats, state.At(ArgumentNames.ArrayFormat), "ArrayFormat", "the HTTP Task page");
        }
    }

    /// <summary>
    /// SG3008: request encoding settings that do not do what they say (HTTP Task page, "Transform"): a URL-encoded body
    /// needs the <c>Content-Type: application/x-www-form-urlencoded</c> header, and <c>ArrayFormat</c> only shapes the
    /// arrays of a URL-encoded body.
    /// </summary>
    public void Check(StateEntry state, JsonObject payload)
    {
        if (payload.Get("Transform") is not JsonObject transform)
        {
            return;
        }

        // On the attribute argument, else on the key inside the Parameters/Arguments text, else on the state.
        FieldRef At(string argument, JsonObject holder, string key)
        {
            if (state.Attribute.Get(argument) is not null)
            {
                return state.At(argument);
            }

            return state.Attribute.Get(state.PayloadField) is not null
                ? InJson(state.At(state.PayloadField), holder.KeySpan(key), key.Length).At
                : state.At();
        }

        bool urlEncoded = transform.Get("RequestBodyEncoding") is JsonString { Value: "URL_ENCODED" };
        if (urlEncoded && !SendsFormContentType(payload))
        {
            string fix = OtherContentType(payload) is string other
                ? $"change the Content-Type header from '{other}' to application/x-www-form-urlencoded"
                : "add " + Phrases.Header(_problems.Dialect, "Content-Type", "application/x-www-form-urlencoded");
            _problems.Report(Rules.HttpEncoding, $"'{state.Name}' URL-encodes its request body (RequestBodyEncoding = \"URL_ENCODED\") but sends no Content-Type: application/x-www-form-urlencoded header, which the HTTP Task page says to set with it; {fix}, unless the connection adds that header.", At("RequestBodyEncoding", transform, "RequestBodyEncoding"));
        }

        if (!urlEncoded && transform.Get("RequestEncodingOptions") is JsonObject options && options.Get("ArrayFormat") is not null)
        {
            _problems.Report(Rules.HttpEncoding, $"ArrayFormat only shapes the arrays of a URL-encoded request body, and '{state.Name}' does not URL-encode its body; set RequestBodyEncoding = \"URL_ENCODED\" (with a Content-Type: application/x-www-form-urlencoded header), or remove ArrayFormat.", At("ArrayFormat", options, "ArrayFormat"));
        }
    }

    /// <summary>The value of a constant Content-Type header of the request, or null.</summary>
    private static string? OtherContentType(JsonObject payload)
    {
        if (payload.Get("Headers") is JsonObject headers)
        {
            foreach (KeyValuePair<string, JsonNode> header in headers.Members)
            {
                if (string.Equals(header.Key, "Content-Type", StringComparison.OrdinalIgnoreCase) && header.Value is JsonString { Value: var value })
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>True when the request's own headers (or a run-time value for them) may carry the form content type.</summary>
    private static bool SendsFormContentType(JsonObject payload)
    {
        if (payload.Get("Headers.$") is not null || payload.Get("Headers") is JsonString)
        {
            return true;
        }

        if (payload.Get("Headers") is not JsonObject headers)
        {
            return false;
        }

        foreach (KeyValuePair<string, JsonNode> header in headers.Members)
        {
            string name = header.Key.EndsWith(".$", StringComparison.Ordinal) ? header.Key.Substring(0, header.Key.Length - 2) : header.Key;
            if (string.Equals(name, "Content-Type", StringComparison.OrdinalIgnoreCase)
                && (header.Key.EndsWith(".$", StringComparison.Ordinal) || header.Value is not JsonString { Value: var value } || value.StartsWith("{%", StringComparison.Ordinal) || value.TrimStart().StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }
}
