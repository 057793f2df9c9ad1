using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

namespace StepGen.Testing.Http;

/// <summary>
/// Turns an HTTP response into what the HTTP Task returns: <c>{"Headers", "ResponseBody", "StatusCode",
/// "StatusText"}</c> for a 2xx status, else the error <c>States.Http.StatusCode.&lt;code&gt;</c> (the guide's
/// "Handling errors" for HTTP Tasks). A JSON body is returned as JSON, any other text as a string; content types
/// Step Functions does not accept fail with States.Runtime.
/// </summary>
/// <remarks>
/// The guide does not document the exact shape of <c>Headers</c> (the runner gives each header a list of values)
/// nor the cause text of a status-code error (the runner gives the result object's JSON); both are marked
/// unconfirmed in ASL-SPEC §7.3.
/// </remarks>
internal static class HttpResultShaper
{
    public static async Task<TaskOutcome> ShapeAsync(string state, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType != null && HttpTask.IsRefusedResponseType(mediaType))
        {
            return TaskOutcome.Throw(AslErrorNames.Runtime, $"HTTP Task '{state}': the response has content type {mediaType}, which Step Functions does not accept.");
        }

        string text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonNode body = new JsonString(text);
        if (mediaType != null && (mediaType.EndsWith("/json", StringComparison.OrdinalIgnoreCase) || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase)))
        {
            JsonParseResult parsed = JsonParser.Parse(text, 512);
            if (parsed.Success)
            {
                body = parsed.Value!;
            }
        }

        var headers = new JsonObject();
        AddHeaders(headers, response.Headers);
        AddHeaders(headers, response.Content.Headers);

        var result = new JsonObject();
        result.Add("Headers", headers);
        result.Add("ResponseBody", body);
        result.Add("StatusCode", JsonNumber.FromInt64((int)response.StatusCode));
        result.Add("StatusText", new JsonString(response.ReasonPhrase ?? response.StatusCode.ToString()));

        int status = (int)response.StatusCode;
        return status is >= 200 and < 300
            ? TaskOutcome.FromNode(result)
            : TaskOutcome.Throw(HttpTask.StatusCodeErrorPrefix + status.ToString(System.Globalization.CultureInfo.InvariantCulture), JsonWriter.Write(result, indented: false));
    }

    private static void AddHeaders(JsonObject into, System.Net.Http.Headers.HttpHeaders headers)
    {
        foreach (KeyValuePair<string, IEnumerable<string>> header in headers)
        {
            var values = new JsonArray();
            foreach (string value in header.Value)
            {
                values.Add(new JsonString(value));
            }

            into.Add(header.Key, values);
        }
    }
}
