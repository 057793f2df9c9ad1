using System;
using System.Collections.Generic;
using StepGen.Asl.Compile;

namespace StepGen.Asl.Security;

/// <summary>The kinds of secret that <see cref="Credentials.FindSecret"/> recognises by their shape.</summary>
public enum SecretKind
{
    /// <summary><c>Bearer &lt;token&gt;</c>, the whole value.</summary>
    BearerToken,

    /// <summary><c>Basic &lt;base64 of user:password&gt;</c>, the whole value.</summary>
    BasicCredentials,

    /// <summary>A Stripe secret or restricted key: <c>sk_live_</c>, <c>sk_test_</c>, <c>rk_live_</c>, <c>rk_test_</c>.</summary>
    StripeKey,

    /// <summary>A Slack token: <c>xoxa-</c>, <c>xoxb-</c>, <c>xoxp-</c>, <c>xoxr-</c>, <c>xoxs-</c>.</summary>
    SlackToken,

    /// <summary>A GitHub token: <c>ghp_</c>, <c>gho_</c>, <c>ghu_</c>, <c>ghs_</c>, <c>ghr_</c>, <c>github_pat_</c>.</summary>
    GitHubToken,

    /// <summary>An AWS access key ID: <c>AKIA</c> or <c>ASIA</c> and 16 upper-case letters or digits.</summary>
    AwsAccessKeyId,
}

/// <summary>Where a secret stands in a value: its kind and its characters.</summary>
public readonly struct SecretMatch
{
    public SecretMatch(SecretKind kind, int offset, int length)
    {
        Kind = kind;
        Offset = offset;
        Length = length;
    }

    public SecretKind Kind { get; }

    /// <summary>Index of the secret's first character in the value.</summary>
    public int Offset { get; }

    public int Length { get; }

    /// <summary>The kind in words, for a message: "a bearer token", "an AWS access key ID"...</summary>
    public string Description => Kind switch
    {
        SecretKind.BearerToken => "a bearer token",
        SecretKind.BasicCredentials => "HTTP Basic credentials",
        SecretKind.StripeKey => "a Stripe secret key",
        SecretKind.SlackToken => "a Slack token",
        SecretKind.GitHubToken => "a GitHub token",
        _ => "an AWS access key ID",
    };
}

/// <summary>
/// Recognises credentials written into a request (SG4004): field names that carry one, and values that look like
/// one whatever their field is called. Pure text rules, no Roslyn; nothing here throws.
/// </summary>
public static class Credentials
{
    /// <summary>Names (lower case, letters and digits only) that carry a credential as they are.</summary>
    private static readonly string[] Names =
    {
        "authorization", "proxyauthorization", "xauthorization",
        "apikey", "xapikey", "token", "bearer", "credential", "credentials",
        "password", "passwd", "passphrase", "pwd",
        "secret", "clientsecret", "accesskey", "secretaccesskey", "privatekey",
        "sessiontoken", "securitytoken", "xamzsecuritytoken",
    };

    /// <summary>Endings that make a name a credential's: <c>stripe_api_key</c>, <c>X-Slack-Token</c>, <c>webhook_secret</c>.</summary>
    private static readonly string[] Endings =
    {
        "apikey", "token", "secret", "password", "passwd", "secretkey", "privatekey", "accesskey",
        "subscriptionkey", "functionskey",
    };

    /// <summary>Names that end like a credential's but carry none: pagination cursors, idempotency keys, task tokens.</summary>
    private static readonly string[] NotCredentials =
    {
        "nexttoken", "pagetoken", "nextpagetoken", "continuationtoken", "paginationtoken", "cursortoken", "synctoken",
        "resumetoken", "starttoken", "clienttoken", "idempotencytoken", "requesttoken", "tasktoken",
    };

    private static readonly string[] StripePrefixes = { "sk_live_", "sk_test_", "rk_live_", "rk_test_" };

    private static readonly string[] GitHubPrefixes = { "ghp_", "gho_", "ghu_", "ghs_", "ghr_" };

    /// <summary>
    /// True when a header, query parameter or body field of this name carries a credential (<c>Authorization</c>,
    /// <c>X-Api-Key</c>, <c>api_key</c>, <c>access_token</c>, <c>client_secret</c>, <c>password</c>...). Case,
    /// dashes and underscores do not matter. Cursors and idempotency keys (<c>nextToken</c>, <c>ClientToken</c>)
    /// are not credentials.
    /// </summary>
    public static bool IsCredentialName(string? name)
    {
        string key = Normalize(name);
        if (key.Length == 0 || Array.IndexOf(NotCredentials, key) >= 0)
        {
            return false;
        }

        if (Array.IndexOf(Names, key) >= 0)
        {
            return true;
        }

        foreach (string ending in Endings)
        {
            if (key.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the value is sent as written, so a secret in it is in the source: not empty, not a path or
    /// variable (<c>$.x</c>, <c>$$.x</c>, <c>$name</c>), not an intrinsic function (<c>States.Format(...)</c>), not a
    /// JSONata expression (<c>{% ... %}</c>), and with no <c>${Substitution}</c> in it.
    /// </summary>
    public static bool IsLiteral(string? value)
    {
        if (value is null)
        {
            return false;
        }

        string trimmed = value.Trim();
        return trimmed.Length > 0
            && trimmed[0] != '$'
            && !trimmed.StartsWith("{%", StringComparison.Ordinal)
            && !trimmed.StartsWith("States.", StringComparison.Ordinal)
            && !HasSubstitution(trimmed);
    }

    /// <summary>
    /// The first secret in a literal value, recognised by its shape, or <c>null</c>. <c>Bearer</c> and <c>Basic</c>
    /// must be the whole value (and Basic's base64 must decode to <c>user:password</c>); token prefixes
    /// (<c>sk_live_</c>, <c>xoxb-</c>, <c>ghp_</c>, <c>AKIA</c>...) are found anywhere, at the start of a word and
    /// followed by enough token characters. Values that are not literal (<see cref="IsLiteral"/>) give <c>null</c>.
    /// </summary>
    public static SecretMatch? FindSecret(string? value)
    {
        if (value is null || !IsLiteral(value))
        {
            return null;
        }

        if (AuthorizationScheme(value) is SecretMatch scheme)
        {
            return scheme;
        }

        for (int i = 0; i < value.Length; i++)
        {
            if (i > 0 && IsWordChar(value[i - 1]))
            {
                continue;
            }

            if (TokenAt(value, i) is SecretMatch token)
            {
                return token;
            }
        }

        return null;
    }

    private static SecretMatch? AuthorizationScheme(string value)
    {
        int start = 0;
        while (start < value.Length && char.IsWhiteSpace(value[start]))
        {
            start++;
        }

        int end = value.Length;
        while (end > start && char.IsWhiteSpace(value[end - 1]))
        {
            end--;
        }

        SecretKind kind;
        int schemeLength;
        if (HasWordAt(value, start, "Bearer"))
        {
            kind = SecretKind.BearerToken;
            schemeLength = "Bearer".Length;
        }
        else if (HasWordAt(value, start, "Basic"))
        {
            kind = SecretKind.BasicCredentials;
            schemeLength = "Basic".Length;
        }
        else
        {
            return null;
        }

        int credential = start + schemeLength;
        if (credential >= end || value[credential] != ' ')
        {
            return null;
        }

        while (credential < end && value[credential] == ' ')
        {
            credential++;
        }

        // token68 (RFC 7235): letters, digits and -._~+/ with '=' padding at the end.
        int i = credential;
        while (i < end && (IsAsciiLetterOrDigit(value[i]) || "-._~+/".IndexOf(value[i]) >= 0))
        {
            i++;
        }

        int body = i - credential;
        while (i < end && value[i] == '=')
        {
            i++;
        }

        if (i != end || body < 8)
        {
            return null;
        }

        if (kind == SecretKind.BasicCredentials && !IsBasicCredentials(value.Substring(credential, end - credential)))
        {
            return null;
        }

        return new SecretMatch(kind, start, end - start);
    }

    /// <summary>True when the text is base64 of <c>user:password</c>, as Basic authentication sends it.</summary>
    private static bool IsBasicCredentials(string text)
    {
        if (text.Length % 4 != 0)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!(IsAsciiLetterOrDigit(c) || c == '+' || c == '/' || c == '='))
            {
                return false;
            }
        }

        try
        {
            byte[] bytes = Convert.FromBase64String(text);
            return Array.IndexOf(bytes, (byte)':') > 0;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static SecretMatch? TokenAt(string value, int i)
    {
        foreach (string prefix in StripePrefixes)
        {
            if (Prefixed(value, i, prefix, IsAsciiLetterOrDigit, 16) is int length)
            {
                return new SecretMatch(SecretKind.StripeKey, i, length);
            }
        }

        if (i + 5 <= value.Length && string.CompareOrdinal(value, i, "xox", 0, 3) == 0 && "abprs".IndexOf(value[i + 3]) >= 0 && value[i + 4] == '-'
            && Prefixed(value, i, value.Substring(i, 5), c => IsAsciiLetterOrDigit(c) || c == '-', 10) is int slack)
        {
            return new SecretMatch(SecretKind.SlackToken, i, slack);
        }

        foreach (string prefix in GitHubPrefixes)
        {
            if (Prefixed(value, i, prefix, IsAsciiLetterOrDigit, 30) is int length)
            {
                return new SecretMatch(SecretKind.GitHubToken, i, length);
            }
        }

        if (Prefixed(value, i, "github_pat_", c => IsAsciiLetterOrDigit(c) || c == '_', 22) is int pat)
        {
            return new SecretMatch(SecretKind.GitHubToken, i, pat);
        }

        foreach (string prefix in new[] { "AKIA", "ASIA" })
        {
            if (Prefixed(value, i, prefix, c => (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'), 16) is 20
                && (i + 20 == value.Length || !IsAsciiLetterOrDigit(value[i + 20])))
            {
                return new SecretMatch(SecretKind.AwsAccessKeyId, i, 20);
            }
        }

        return null;
    }

    /// <summary>The length of <paramref name="prefix"/> and the token characters after it at <paramref name="i"/>, when there are at least <paramref name="minimum"/> of them.</summary>
    private static int? Prefixed(string value, int i, string prefix, Func<char, bool> tokenChar, int minimum)
    {
        if (i + prefix.Length > value.Length || string.CompareOrdinal(value, i, prefix, 0, prefix.Length) != 0)
        {
            return null;
        }

        int end = i + prefix.Length;
        while (end < value.Length && tokenChar(value[end]))
        {
            end++;
        }

        return end - i - prefix.Length >= minimum ? end - i : null;
    }

    private static bool HasWordAt(string value, int start, string word) =>
        start + word.Length <= value.Length && string.Compare(value, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;

    private static bool HasSubstitution(string value)
    {
        if (value.IndexOf("${", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        Substitutions.Collect(value, names);
        return names.Count > 0;
    }

    private static string Normalize(string? name)
    {
        if (name is null)
        {
            return string.Empty;
        }

        var key = new System.Text.StringBuilder(name.Length);
        foreach (char c in name)
        {
            if (IsAsciiLetterOrDigit(c))
            {
                key.Append(char.ToLowerInvariant(c));
            }
        }

        return key.ToString();
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

    private static bool IsWordChar(char c) => IsAsciiLetterOrDigit(c) || c == '_';
}
