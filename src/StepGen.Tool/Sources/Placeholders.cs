using System.Text;

namespace StepGen.Tool.Sources;

/// <summary>
/// The names of the opaque <c>${Name}</c> placeholders that stand for values only known at deployment. The checks
/// accept <c>${Name}</c> (Name of <c>[A-Za-z0-9_]</c>, not starting with a digit) and guess its kind from its ending
/// (<c>...Arn</c>, <c>...Name</c>, <c>...Url</c>), so names keep the original's ending:
/// <list type="bullet">
/// <item>a reference keeps its text with every other character replaced by <c>_</c> (<see cref="Reference"/>):
/// <c>${AWS::Region}</c> is <c>${AWS__Region}</c>, <c>!GetAtt MyFn.Arn</c> <c>${MyFn_Arn}</c>, Terraform's
/// <c>aws_lambda_function.fn.arn</c> <c>${aws_lambda_function_fn_arn}</c>;</item>
/// <item>anything else (another intrinsic function, a Terraform function call or expression) is named after its
/// function and content (<see cref="Composite"/>): the same replacement, then runs of <c>_</c> collapsed and the ends
/// trimmed, at most 64 characters keeping the end: <c>{"Fn::ImportValue": "shared-OrderFnArn"}</c> is
/// <c>${ImportValue_shared_OrderFnArn}</c>, <c>format("%s-fn", var.env)</c> <c>${format_s_fn_var_env}</c>.</item>
/// </list>
/// A name that would start with a digit gets a leading <c>_</c>; an empty one is <c>_</c>.
/// </summary>
internal static class Placeholders
{
    private const int MaxCompositeLength = 64;

    /// <summary><c>${</c><paramref name="name"/><c>}</c>.</summary>
    public static string Text(string name) => "${" + name + "}";

    /// <summary>The placeholder name of a reference: each character outside [A-Za-z0-9_] becomes '_'.</summary>
    public static string Reference(string original)
    {
        var sb = new StringBuilder(original.Length + 1);
        foreach (char c in original)
        {
            sb.Append(IsNameChar(c) ? c : '_');
        }

        return Fix(sb.ToString());
    }

    /// <summary>The placeholder name of an expression: <paramref name="function"/> and <paramref name="content"/>, cleaned.</summary>
    public static string Composite(string function, string content)
    {
        var sb = new StringBuilder();
        foreach (char c in function + "_" + content)
        {
            char d = IsNameChar(c) ? c : '_';
            if (d == '_' && sb.Length > 0 && sb[^1] == '_')
            {
                continue;
            }

            sb.Append(d);
        }

        string name = sb.ToString().Trim('_');
        if (name.Length > MaxCompositeLength)
        {
            string head = Reference(function).Trim('_');
            int keep = MaxCompositeLength - head.Length - 1;
            name = keep > 0 ? head + "_" + name.Substring(name.Length - keep).TrimStart('_') : name.Substring(name.Length - MaxCompositeLength);
        }

        return Fix(name);
    }

    /// <summary>True when <paramref name="name"/> is a name the checks read as a substitution: [A-Za-z0-9_]+, not starting with a digit.</summary>
    public static bool IsName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!IsNameChar(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Fix(string name) => name.Length == 0 ? "_" : char.IsAsciiDigit(name[0]) ? "_" + name : name;

    private static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';
}
