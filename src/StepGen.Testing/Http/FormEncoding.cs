using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

using StepGen.Asl.Json;

namespace StepGen.Testing.Http;

/// <summary>
/// Query strings and <c>URL_ENCODED</c> bodies: nested objects as <c>a[b]=1</c>, arrays by the
/// <c>ArrayFormat</c> (the guide's examples: <c>INDICES</c> <c>a[0]=x&amp;a[1]=y</c>, <c>REPEAT</c> <c>a=x&amp;a=y</c>,
/// <c>COMMAS</c> <c>a=x,y</c>, <c>BRACKETS</c> <c>a[]=x&amp;a[]=y</c>).
/// </summary>
internal static class FormEncoding
{
    public static void Flatten(JsonObject value, string arrayFormat, List<KeyValuePair<string, string>> into)
    {
        foreach (KeyValuePair<string, JsonNode> member in value.Members)
        {
            Add(member.Key, member.Value, arrayFormat, into);
        }
    }

    public static string Join(List<KeyValuePair<string, string>> pairs)
    {
        var sb = new StringBuilder();
        foreach (KeyValuePair<string, string> pair in pairs)
        {
            if (sb.Length > 0)
            {
                sb.Append('&');
            }

            sb.Append(Uri.EscapeDataString(pair.Key)).Append('=').Append(Uri.EscapeDataString(pair.Value));
        }

        return sb.ToString();
    }

    private static void Add(string key, JsonNode value, string arrayFormat, List<KeyValuePair<string, string>> into)
    {
        switch (value)
        {
            case JsonObject o:
                foreach (KeyValuePair<string, JsonNode> member in o.Members)
                {
                    Add(key + "[" + member.Key + "]", member.Value, arrayFormat, into);
                }

                break;
            case JsonArray a when arrayFormat == "COMMAS":
                into.Add(new KeyValuePair<string, string>(key, string.Join(",", Scalars(a))));
                break;
            case JsonArray a:
                for (int i = 0; i < a.Count; i++)
                {
                    string name = arrayFormat switch
                    {
                        "REPEAT" => key,
                        "BRACKETS" => key + "[]",
                        _ => key + "[" + i.ToString(CultureInfo.InvariantCulture) + "]",
                    };
                    Add(name, a[i]!, arrayFormat, into);
                }

                break;
            default:
                into.Add(new KeyValuePair<string, string>(key, Scalar(value)));
                break;
        }
    }

    private static IEnumerable<string> Scalars(JsonArray array)
    {
        foreach (JsonNode item in array.Items)
        {
            yield return Scalar(item);
        }
    }

    private static string Scalar(JsonNode value) => value switch
    {
        JsonString s => s.Value,
        JsonNumber n => n.Text,
        _ => JsonWriter.Write(value, indented: false),
    };
}
