using System.Text.Json.Nodes;
using StepGen.Package.Tests.Infrastructure;

namespace StepGen.Package.Tests;

/// <summary>
/// The typed records and their JsonContext in a consumer that switches reflection-based serialization off, as
/// trimmed and native AOT applications do: the round trip must work through StepGen's own metadata alone. The
/// project asks for every record (<c>StepGenTypedRecords=All</c>), so state results are covered too.
/// </summary>
[Collection(PackageCollection.Name)]
public sealed class TypedRecordsTests
{
    private readonly PackageFixture _fixture;
    private readonly ITestOutputHelper _output;

    public TypedRecordsTests(PackageFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [Fact]
    public async Task Records_RoundTripWithReflectionSwitchedOff()
    {
        await _fixture.RequirePackageAsync(_output);
        List<KeyValuePair<string, string>> files = ConsumerSources.Workflows().ToList();
        files.Add(new("Program.cs", """
            using System.Text.Json;
            using StepGen.Samples;

            // The execution input inferred from what OrderFulfillment reads, deserialized and written back.
            string input = "{\"order\":{\"id\":\"o-1\",\"priority\":\"express\",\"total\":12.5,\"items\":[{\"sku\":\"a\"}],\"customerEmail\":\"x@example.com\"}}";
            OrderFulfillment.ExecutionInput order = JsonSerializer.Deserialize(input, OrderFulfillment.JsonContext.Default.ExecutionInput)!;
            Console.WriteLine("priority=" + order.Order!.Priority);
            Console.WriteLine("total=" + order.Order.Total);
            Console.WriteLine("input=" + JsonSerializer.Serialize(order, OrderFulfillment.JsonContext.Default.ExecutionInput));

            // A Pass state's Result shape.
            var first = new SlackNotification.FirstStepResult { Type = "INFO", Text = "hello" };
            Console.WriteLine("first=" + JsonSerializer.Serialize(first, SlackNotification.JsonContext.Default.FirstStepResult));

            // An HTTP task's result.
            var http = JsonSerializer.Deserialize("{\"StatusCode\":200,\"StatusText\":\"OK\",\"ResponseBody\":{\"ok\":true}}", SlackNotification.JsonContext.Default.SendNotificationResult)!;
            Console.WriteLine("status=" + http.StatusCode);
            Console.WriteLine("http=" + JsonSerializer.Serialize(http, SlackNotification.JsonContext.Default.SendNotificationResult));

            // The proof that reflection is off: the same serializer refuses a type StepGen did not describe.
            try
            {
                JsonSerializer.Serialize(new Dictionary<string, int> { ["a"] = 1 });
                Console.WriteLine("reflection=on");
            }
            catch (InvalidOperationException)
            {
                Console.WriteLine("reflection=off");
            }
            """));

        ConsumerProject project = _fixture.CreateConsumer(
            "NoReflection",
            files,
            "    <JsonSerializerIsReflectionEnabledByDefault>false</JsonSerializerIsReflectionEnabledByDefault>\n"
            + "    <StepGenTypedRecords>All</StepGenTypedRecords>");
        CommandResult build = await project.BuildAsync();
        _output.WriteLine(build.ToString());
        Assert.True(build.Succeeded, build.ToString());

        CommandResult run = await project.RunAsync();
        _output.WriteLine(run.ToString());
        Assert.True(run.Succeeded, run.ToString());
        Dictionary<string, string> lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains('='))
            .ToDictionary(l => l[..l.IndexOf('=')], l => l[(l.IndexOf('=') + 1)..]);

        Assert.Equal("reflection=off", "reflection=" + lines["reflection"]);
        Assert.Equal("express", lines["priority"]);
        Assert.Equal("12.5", lines["total"]);
        Assert.Equal("200", lines["status"]);
        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"order":{"priority":"express","total":12.5,"items":[{"sku":"a"}],"id":"o-1","customerEmail":"x@example.com"}}"""),
            JsonNode.Parse(lines["input"])), lines["input"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"type":"INFO","text":"hello"}"""), JsonNode.Parse(lines["first"])), lines["first"]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"StatusCode":200,"StatusText":"OK","ResponseBody":{"ok":true}}"""), JsonNode.Parse(lines["http"])), lines["http"]);
    }
}
