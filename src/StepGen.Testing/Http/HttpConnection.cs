using System;
using System.Collections.Generic;

namespace StepGen.Testing;

/// <summary>
/// What an EventBridge connection adds to an HTTP Task's request, for the runner to add the same: the
/// authorization (API key, basic or OAuth) and the connection's own header, query-string and body parameters,
/// which win over the task's on conflict (the guide's "Call HTTPS APIs in Step Functions workflows").
/// </summary>
public sealed class HttpConnection
{
    private HttpConnection(string? header, string? value)
    {
        AuthorizationHeader = header;
        AuthorizationValue = value;
    }

    internal string? AuthorizationHeader { get; }

    internal string? AuthorizationValue { get; }

    /// <summary>Headers the connection adds (its invocation HTTP parameters).</summary>
    public IDictionary<string, string> Headers { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Query-string parameters the connection adds.</summary>
    public IDictionary<string, string> QueryParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Body parameters the connection adds to a JSON (or form) body.</summary>
    public IDictionary<string, string> BodyParameters { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>API key authorization: the connection sends <paramref name="name"/>: <paramref name="value"/>.</summary>
    public static HttpConnection ApiKey(string name, string value) => new HttpConnection(name, value);

    /// <summary>Basic authorization: <c>Authorization: Basic base64(user:password)</c>.</summary>
    public static HttpConnection Basic(string user, string password) =>
        new HttpConnection("Authorization", "Basic " + Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(user + ":" + password)));

    /// <summary>OAuth client credentials: the connection sends the access token it obtained, <c>Authorization: Bearer token</c>.</summary>
    public static HttpConnection OAuth(string accessToken) => new HttpConnection("Authorization", "Bearer " + accessToken);

    /// <summary>A connection that adds no authorization (only the parameters you set).</summary>
    public static HttpConnection None() => new HttpConnection(null, null);
}
