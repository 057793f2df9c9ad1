using StepGen.Asl.Json;

namespace StepGen.Asl.Tests;

public class JsonNodeTests
{
    [Fact]
    public void Object_KeepsInsertionOrderAndLooksUpByOrdinalKey()
    {
        var o = new JsonObject();
        o.Add("b", JsonNumber.FromInt64(1));
        o.Add("a", JsonNumber.FromInt64(2));
        o.Add("B", JsonNumber.FromInt64(3));
        Assert.Equal(3, o.Count);
        Assert.Equal(new[] { "b", "a", "B" }, o.Members.Select(m => m.Key));
        Assert.True(o.ContainsKey("B"));
        Assert.False(o.ContainsKey("c"));
        Assert.False(o.ContainsKey(null!));
        Assert.Equal("3", ((JsonNumber)o.Get("B")!).Text);
        Assert.Null(o.Get("missing"));
        Assert.Null(o.Get(null!));
        Assert.Equal(JsonNodeKind.Object, o.Kind);
    }

    [Fact]
    public void Object_AddOfAnExistingKeyReplacesInPlace()
    {
        var o = new JsonObject();
        o.Add("a", JsonNumber.FromInt64(1));
        o.Add("b", JsonNumber.FromInt64(2));
        o.Add("a", JsonNumber.FromInt64(9));
        Assert.Equal("{\"a\":9,\"b\":2}", o.ToString());
        Assert.False(o.TryAdd("b", JsonNode.Null));
        Assert.True(o.TryAdd("c", JsonNode.Null));
        Assert.Equal("{\"a\":9,\"b\":2,\"c\":null}", o.ToString());
    }

    [Fact]
    public void NullArguments_DoNotThrow()
    {
        var o = new JsonObject();
        o.Add(null!, null!);
        Assert.Equal("{\"\":null}", o.ToString());
        var a = new JsonArray();
        a.Add(null!);
        Assert.Equal("[null]", a.ToString());
        Assert.Null(a[5]);
        Assert.Null(a[-1]);
        Assert.Equal(string.Empty, new JsonString(null!).Value);
    }

    [Fact]
    public void Literals_AreSingletonsWithTheirKinds()
    {
        Assert.Equal(JsonNodeKind.True, JsonNode.True.Kind);
        Assert.Equal(JsonNodeKind.False, JsonNode.False.Kind);
        Assert.Equal(JsonNodeKind.Null, JsonNode.Null.Kind);
        Assert.Same(JsonNode.True, JsonNode.FromBoolean(true));
        Assert.Same(JsonNode.False, JsonNode.FromBoolean(false));
        Assert.Same(JsonNode.Null, JsonParser.Parse("null").Value);
    }

    [Fact]
    public void DeepEquals_ComparesStructure()
    {
        JsonNode a = JsonParser.Parse("{\"x\":[1,\"s\",true,null,{}],\"y\":{\"z\":1.0}}").Value!;
        JsonNode b = JsonParser.Parse("{ \"x\": [1, \"s\", true, null, {}], \"y\": {\"z\": 1.0} }").Value!;
        JsonNode reordered = JsonParser.Parse("{\"y\":{\"z\":1.0},\"x\":[1,\"s\",true,null,{}]}").Value!;
        JsonNode otherNumberText = JsonParser.Parse("{\"x\":[1,\"s\",true,null,{}],\"y\":{\"z\":1}}").Value!;
        Assert.True(JsonNode.DeepEquals(a, b));
        Assert.False(JsonNode.DeepEquals(a, reordered));
        Assert.True(JsonNode.DeepEquals(a, reordered, ignoreMemberOrder: true));
        Assert.False(JsonNode.DeepEquals(a, otherNumberText));
        Assert.False(JsonNode.DeepEquals(a, null));
        Assert.True(JsonNode.DeepEquals(null, null));
        Assert.False(JsonNode.DeepEquals(JsonParser.Parse("[1]").Value, JsonParser.Parse("[1,2]").Value));
        Assert.False(JsonNode.DeepEquals(JsonParser.Parse("{\"a\":1}").Value, JsonParser.Parse("{\"b\":1}").Value, true));
    }

    [Fact]
    public void DeepEquals_HandlesDeepTrees()
    {
        string deep = new string('[', 50_000) + new string(']', 50_000);
        JsonNode a = JsonParser.Parse(deep, maxDepth: 50_000).Value!;
        JsonNode b = JsonParser.Parse(deep, maxDepth: 50_000).Value!;
        Assert.True(JsonNode.DeepEquals(a, b));
    }
}
