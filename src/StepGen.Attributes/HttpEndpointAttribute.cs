using System;

namespace StepGen;

/// <summary>
/// Declares a reusable HTTPS endpoint for <see cref="HttpTaskAttribute"/> states. Put it on a class,
/// struct or record whose properties describe the JSON request body; tasks refer to it with
/// <c>[HttpTask(Endpoint = typeof(T))]</c> and their <see cref="BodyAttribute"/> fields are checked
/// against those properties (named by <c>[JsonPropertyName]</c>, otherwise in camelCase).
/// </summary>
/// <remarks>
/// <example>
/// <code>
/// [HttpEndpoint("https://api.example.com/tickets", Method = "POST",
///               ConnectionArn = "${TicketsConnectionArn}", Response = typeof(TicketCreated))]
/// public record CreateTicket(string Title, string Severity);
///
/// [HttpTask(Endpoint = typeof(CreateTicket), Next = nameof(Done))]
/// [Body("title", Path = "$.summary")]
/// [Body("severity", "high")]
/// public partial class OpenTicket;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
public sealed class HttpEndpointAttribute : Attribute
{
    /// <summary>
    /// Declares the endpoint.
    /// </summary>
    /// <param name="apiEndpoint">
    /// The absolute <c>https://</c> URL to call, or a <c>${...}</c> substitution; see
    /// <see cref="ApiEndpoint"/>.
    /// </param>
    public HttpEndpointAttribute(string apiEndpoint)
    {
        ApiEndpoint = apiEndpoint;
    }

    /// <summary>
    /// The absolute <c>https://</c> URL to call (HTTP task <c>ApiEndpoint</c>), as passed to the
    /// constructor. Query strings belong in <see cref="QueryParameterAttribute"/>, not in the URL.
    /// </summary>
    public string ApiEndpoint { get; }

    /// <summary>
    /// The HTTP method (HTTP task <c>Method</c>): <c>GET</c>, <c>POST</c>, <c>PUT</c>, <c>DELETE</c>,
    /// <c>PATCH</c>, <c>OPTIONS</c> or <c>HEAD</c>.
    /// </summary>
    public string? Method { get; set; }

    /// <summary>
    /// The ARN of the EventBridge connection that authorizes calls (emitted as
    /// <c>Authentication.ConnectionArn</c>, or <c>InvocationConfig.ConnectionArn</c> per <see cref="ConnectionField"/>), e.g. <c>"${TicketsConnectionArn}"</c> or
    /// <c>arn:aws:events:&lt;region&gt;:&lt;account&gt;:connection/&lt;name&gt;/&lt;id&gt;</c>.
    /// </summary>
    public string? ConnectionArn { get; set; }

    /// <summary>
    /// Where the connection goes in the task's parameters: <see cref="HttpConnectionField.Authentication"/>
    /// (<c>Authentication.ConnectionArn</c>) or <see cref="HttpConnectionField.InvocationConfig"/>
    /// (<c>InvocationConfig.ConnectionArn</c>, which the developer guide now recommends). When unset, the
    /// project's <c>StepGenHttpConnectionField</c> MSBuild property decides, else
    /// <c>Authentication</c>.
    /// </summary>
    public HttpConnectionField ConnectionField { get; set; }

    /// <summary>
    /// Optional type describing the JSON response body, which types the task's <c>ResponseBody</c> in
    /// its generated result record.
    /// </summary>
    public Type? Response { get; set; }
}
