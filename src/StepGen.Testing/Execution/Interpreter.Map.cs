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
/// A Map state in inline mode: ItemsPath (JSONata: Items) gives the array, ItemSelector (or the older
/// Parameters) builds each item's input with <c>Map.Item</c> in the context, and every item runs the
/// ItemProcessor on its own strand. The virtual clock honours MaxConcurrency: each item starts when one of that many slots is free
/// (0 means no limit), and the state resumes when the last item ends. Items run one after another in process,
/// in order; the first failing item fails the state with its error, and later items do not run.
/// </summary>
internal sealed partial class Interpreter
{
    private async ValueTask<JsonNode> RunMapAsync(MapDefinition map, JsonNode raw, Strand strand, IDataFlow flow, CancellationToken cancellationToken)
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
        return flow.Output(raw, results);
    }

    /// <summary>
    /// The items: JSONPath's ItemsPath over the effective input; JSONata's Items (an array, which may hold
    /// expressions, or an expression); by default the input. They must be an array.
    /// </summary>
    private static JsonArray Items(MapDefinition map, JsonNode effective, IDataFlow flow)
    {
        JsonNode items = map.Items is JsonArray written ? flow.Template("Items", written, effective) : flow.Computed("Items", effective) ?? effective;
        return items as JsonArray ?? throw flow.Refused("Items", items, "a JSON array of the items to iterate over");
    }

    /// <summary>MaxConcurrency, or the value MaxConcurrencyPath or its expression gives; 0 means no limit.</summary>
    private static int Concurrency(MapDefinition map, JsonNode effective, IDataFlow flow) =>
        flow.WholeNumber("MaxConcurrency", effective) is long computed ? (int)Math.Min(computed, int.MaxValue) : map.MaxConcurrency;

    /// <summary>The input of item <paramref name="index"/>: ItemSelector (or Parameters) with <c>Map.Item</c> in the context, else the item.</summary>
    private static JsonNode ItemInput(MapDefinition map, JsonArray items, int index, JsonNode effective, IDataFlow flow)
    {
        JsonNode? selector = map.ItemSelector ?? map.Parameters;
        return selector is null ? items[index]! : flow.ItemInput(selector, effective, index, items[index]!);
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
