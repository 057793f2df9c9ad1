using System;

namespace StepGen.Asl.Compile;

/// <summary>Facts about HTTP Tasks (ASL-SPEC 7).</summary>
public static class HttpTask
{
    public const string Resource = "arn:aws:states:::http:invoke";

    /// <summary>The field the HTTP task was introduced with for its connection, kept for backward compatibility.</summary>
    public const string AuthenticationField = "Authentication";

    /// <summary>
    /// The field the HTTP Task page now recommends for the connection, for public and private APIs ("Call HTTPS APIs
    /// in Step Functions workflows").
    /// </summary>
    public const string InvocationConfigField = "InvocationConfig";

    /// <summary>The fields that carry an HTTP task's <c>ConnectionArn</c>, in the order a reader looks.</summary>
    public static readonly string[] ConnectionFields = { AuthenticationField, InvocationConfigField };

    /// <summary>
    /// How many of the connection fields of an HTTP task's Parameters/Arguments give a connection: a
    /// <c>ConnectionArn</c> (or <c>ConnectionArn.$</c>) inside, or the whole field chosen at run time.
    /// </summary>
    public static int ConnectionsGiven(Json.JsonObject payload)
    {
        int given = 0;
        foreach (string field in ConnectionFields)
        {
            bool inside = payload.Get(field) is Json.JsonObject holder && (holder.Get("ConnectionArn") is not null || holder.Get("ConnectionArn.$") is not null);
            given += inside || payload.Get(field + ".$") is not null ? 1 : 0;
        }

        return given;
    }

    /// <summary>The methods the HTTP task accepts.</summary>
    public static readonly string[] Methods = { "GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD" };

    /// <summary>Methods that send no request body.</summary>
    public static readonly string[] MethodsWithoutBody = { "GET", "HEAD" };

    public static readonly string[] BodyEncodings = { "NONE", "URL_ENCODED" };

    /// <summary>
    /// Step Functions gives an HTTP request at most this many seconds, whatever the task's TimeoutSeconds; a slower
    /// request fails with <c>States.Http.Socket</c> (HTTP Task page, "Service quotas" of the developer guide).
    /// </summary>
    public const int RequestSecondsLimit = 60;

    /// <summary>The Range header Step Functions sends: it reads at most 256 KiB of a response (ASL-SPEC 7.2).</summary>
    public const string RangeHeaderValue = "bytes=0-262144";

    /// <summary>The User-Agent Step Functions sends from <paramref name="region"/> (ASL-SPEC 7.2).</summary>
    public static string UserAgent(string region) => "Amazon|StepFunctions|HttpInvoke|" + region;

    /// <summary>
    /// Response content types Step Functions does not accept: the task fails with States.Runtime (ASL-SPEC 7.3,
    /// the HTTP Task page).
    /// </summary>
    public static bool IsRefusedResponseType(string mediaType) =>
        mediaType.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase)
        || mediaType.StartsWith("image/", StringComparison.OrdinalIgnoreCase)
        || mediaType.StartsWith("video/", StringComparison.OrdinalIgnoreCase)
        || mediaType.StartsWith("audio/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The error of an HTTP response outside 2xx: this prefix and the three-digit status code.</summary>
    public const string StatusCodeErrorPrefix = "States.Http.StatusCode.";

    /// <summary>True for <c>States.Http.StatusCode.</c> followed by a three-digit status code (100 to 599).</summary>
    public static bool IsStatusCodeError(string error)
    {
        if (!error.StartsWith(StatusCodeErrorPrefix, StringComparison.Ordinal) || error.Length != StatusCodeErrorPrefix.Length + 3)
        {
            return false;
        }

        string code = error.Substring(StatusCodeErrorPrefix.Length);
        return code[0] >= '1' && code[0] <= '5' && char.IsDigit(code[1]) && char.IsDigit(code[2]);
    }

    public static readonly string[] ArrayFormats = { "INDICES", "REPEAT", "COMMAS", "BRACKETS" };

    private static readonly string[] ForbiddenHeaders =
    {
        "A-IM", "Accept-Charset", "Accept-Datetime", "Accept-Encoding", "Authorization", "Cache-Control",
        "Connection", "Content-Encoding", "Content-MD5", "Date", "Expect", "Forwarded", "From", "Host",
        "HTTP2-Settings", "If-Match", "If-Modified-Since", "If-None-Match", "If-Range", "If-Unmodified-Since",
        "Max-Forwards", "Origin", "Pragma", "Proxy-Authorization", "Referer", "Server", "TE", "Trailer",
        "Transfer-Encoding", "Upgrade", "Via", "Warning",
    };

    private static readonly string[] ForbiddenHeaderPrefixes = { "x-forwarded-", "x-amz-", "x-amzn-" };

    /// <summary>Why the HTTP task refuses this header, or <c>null</c> when it may be sent.</summary>
    public static string? HeaderProblem(string name)
    {
        foreach (string forbidden in ForbiddenHeaders)
        {
            if (string.Equals(forbidden, name, StringComparison.OrdinalIgnoreCase))
            {
                return string.Equals(name, "Authorization", StringComparison.OrdinalIgnoreCase)
                    ? "Step Functions refuses the Authorization header (the task fails with States.Runtime); the EventBridge connection supplies credentials, so put them there"
                    : $"Step Functions refuses the '{forbidden}' header (the task fails with States.Runtime)";
            }
        }

        foreach (string prefix in ForbiddenHeaderPrefixes)
        {
            if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return $"Step Functions refuses headers that start with '{prefix}' (the task fails with States.Runtime)";
            }
        }

        return null;
    }

    /// <summary>
    /// Why a header set in the definition does not reach the server as written: Step Functions sets these itself
    /// (ASL-SPEC 7.2). <c>null</c> for any other header.
    /// </summary>
    public static string? HeaderOverride(string name)
    {
        if (string.Equals(name, "User-Agent", StringComparison.OrdinalIgnoreCase))
        {
            return "Step Functions sends its own User-Agent (" + UserAgent("<region>") + ") and replaces this value";
        }

        if (string.Equals(name, "Range", StringComparison.OrdinalIgnoreCase))
        {
            return "Step Functions sends its own Range header (" + RangeHeaderValue + ", so a response is read up to 256 KiB) and replaces this value";
        }

        if (string.Equals(name, "Content-Length", StringComparison.OrdinalIgnoreCase))
        {
            return "the length is computed from the request body that Step Functions sends, so this value is replaced";
        }

        return null;
    }

    /// <summary>True when the text holds whitespace or a control character.</summary>
    public static bool HasWhitespaceOrControl(string text)
    {
        foreach (char c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why the value is not an absolute https URL, or <c>null</c> when it is one (or starts with a substitution).</summary>
    public static string? EndpointProblem(string endpoint)
    {
        if (Substitutions.StartsWithSubstitution(endpoint))
        {
            return null;
        }

        if (HasWhitespaceOrControl(endpoint))
        {
            return "it contains whitespace or a control character";
        }

        if (endpoint.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        {
            return "the HTTP task only calls https:// endpoints";
        }

        if (!endpoint.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return "it is not an absolute URL starting with https://";
        }

        int hostStart = "https://".Length;
        int hostEnd = endpoint.IndexOfAny(new[] { '/', '?', '#' }, hostStart);
        string host = hostEnd < 0 ? endpoint.Substring(hostStart) : endpoint.Substring(hostStart, hostEnd - hostStart);
        if (host.Length == 0 || host.StartsWith(".", StringComparison.Ordinal) || host.StartsWith(":", StringComparison.Ordinal))
        {
            return "it has no host name after https://";
        }

        return null;
    }

    /// <summary>True for an EventBridge connection ARN: arn:partition:events:region:account:connection/name/id.</summary>
    public static bool IsConnectionArn(string value) => ConnectionArn.TryParse(value, out _);
}

/// <summary>The parts of an EventBridge connection ARN.</summary>
public readonly struct ConnectionArn
{
    public ConnectionArn(string partition, string region, string account, string name)
    {
        Partition = partition;
        Region = region;
        Account = account;
        Name = name;
    }

    public string Partition { get; }

    public string Region { get; }

    public string Account { get; }

    public string Name { get; }

    public static bool TryParse(string value, out ConnectionArn arn)
    {
        arn = default;
        string[] parts = value.Split(':');
        if (parts.Length != 6 || parts[0] != "arn" || !parts[1].StartsWith("aws", StringComparison.Ordinal) || parts[2] != "events")
        {
            return false;
        }

        if (parts[3].Length == 0 || !IsLowerAlphaNumDash(parts[3]) || parts[4].Length != 12 || !IsDigits(parts[4]))
        {
            return false;
        }

        string[] resource = parts[5].Split('/');
        if (resource.Length != 3 || resource[0] != "connection" || resource[1].Length == 0 || resource[1].Length > 64 || resource[2].Length == 0)
        {
            return false;
        }

        foreach (char c in resource[1])
        {
            if (!(char.IsLetterOrDigit(c) && c < 128) && c != '.' && c != '-' && c != '_')
            {
                return false;
            }
        }

        arn = new ConnectionArn(parts[1], parts[3], parts[4], resource[1]);
        return true;
    }

    private static bool IsDigits(string value)
    {
        foreach (char c in value)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLowerAlphaNumDash(string value)
    {
        foreach (char c in value)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-'))
            {
                return false;
            }
        }

        return true;
    }
}
