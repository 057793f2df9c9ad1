using System.Text.Json.Nodes;

namespace StepGen.Testing.Tests.Differential;

/// <summary>
/// tests/js/run-local-stepfunctions.js: the npm package aws-local-stepfunctions (pinned in tests/js/package.json),
/// an ASL executor written independently of StepGen. Installs tests/js on first use, as the package tests do,
/// so `dotnet test` works on a fresh clone with node and npm on PATH.
/// </summary>
internal static class LocalStepFunctions
{
    /// <summary>Runs every request through the harness in one node process; the results come back in order.</summary>
    public static async Task<IReadOnlyList<JsonObject>> RunAsync(IReadOnlyList<JsonObject> requests)
    {
        var request = new JsonArray(requests.Select(r => (JsonNode)r.DeepClone()).ToArray());
        string stdout = await StepGen.Tests.Shared.NodeScript.RunAsync("run-local-stepfunctions.js", request.ToJsonString(), TimeSpan.FromMinutes(3));
        JsonArray results = JsonNode.Parse(stdout) as JsonArray
            ?? throw new Xunit.Sdk.XunitException("run-local-stepfunctions.js printed no array: " + stdout);
        Assert.Equal(requests.Count, results.Count);
        return results.Select(r => (JsonObject)r!).ToList();
    }
}
