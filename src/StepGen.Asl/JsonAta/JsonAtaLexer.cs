using System.Globalization;
using System.Text;

namespace StepGen.Asl.JsonAta;

/// <summary>
/// Splits JSONata text into tokens, one at a time, on demand: whether a <c>/</c> starts a regular expression or is
/// the division operator depends on what the parser expects next, so the parser asks for each token with
/// <c>operandExpected</c> set when an operand (and so a regex) may come.
/// </summary>
/// <remarks>
/// The token rules are those of jsonata 2.2.2: whitespace is space, tab, CR, LF and vertical tab only; a name runs
/// until whitespace or one of the single-character operator symbols <c>.[]{}(),@#;:?+-*/%|=&lt;&gt;^!~&amp;</c>
/// (so quotes and <c>$</c> may sit inside a name); number literals are
/// <c>(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?</c> (a value that overflows to infinity is S0102);
/// strings take either quote and the JSON escapes <c>\" \\ \/ \b \f \n \r \t \uXXXX</c> (no <c>\'</c>);
/// comments are <c>/* ... */</c>. No regular expressions, no allocation beyond the token texts.
/// </remarks>
internal sealed class JsonAtaLexer
{
    private readonly string _text;
    private int _position;

    public JsonAtaLexer(string text)
    {
        _text = text;
    }

    /// <summary>Whether <paramref name="c"/> ends a name: whitespace or a single-character operator symbol.</summary>
    public static bool EndsName(char c) => IsWhitespace(c) || IsOperatorChar(c);

    private static bool IsWhitespace(char c) => c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v';

    private static bool IsOperatorChar(char c)
    {
        switch (c)
        {
            case '.':
            case '[':
            case ']':
            case '{':
            case '}':
            case '(':
            case ')':
            case ',':
            case '@':
            case '#':
            case ';':
            case ':':
            case '?':
            case '+':
            case '-':
            case '*':
            case '/':
            case '%':
            case '|':
            case '=':
            case '<':
            case '>':
            case '^':
            case '!':
            case '~':
            case '&':
                return true;
            default:
                return false;
        }
    }

    /// <summary>The next token; <paramref name="operandExpected"/> lets a <c>/</c> start a regular expression.</summary>
    /// <exception cref="JsonAtaParseException">On a malformed token.</exception>
    public JsonAtaToken Next(bool operandExpected)
    {
        string text = _text;
        int length = text.Length;
        for (; ; )
        {
            while (_position < length && IsWhitespace(text[_position]))
            {
                _position++;
            }

            if (_position + 1 < length && text[_position] == '/' && text[_position + 1] == '*')
            {
                int close = text.IndexOf("*/", _position + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    throw new JsonAtaParseException("S0106", "The comment that starts here has no closing */.", _position, length);
                }

                _position = close + 2;
                continue;
            }

            break;
        }

        int start = _position;
        if (start >= length)
        {
            return new JsonAtaToken(JsonAtaTokenKind.End, "(end)", length, length);
        }

        char c = text[start];
        char next = start + 1 < length ? text[start + 1] : '\0';
        if (c == '/' && operandExpected)
        {
            return ScanRegex(start);
        }

        string? pair = null;
        switch (c)
        {
            case '.': if (next == '.') { pair = ".."; } break;
            case ':': if (next == '=') { pair = ":="; } break;
            case '!': if (next == '=') { pair = "!="; } break;
            case '>': if (next == '=') { pair = ">="; } break;
            case '<': if (next == '=') { pair = "<="; } break;
            case '*': if (next == '*') { pair = "**"; } break;
            case '~': if (next == '>') { pair = "~>"; } break;
            case '?': if (next == ':') { pair = "?:"; } else if (next == '?') { pair = "??"; } break;
        }

        if (pair is not null)
        {
            _position += 2;
            return new JsonAtaToken(JsonAtaTokenKind.Operator, pair, start, _position);
        }

        if (IsOperatorChar(c))
        {
            _position++;
            return new JsonAtaToken(JsonAtaTokenKind.Operator, OperatorText(c), start, _position);
        }

        if (c == '"' || c == '\'')
        {
            return ScanString(start, c);
        }

        if (c >= '0' && c <= '9')
        {
            return ScanNumber(start);
        }

        if (c == '`')
        {
            int close = text.IndexOf('`', start + 1);
            if (close < 0)
            {
                _position = length;
                throw new JsonAtaParseException("S0105", "The name quoted with ` has no closing `.", start, length);
            }

            _position = close + 1;
            return new JsonAtaToken(JsonAtaTokenKind.Name, text.Substring(start + 1, close - start - 1), start, _position);
        }

        int end = start;
        while (end < length && !EndsName(text[end]))
        {
            end++;
        }

        _position = end;
        if (c == '$')
        {
            return new JsonAtaToken(JsonAtaTokenKind.Variable, text.Substring(start + 1, end - start - 1), start, end);
        }

        string name = text.Substring(start, end - start);
        switch (name)
        {
            case "and":
            case "or":
            case "in":
                return new JsonAtaToken(JsonAtaTokenKind.Operator, name, start, end);
            case "true":
            case "false":
            case "null":
                return new JsonAtaToken(JsonAtaTokenKind.Constant, name, start, end);
            default:
                return new JsonAtaToken(JsonAtaTokenKind.Name, name, start, end);
        }
    }

    private static string OperatorText(char c)
    {
        switch (c)
        {
            case '.': return ".";
            case '[': return "[";
            case ']': return "]";
            case '{': return "{";
            case '}': return "}";
            case '(': return "(";
            case ')': return ")";
            case ',': return ",";
            case '@': return "@";
            case '#': return "#";
            case ';': return ";";
            case ':': return ":";
            case '?': return "?";
            case '+': return "+";
            case '-': return "-";
            case '*': return "*";
            case '/': return "/";
            case '%': return "%";
            case '|': return "|";
            case '=': return "=";
            case '<': return "<";
            case '>': return ">";
            case '^': return "^";
            case '!': return "!";
            case '~': return "~";
            default: return "&";
        }
    }

    private JsonAtaToken ScanString(int start, char quote)
    {
        string text = _text;
        int length = text.Length;
        int position = start + 1;
        StringBuilder? decoded = null;
        int runStart = position;
        while (position < length)
        {
            char c = text[position];
            if (c == quote)
            {
                string value = decoded is null
                    ? text.Substring(runStart, position - runStart)
                    : decoded.Append(text, runStart, position - runStart).ToString();
                _position = position + 1;
                return new JsonAtaToken(JsonAtaTokenKind.String, value, start, _position);
            }

            if (c != '\\')
            {
                position++;
                continue;
            }

            decoded ??= new StringBuilder();
            decoded.Append(text, runStart, position - runStart);
            int escape = position;
            position++;
            char e = position < length ? text[position] : '\0';
            switch (e)
            {
                case '"': decoded.Append('"'); break;
                case '\\': decoded.Append('\\'); break;
                case '/': decoded.Append('/'); break;
                case 'b': decoded.Append('\b'); break;
                case 'f': decoded.Append('\f'); break;
                case 'n': decoded.Append('\n'); break;
                case 'r': decoded.Append('\r'); break;
                case 't': decoded.Append('\t'); break;
                case 'u':
                    int available = length - position - 1;
                    int digits = available < 4 ? available : 4;
                    int code = 0;
                    bool hex = digits > 0;
                    for (int i = 1; i <= digits && hex; i++)
                    {
                        int d = Hex(text[position + i]);
                        hex = d >= 0;
                        code = (code * 16) + d;
                    }

                    if (!hex)
                    {
                        throw new JsonAtaParseException(
                            "S0104", "The escape \\u must be followed by four hexadecimal digits.", escape, position + 1 + (digits > 0 ? digits : 0));
                    }

                    decoded.Append((char)code);
                    position += 4;
                    break;
                default:
                    string shown = position < length ? "\\" + e : "\\";
                    throw new JsonAtaParseException(
                        "S0103", "The escape " + shown + " is not supported in a string.", escape, position < length ? position + 1 : length);
            }

            position++;
            runStart = position;
        }

        _position = length;
        throw new JsonAtaParseException("S0101", "The string that starts here has no closing " + quote + ".", start, length);
    }

    private static int Hex(char c)
    {
        if (c >= '0' && c <= '9')
        {
            return c - '0';
        }

        if (c >= 'a' && c <= 'f')
        {
            return c - 'a' + 10;
        }

        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    private JsonAtaToken ScanNumber(int start)
    {
        string text = _text;
        int length = text.Length;
        int p = start;
        if (text[p] == '0')
        {
            p++;
        }
        else
        {
            while (p < length && text[p] >= '0' && text[p] <= '9')
            {
                p++;
            }
        }

        if (p + 1 < length && text[p] == '.' && IsDigit(text[p + 1]))
        {
            p += 2;
            while (p < length && IsDigit(text[p]))
            {
                p++;
            }
        }

        if (p < length && (text[p] == 'e' || text[p] == 'E'))
        {
            int q = p + 1;
            if (q < length && (text[q] == '+' || text[q] == '-'))
            {
                q++;
            }

            if (q < length && IsDigit(text[q]))
            {
                while (q < length && IsDigit(text[q]))
                {
                    q++;
                }

                p = q;
            }
        }

        string literal = text.Substring(start, p - start);
        if (!double.TryParse(literal, NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
            || double.IsInfinity(value) || double.IsNaN(value))
        {
            throw new JsonAtaParseException("S0102", "The number " + literal + " is out of range.", start, p);
        }

        _position = p;
        return new JsonAtaToken(JsonAtaTokenKind.Number, literal, start, p, value);
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private JsonAtaToken ScanRegex(int slash)
    {
        string text = _text;
        int length = text.Length;
        int start = slash + 1;
        int depth = 0;
        for (int p = start; p < length; p++)
        {
            char c = text[p];
            if (c == '/' && depth == 0)
            {
                int backslashes = 0;
                while (p - backslashes - 1 >= 0 && text[p - backslashes - 1] == '\\')
                {
                    backslashes++;
                }

                if (backslashes % 2 == 0)
                {
                    if (p == start)
                    {
                        throw new JsonAtaParseException("S0301", "A regular expression cannot be empty.", slash, p + 1);
                    }

                    string pattern = text.Substring(start, p - start);
                    int f = p + 1;
                    while (f < length && (text[f] == 'i' || text[f] == 'm'))
                    {
                        f++;
                    }

                    string flags = text.Substring(p + 1, f - p - 1);
                    _position = f;
                    if (flags.Length > 2 || (flags.Length == 2 && flags[0] == flags[1]))
                    {
                        throw new JsonAtaParseException(
                            JsonAtaSyntaxError.InvalidRegexCode, "The regular expression repeats the flag in '" + flags + "'.", p + 1, f);
                    }

                    string? invalid = JsonAtaRegexCheck.Problem(pattern);
                    if (invalid is not null)
                    {
                        throw new JsonAtaParseException(
                            JsonAtaSyntaxError.InvalidRegexCode, "The regular expression /" + pattern + "/ is invalid: " + invalid + ".", slash, f);
                    }

                    return new JsonAtaToken(JsonAtaTokenKind.Regex, pattern, slash, f, 0, flags);
                }
            }

            bool escaped = p > 0 && text[p - 1] == '\\';
            if ((c == '(' || c == '[' || c == '{') && !escaped)
            {
                depth++;
            }
            else if ((c == ')' || c == ']' || c == '}') && !escaped)
            {
                depth--;
            }
        }

        _position = length;
        throw new JsonAtaParseException("S0302", "The regular expression that starts here has no closing /.", slash, length);
    }
}
