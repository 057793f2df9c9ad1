using System.Text.Json.Nodes;

using StepGen.Tool.Sources;

namespace StepGen.Tool.Tests.Sources;

/// <summary>Assertions shared by the definition-source tests: JSON compared as values, positions found by searching fixtures.</summary>
internal static class SourceAssert
{
    /// <summary>Asserts that <paramref name="actual"/> parses and equals <paramref name="expected"/> as a JSON value.</summary>
    public static void JsonEqual(string expected, string actual)
    {
        JsonNode? want = JsonNode.Parse(expected);
        JsonNode? got;
        try
        {
            got = JsonNode.Parse(actual);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new Xunit.Sdk.XunitException($"not JSON ({e.Message}):\n{actual}");
        }

        Assert.True(JsonNode.DeepEquals(want, got), $"expected\n{want?.ToJsonString()}\nbut got\n{got?.ToJsonString()}");
    }

    /// <summary>The 1-based line and column of the <paramref name="occurrence"/>th <paramref name="needle"/> in <paramref name="text"/>, plus <paramref name="shift"/> characters.</summary>
    public static FilePosition PositionIn(string text, string needle, int shift = 0, int occurrence = 1)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{needle}' (occurrence {occurrence}) is not in the fixture");
        }

        at += shift;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new FilePosition(line, at - lineStart + 1);
    }

    /// <summary>Where <paramref name="textNeedle"/> (its first character plus <paramref name="shift"/>) of the JSON text maps to in the file.</summary>
    public static FilePosition MappedPosition(FoundDefinition definition, string textNeedle, int shift = 0, int occurrence = 1)
    {
        int at = -1;
        for (int i = 0; i < occurrence; i++)
        {
            at = definition.Text.IndexOf(textNeedle, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"'{textNeedle}' is not in the definition text:\n{definition.Text}");
        }

        return definition.Map.PositionOf(at + shift);
    }
}
