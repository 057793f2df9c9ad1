using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

namespace StepGen.Testing.Http;

/// <summary>
/// Answers an HTTP Task (<c>arn:aws:states:::http:invoke</c>) with the user's <see cref="HttpMessageHandler"/>:
/// builds the request Step Functions would send from the task's evaluated Parameters (or JSONata Arguments) and its connection, and
/// shapes the response into the task result (<c>StatusCode</c>, <c>StatusText</c>, <c>Headers</c>,
/// <c>ResponseBody</c>) or the <c>States.Http.StatusCode.&lt;code&gt;</c> error of a non-2xx status. The facts are
/// the guide's "Call HTTPS APIs in Step Functions workflows" page (see ASL-SPEC §7).
/// </summary>
internal static class HttpTaskInvoker
{
    public static async Task<TaskOutcome> InvokeAsync(
        string state, JsonNode payload, HttpMessageHandler handler, IReadOnlyDictionary<string, HttpConnection> connections, string region, CancellationToken cancellationToken)
    {
        if (payload is not JsonObject parameters)
        {
            return Runtime(state, "the HTTP Task's Parameters (Arguments in JSONata) must be an object with ApiEndpoint and Method");
        }

        string? endpoint = (parameters.Get("ApiEndpoint") as JsonString)?.Value;
        string? method = (parameters.Get("Method") as JsonString)?.Value;
        if (endpoint is null || method is null)
        {
            return Runtime(state, "the HTTP Task's Parameters (Arguments in JSONata) need ApiEndpoint and Method strings");
        }

        HttpConnection? connection = null;
        string? connectionArn = ConnectionArn(parameters);
        if (connectionArn != null)
        {
            connections.TryGetValue(connectionArn, out connection);
        }

        HttpRequestMessage request;
        try
        {
            request = HttpRequestBuilder.Build(endpoint, method, parameters, connection, region);
        }
        catch (HttpRequestBuilder.RequestError e)
        {
            return Runtime(state, e.Message);
        }

        using (request)
        {
            using var client = new HttpClient(handler, disposeHandler: false) { Timeout = TimeSpan.FromSeconds(HttpTask.RequestSecondsLimit) };
            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                // The guide: a request that cannot connect or exceeds the 60-second limit fails with States.Http.Socket.
                return TaskOutcome.Throw("States.Http.Socket", e.Message);
            }

            using (response)
            {
                return await HttpResultShaper.ShapeAsync(state, response, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static string? ConnectionArn(JsonObject parameters)
    {
        foreach (string field in HttpTask.ConnectionFields)
        {
            if (parameters.Get(field) is JsonObject o && o.Get("ConnectionArn") is JsonString arn)
            {
                return arn.Value;
            }
        }

        return null;
    }

    private static TaskOutcome Runtime(string state, string message) =>
        TaskOutcome.Throw(AslErrorNames.Runtime, $"HTTP Task '{state}': {message}.");
}
