using System;
using System.Collections.Generic;
using System.Globalization;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

namespace StepGen.Testing.Http;

/// <summary>
/// The request an HTTP Task sends: method, URL with the query parameters encoded, headers (the task's, the
/// connection's, and Step Functions' own <c>User-Agent</c> and <c>Range</c>), and the body after the connection's
/// body parameters are merged and <c>Transform.RequestBodyEncoding</c> is applied.
/// </summary>
internal static class HttpRequestBuilder
{
    public static HttpRequestMessage Build(string endpoint, string method, JsonObject parameters, HttpConnection? connection, string region)
    {
        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out Uri? uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new RequestError($"ApiEndpoint '{endpoint}' is not an absolute https:// URL");
        }

        JsonObject? transform = parameters.Get("Transform") as JsonObject;
        string arrayFormat = (transform?.Get("RequestEncodingOptions") as JsonObject)?.Get("ArrayFormat") is JsonString f ? f.Value : "INDICES";
        bool urlEncoded = transform?.Get("RequestBodyEncoding") is JsonString { Value: "URL_ENCODED" };

        var query = new List<KeyValuePair<string, string>>();
        if (parameters.Get("QueryParameters") is JsonObject queryParameters)
        {
            FormEncoding.Flatten(queryParameters, arrayFormat, query);
        }

        if (connection != null)
        {
            foreach (KeyValuePair<string, string> p in connection.QueryParameters)
            {
                query.RemoveAll(q => q.Key == p.Key);
                query.Add(p);
            }
        }

        var builder = new UriBuilder(uri);
        if (query.Count > 0)
        {
            string encoded = FormEncoding.Join(query);
            builder.Query = string.IsNullOrEmpty(uri.Query) ? encoded : uri.Query.TrimStart('?') + "&" + encoded;
        }

        var request = new HttpRequestMessage(new HttpMethod(method), builder.Uri);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (parameters.Get("Headers") is JsonObject taskHeaders)
        {
            foreach (KeyValuePair<string, JsonNode> header in taskHeaders.Members)
            {
                if (HttpTask.HeaderProblem(header.Key) is string problem)
                {
                    throw new RequestError(problem);
                }

                headers[header.Key] = header.Value is JsonString s ? s.Value : JsonWriter.Write(header.Value, indented: false);
            }
        }

        if (connection != null)
        {
            foreach (KeyValuePair<string, string> header in connection.Headers)
            {
                headers[header.Key] = header.Value;
            }

            if (connection.AuthorizationHeader is string name)
            {
                headers[name] = connection.AuthorizationValue ?? string.Empty;
            }
        }

        headers["User-Agent"] = HttpTask.UserAgent(region);
        headers["Range"] = HttpTask.RangeHeaderValue;

        request.Content = Body(parameters.Get("RequestBody"), connection, urlEncoded, arrayFormat, headers);
        foreach (KeyValuePair<string, string> header in headers)
        {
            if (!request.Headers.TryAddWithoutValidation(header.Key, header.Value) && request.Content != null)
            {
                request.Content.Headers.Remove(header.Key);
                request.Content.Headers.TryAddWithoutValidation(header.Key, header.Value);
            }
        }

        return request;
    }

    private static HttpContent? Body(JsonNode? body, HttpConnection? connection, bool urlEncoded, string arrayFormat, Dictionary<string, string> headers)
    {
        bool connectionBody = connection != null && connection.BodyParameters.Count > 0;
        if (body is null && !connectionBody)
        {
            return null;
        }

        if (body is JsonString text)
        {
            if (connectionBody)
            {
                // The guide: a string RequestBody with connection body parameters fails the task.
                throw new RequestError("a string RequestBody cannot be merged with the connection's body parameters");
            }

            return new StringContent(text.Value, Encoding.UTF8, MediaType(headers, "text/plain"));
        }

        // A copy: the task's body is the evaluated Parameters, which the history still holds.
        JsonObject merged = body is JsonObject original ? JsonValues.ShallowCopy(original) : new JsonObject();

        if (connection != null)
        {
            foreach (KeyValuePair<string, string> p in connection.BodyParameters)
            {
                merged.Add(p.Key, new JsonString(p.Value));
            }
        }

        JsonNode value = body is JsonObject || body is null ? merged : body;
        if (urlEncoded)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            if (value is JsonObject form)
            {
                FormEncoding.Flatten(form, arrayFormat, pairs);
            }

            return new StringContent(FormEncoding.Join(pairs), Encoding.UTF8, MediaType(headers, "application/x-www-form-urlencoded"));
        }

        return new StringContent(JsonWriter.Write(value, indented: false), Encoding.UTF8, MediaType(headers, "application/json"));
    }

    private static string MediaType(Dictionary<string, string> headers, string fallback) =>
        headers.TryGetValue("Content-Type", out string? type) && MediaTypeHeaderValue.TryParse(type, out MediaTypeHeaderValue? parsed) && parsed.MediaType != null
            ? parsed.MediaType
            : fallback;

    /// <summary>A request Step Functions refuses to send; the task fails with States.Runtime.</summary>
    internal sealed class RequestError : Exception
    {
        public RequestError(string message)
            : base(message)
        {
        }
    }
}
