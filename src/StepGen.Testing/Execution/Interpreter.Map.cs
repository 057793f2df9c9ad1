using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

using StepGen.Asl.Json;
using StepGen.Asl.Runtime;
using StepGen.Testing.Definition;
using StepGen.Testing.History;

namespace StepGen.Testing.Execution;

/// <summary>
/// A Map state in inline mode: ItemsPath picks the array from the effective input, ItemSelector (or the older
/// Parameters) builds each item's input with <c>$$.Map.Item</c>, and every item runs the ItemProcessor on its
/// own strand. The virtual clock honours MaxConcurrency: each item starts when one of that many slots is free
/// (0 means no limit), and the state resumes when the last item ends. Items run one after another in process,
/// in order; the first failing item fails the state with its error, and later items do not run.
/// </summary>
internal sealed partial class Interpreter
{
    private async ValueTask<JsonNode> RunMapAsync(MapDefinition map, JsonNode raw, Strand strand, DataFlow flow, CancellationToken cancellationToken)
    {
        JsonNode effective = flow.Input(raw);
        if (map.Distributed)
        {
            return await RunDistributedMapAsync(map, raw, effective, strand, flow, cancellationToken).ConfigureAwait(false);
        }

        JsonArray items = Items(map, effective, flow);
        int concurrency = Concurrency(map, effective, flow);
        var startedDetails = new JsonObject();
        startedDetails.Add("length", JsonNumber.FromInt64(items.Count));
        long started = strand.History.Add(strand, "MapStateStarted", "mapStateStartedEventDetails", startedDetails).Id;

        // The ends of the running items, earliest first: with MaxConcurrency n, item n+1 starts when the first ends.
        var running = new PriorityQueue<int, DateTimeOffset>();
        DateTimeOffset start = strand.Now;
        var results = new JsonArray();
        DateTimeOffset end = strand.Now;
        for (int index = 0; index < items.Count; index++)
        {
            // Every item starts from the Started event, not from the item before it.
            Strand child = strand.Fork();
            child.LastEventId = started;
            child.Now = concurrency > 0 && running.Count >= concurrency ? Dequeue(running) : start;
            JsonNode itemInput = ItemInput(map, items, index, effective, flow);

            child.History.Add(child, "MapIterationStarted", "mapIterationStartedEventDetails", Iteration(map.Name, index));
            try
            {
                results.Add(await RunAsync(map.Processor, itemInput, child, cancellationToken).ConfigureAwait(false));
            }
            catch (StateFailure failure)
            {
                child.History.Add(child, "MapIterationFailed", "mapIterationFailedEventDetails", Iteration(map.Name, index));
                strand.LastEventId = child.LastEventId;
                strand.Now = Later(end, child.Now);
                strand.History.Add(strand, "MapStateFailed");
                throw new StateFailure(failure.Error, failure.Cause);
            }

            child.History.Add(child, "MapIterationSucceeded", "mapIterationSucceededEventDetails", Iteration(map.Name, index));
            if (concurrency > 0)
            {
                running.Enqueue(index, child.Now);
            }

            end = Later(end, child.Now);
            strand.LastEventId = child.LastEventId;
        }

        strand.Now = end;
        strand.History.Add(strand, "MapStateSucceeded");
        JsonNode selected = flow.Template(map.ResultSelector, results);
        flow.Assign(map.Assign, selected);
        return flow.Output(flow.Merge(map.ResultPath, raw, selected));
    }

    /// <summary>The array ItemsPath selects from the effective input.</summary>
    private static JsonArray Items(MapDefinition map, JsonNode effective, DataFlow flow)
    {
        JsonNode itemsNode = map.ItemsPath is null or "$" ? effective : flow.Reference(map.ItemsPath, effective);
        return itemsNode as JsonArray ?? throw flow.Failure(
            new AslRuntimeException(AslErrorNames.Runtime, $"ItemsPath gave {JsonValues.Describe(itemsNode)}; the items to iterate over must be a JSON array"));
    }

    /// <summary>MaxConcurrency, or the value MaxConcurrencyPath reads; 0 means no limit.</summary>
    private static int Concurrency(MapDefinition map, JsonNode effective, DataFlow flow)
    {
        if (map.MaxConcurrencyPath is not string path)
        {
            return map.MaxConcurrency;
        }

        JsonNode value = flow.Reference(path, effective);
        return value is JsonNumber n && n.TryGetInt64(out long c) && c >= 0 && c <= int.MaxValue
            ? (int)c
            : throw flow.Failure(new AslRuntimeException(AslErrorNames.Runtime, $"MaxConcurrencyPath gave {JsonValues.Describe(value)}, not a non-negative integer"));
    }

    /// <summary>The input of item <paramref name="index"/>: ItemSelector (or Parameters) with <c>$$.Map.Item</c>, else the item.</summary>
    private static JsonNode ItemInput(MapDefinition map, JsonArray items, int index, JsonNode effective, DataFlow flow)
    {
        JsonNode? selector = map.ItemSelector ?? map.Parameters;
        return selector is null
            ? items[index]!
            : flow.WithContext(ContextObjects.WithMapItem(flow.Context, index, items[index]!)).Template(selector, effective);
    }

    private static JsonObject Iteration(string name, int index)
    {
        JsonObject details = HistoryRecorder.Details(("name", name));
        details.Add("index", JsonNumber.FromInt64(index));
        return details;
    }

    private static DateTimeOffset Dequeue(PriorityQueue<int, DateTimeOffset> running)
    {
        running.TryDequeue(out _, out DateTimeOffset freeAt);
        return freeAt;
    }
}
