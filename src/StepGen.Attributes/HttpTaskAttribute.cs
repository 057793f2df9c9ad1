using System;

namespace StepGen;

/// <summary>
/// A Task state that calls an HTTPS API through Step Functions' HTTP integration (ASL
/// <c>"Type": "Task"</c> with <c>"Resource": "arn:aws:states:::http:invoke"</c>). StepGen builds the
/// task's <c>Parameters</c> (or, in JSONata, <c>Arguments</c>) from the properties below and from the
/// repeatable <see cref="HeaderAttribute"/>, <see cref="QueryParameterAttribute"/> and
/// <see cref="BodyAttribute"/>, and adds the <c>states:InvokeHTTPEndpoint</c>,
/// <c>events:RetrieveConnectionCredentials</c> and connection-secret permissions to the policy.
/// </summary>
/// <remarks>
/// <para>
/// Either give <see cref="ApiEndpoint"/>, <see cref="Method"/> and <see cref="ConnectionArn"/> here, or
/// point <see cref="Endpoint"/> at a reusable <see cref="HttpEndpointAttribute"/> declaration.
/// Credentials belong in the EventBridge connection, never in headers, query parameters or the body.
/// The result carries <c>StatusCode</c>, <c>StatusText</c>, <c>Headers</c> and <c>ResponseBody</c>; a
/// non-2xx response fails with <c>States.Http.StatusCode.&lt;code&gt;</c>, and a socket failure or the
/// fixed 60-second request limit with <c>States.Http.Socket</c>.
/// </para>
/// <example>
/// <code>
/// [HttpTask(ApiEndpoint = "https://hooks.slack.com/triggers/11111111/2222222222/33333333333",
///           Method = "POST", ConnectionArn = "${SlackConnectionArn}", Next = nameof(LastStep))]
/// [Body("text", Path = "$.notificationData.text")]
/// public partial class SendNotification;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class HttpTaskAttribute : StateAttribute
{
    /// <summary>
    /// The absolute <c>https://</c> URL to call (HTTP task <c>ApiEndpoint</c>), or a <c>${...}</c>
    /// substitution. Put query strings in <see cref="QueryParameterAttribute"/> rather than in the URL.
    /// Leave unset when <see cref="Endpoint"/> is used.
    /// </summary>
    public string? ApiEndpoint { get; set; }

    /// <summary>
    /// The HTTP method (HTTP task <c>Method</c>): <c>GET</c>, <c>POST</c>, <c>PUT</c>, <c>DELETE</c>,
    /// <c>PATCH</c>, <c>OPTIONS</c> or <c>HEAD</c>. Leave unset when <see cref="Endpoint"/> is used.
    /// </summary>
    public string? Method { get; set; }

    /// <summary>
    /// The ARN of the EventBridge connection that holds the API's credentials (emitted as
    /// <c>Authentication.ConnectionArn</c>, or <c>InvocationConfig.ConnectionArn</c> per <see cref="ConnectionField"/>), of the form
    /// <c>arn:aws:events:&lt;region&gt;:&lt;account&gt;:connection/&lt;name&gt;/&lt;id&gt;</c>, or a
    /// substitution such as <c>"${SlackConnectionArn}"</c>. Required unless <see cref="Endpoint"/>
    /// supplies it.
    /// </summary>
    public string? ConnectionArn { get; set; }

    /// <summary>
    /// Where the connection goes in the task's parameters: <see cref="HttpConnectionField.Authentication"/>
    /// (<c>Authentication.ConnectionArn</c>) or <see cref="HttpConnectionField.InvocationConfig"/>
    /// (<c>InvocationConfig.ConnectionArn</c>, which the developer guide now recommends). When unset, the
    /// <see cref="Endpoint"/> declaration's own setting decides, then the project's
    /// <c>StepGenHttpConnectionField</c> MSBuild property, else <c>Authentication</c>.
    /// </summary>
    public HttpConnectionField ConnectionField { get; set; }

    /// <summary>
    /// A type marked with <see cref="HttpEndpointAttribute"/> that supplies the URL, method, connection and
    /// typed request/response shapes, e.g. <c>Endpoint = typeof(CreateTicket)</c>. Use it instead of
    /// <see cref="ApiEndpoint"/>, <see cref="Method"/> and <see cref="ConnectionArn"/>; the task's
    /// <see cref="BodyAttribute"/> fields are then checked against the type's properties.
    /// </summary>
    public Type? Endpoint { get; set; }

    /// <summary>
    /// JSON text of the whole request body (HTTP task <c>RequestBody</c>); JSONPath keys ending in
    /// <c>.$</c> and JSONata <c>{% ... %}</c> values are allowed, e.g.
    /// <c>"""{ "text.$": "$.message" }"""</c>. An alternative to listing fields with
    /// <see cref="BodyAttribute"/>. Methods such as <c>GET</c> and <c>HEAD</c> send no body.
    /// </summary>
    public string? RequestBody { get; set; }

    /// <summary>
    /// How the body is encoded (HTTP task <c>Transform.RequestBodyEncoding</c>): <c>"NONE"</c> (the
    /// default, JSON) or <c>"URL_ENCODED"</c> (form data; also send a
    /// <c>content-type: application/x-www-form-urlencoded</c> header).
    /// </summary>
    public string? RequestBodyEncoding { get; set; }

    /// <summary>
    /// How arrays are written in a URL-encoded body (HTTP task
    /// <c>Transform.RequestEncodingOptions.ArrayFormat</c>): <c>"INDICES"</c> (default, <c>a[0]=x</c>),
    /// <c>"REPEAT"</c> (<c>a=x&amp;a=y</c>), <c>"COMMAS"</c> (<c>a=x,y</c>) or <c>"BRACKETS"</c>
    /// (<c>a[]=x</c>). Only meaningful with <c>RequestBodyEncoding = "URL_ENCODED"</c>.
    /// </summary>
    public string? ArrayFormat { get; set; }

    /// <summary>
    /// The longest the task state may run, in seconds (ASL <c>TimeoutSeconds</c>); a positive integer.
    /// Each HTTP request itself is cut off after 60 seconds regardless.
    /// </summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>
    /// The heartbeat interval in seconds (ASL <c>HeartbeatSeconds</c>); a positive integer smaller than
    /// <see cref="TimeoutSeconds"/>.
    /// </summary>
    public int HeartbeatSeconds { get; set; }
}
