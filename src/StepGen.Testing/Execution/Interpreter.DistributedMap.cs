using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

using StepGen.Asl.Json;
using StepGen.Asl.Runtime;
using StepGen.Testing.Definition;
using StepGen.Testing.History;

namespace StepGen.Testing.Execution;

/// <summary>
/// A Map state in DISTRIBUTED mode ("Using Map state in Distributed mode" in the developer guide): the items come
/// from the ItemReader (answered by <see cref="StateMachineRunner.MockItemReader"/>) or ItemsPath (Items), ReaderConfig's
/// MaxItems caps them, ItemSelector builds each item, ItemBatcher groups them into <c>{"BatchInput", "Items"}</c>
/// inputs, and each input runs as a child execution with its own history. Failures up to ToleratedFailureCount
/// or ToleratedFailurePercentage are tolerated; beyond them the state fails with
/// <c>States.ExceedToleratedFailureThreshold</c>. The parent history shows MapRunStarted and MapRunSucceeded or
/// MapRunFailed, as AWS's does.
/// </summary>
/// <remarks>
/// Not documented, and chosen here: a tolerated failure's place in the result array holds its error output
/// (<c>{"Error", "Cause"}</c>); child executions see no variables of the parent; batches are cut at the byte limit
/// by the compact JSON length of the batch. A ResultWriter is refused (it writes to S3, which a test cannot see).
/// </remarks>
internal sealed partial class Interpreter
{
    private const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";

    private async ValueTask<JsonNode> RunDistributedMapAsync(
        MapDefinition map, JsonNode raw, JsonNode effective, Strand strand, IDataFlow flow, CancellationToken cancellationToken)
    {
        if (map.ResultWriter != null)
        {
            throw new NotSupportedException(
                $"Map state '{map.Name}' has a ResultWriter, which StepGen.Testing cannot run yet (it writes the results to S3); remove it in the test's definition to see the results.");
        }

        JsonArray items = map.ItemReader is null ? Items(map, effective, flow) : await ReadItemsAsync(map, effective, strand, flow, cancellationToken).ConfigureAwait(false);
        var selected = new JsonArray();
        for (int i = 0; i < items.Count; i++)
        {
            selected.Add(ItemInput(map, items, i, effective, flow));
        }

        List<JsonNode> inputs = map.ItemBatcher is null ? new List<JsonNode>(selected.Items) : Batches(map.ItemBatcher, selected, effective, flow);
        int concurrency = Concurrency(map, effective, flow);
        long toleratedCount = map.ToleratedFailureCount ?? flow.WholeNumber("ToleratedFailureCount", effective) ?? 0;
        double toleratedPercentage = map.ToleratedFailurePercentage ?? flow.Percentage("ToleratedFailurePercentage", effective) ?? 0;

        string mapRunArn = $"arn:aws:states:{_run.Options.Region}:{_run.Options.AccountId}:mapRun:{_run.StateMachineName}/{map.Label ?? map.Name}:{_run.Options.Name}-{strand.History.LastId + 1}";
        strand.History.Add(strand, "MapRunStarted", "mapRunStartedEventDetails", HistoryRecorder.Details(("mapRunArn", mapRunArn)));

        var running = new PriorityQueue<int, DateTimeOffset>();
        DateTimeOffset start = strand.Now;
        DateTimeOffset end = start;
        var results = new JsonArray();
        int failures = 0;
        for (int index = 0; index < inputs.Count; index++)
        {
            // A child execution: its own history and variables, on the parent's clock.
            var child = new Strand(concurrency > 0 && running.Count >= concurrency ? Dequeue(running) : start, 0, new Variables(), new HistoryRecorder());
            try
            {
                results.Add(await RunAsync(map.Processor, inputs[index], child, cancellationToken).ConfigureAwait(false));
            }
            catch (StateFailure failure)
            {
                failures++;
                JsonObject errorOutput = failure.ErrorOutput();
                results.Add(errorOutput);
                if (failures > toleratedCount && failures * 100.0 / inputs.Count > toleratedPercentage)
                {
                    strand.Now = Later(end, child.Now);
                    string cause = $"The Map Run failed: {failures} of {inputs.Count} child executions failed, over the tolerated {toleratedCount.ToString(CultureInfo.InvariantCulture)} ({toleratedPercentage.ToString(CultureInfo.InvariantCulture)}%). The last failure: {failure.Error}: {failure.Cause}";
                    strand.History.Add(strand, "MapRunFailed", "mapRunFailedEventDetails", HistoryRecorder.Details(("error", ExceedToleratedFailureThreshold), ("cause", cause)));
                    throw new StateFailure(ExceedToleratedFailureThreshold, cause);
                }
            }

            if (concurrency > 0)
            {
                running.Enqueue(index, child.Now);
            }

            end = Later(end, child.Now);
        }

        strand.Now = end;
        strand.History.Add(strand, "MapRunSucceeded");
        return flow.Output(raw, results);
    }

    /// <summary>The items the ItemReader's mock returns, capped by ReaderConfig.MaxItems (or MaxItemsPath).</summary>
    private async ValueTask<JsonArray> ReadItemsAsync(MapDefinition map, JsonNode effective, Strand strand, IDataFlow flow, CancellationToken cancellationToken)
    {
        JsonObject reader = map.ItemReader!;
        string resource = (reader.Get("Resource") as JsonString)?.Value ?? string.Empty;
        if (!_run.Mocks.ItemReaders.TryGetValue(map.Name, out var mock))
        {
            throw new MockMissingException(
                $"The ItemReader of Map state '{map.Name}' (Resource {resource}) has no mock: add runner.MockItemReader(\"{map.Name}\", call => TaskOutcome.Return(\"[...items...]\")).");
        }

        JsonNode parameters = flow.Payload(reader, "ItemReader", effective);
        var call = new TaskInvocation(map.Name, resource, JsonWriter.Write(parameters, indented: false), 0, _run.NextInvocation(map.Name + "/ItemReader"), null, strand.Now);
        TaskOutcome outcome = await mock(call, cancellationToken).ConfigureAwait(false);
        if (outcome.Invalid is string invalid)
        {
            throw new InvalidMockException($"The ItemReader mock of Map state '{map.Name}' cannot be used: {invalid}.");
        }

        strand.Advance(outcome.Duration);
        if (outcome.Error is string error)
        {
            // The guide: "States.ItemReaderFailed: A Map state failed because it couldn't read from the item source".
            throw new StateFailure("States.ItemReaderFailed", $"{error}: {outcome.Cause}");
        }

        if (outcome.ResultNode is not JsonArray items)
        {
            throw new InvalidMockException($"The ItemReader mock of Map state '{map.Name}' must return a JSON array of items, not {JsonValues.Describe(outcome.ResultNode)}.");
        }

        JsonObject? config = reader.Get("ReaderConfig") as JsonObject;
        // A computed MaxItems, like the ItemBatcher limits, must be a positive integer (the States Language, Map State).
        long max = config?.Get("MaxItems") is JsonNumber n && n.TryGetInt64(out long m) ? m
            : flow.WholeNumber("ItemReader/ReaderConfig/MaxItems", effective, minimum: 1) ?? 0;
        if (max <= 0 || max >= items.Count)
        {
            return items;
        }

        var capped = new JsonArray();
        for (int i = 0; i < max; i++)
        {
            capped.Add(items[i]!);
        }

        return capped;
    }

    /// <summary>ItemBatcher: <c>{"BatchInput": ..., "Items": [...]}</c> per batch, cut by MaxItemsPerBatch and MaxInputBytesPerBatch.</summary>
    private static List<JsonNode> Batches(JsonObject batcher, JsonArray items, JsonNode effective, IDataFlow flow)
    {
        long maxItems = Limit(batcher, "MaxItemsPerBatch", effective, flow);
        long maxBytes = Limit(batcher, "MaxInputBytesPerBatch", effective, flow);
        JsonNode? batchInput = batcher.Get("BatchInput") is JsonNode template ? flow.Template("ItemBatcher/BatchInput", template, effective) : null;

        // The compact JSON of a batch is its empty form plus each item's text and a comma between items, so the
        // size of the batch with one more item is known without writing the batch again.
        int emptyBatchLength = Batch(batchInput, new JsonArray()).ToString().Length;
        var batches = new List<JsonNode>();
        var current = new JsonArray();
        long itemsLength = 0;
        foreach (JsonNode item in items.Items)
        {
            int itemLength = item.ToString().Length;
            long withItem = emptyBatchLength + itemsLength + itemLength + current.Count;
            bool full = (maxItems > 0 && current.Count + 1 > maxItems) || (maxBytes > 0 && current.Count > 0 && withItem > maxBytes);
            if (full)
            {
                batches.Add(Batch(batchInput, current));
                current = new JsonArray();
                itemsLength = 0;
            }

            current.Add(item);
            itemsLength += itemLength;
        }

        if (current.Count > 0)
        {
            batches.Add(Batch(batchInput, current));
        }

        return batches;
    }

    private static JsonObject Batch(JsonNode? batchInput, JsonArray items)
    {
        var batch = new JsonObject();
        if (batchInput != null)
        {
            batch.Add("BatchInput", batchInput);
        }

        batch.Add("Items", items);
        return batch;
    }

    private static long Limit(JsonObject batcher, string field, JsonNode effective, IDataFlow flow) =>
        batcher.Get(field) is JsonNumber n && n.TryGetInt64(out long value) ? value
        : flow.WholeNumber("ItemBatcher/" + field, effective, minimum: 1) ?? 0;
}
