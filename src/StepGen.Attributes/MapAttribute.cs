using System;

namespace StepGen;

/// <summary>
/// A Map state (ASL <c>"Type": "Map"</c>, inline mode): runs the states of <see cref="Processor"/> once
/// for every element of an array in the input and produces an array of the results, in item order.
/// </summary>
/// <remarks>
/// Needs exactly one of <see cref="StateAttribute.Next"/> and <see cref="StateAttribute.End"/>; accepts
/// <see cref="RetryAttribute"/> and <see cref="CatchAttribute"/>. Inline Map runs at most 40 iterations
/// at a time.
/// <example>
/// <code>
/// // PerOrder is a class marked [Branch(StartAt = ...)] holding the per-item states.
/// [Map(ItemsPath = "$.orders", MaxConcurrency = 5, Processor = typeof(PerOrder), Next = nameof(Done))]
/// public partial class EachOrder;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class MapAttribute : StateAttribute
{
    /// <summary>
    /// JSONPath only. A reference path to the array to iterate over (ASL <c>ItemsPath</c>), e.g.
    /// <c>"$.orders"</c>; defaults to <c>$</c>, the whole effective input, which must then be an array.
    /// </summary>
    public string? ItemsPath { get; set; }

    /// <summary>
    /// JSON text of a template that builds each iteration's input (ASL <c>ItemSelector</c>). In JSONPath,
    /// <c>$$.Map.Item.Value</c> and <c>$$.Map.Item.Index</c> give the current element and its position,
    /// e.g. <c>"""{ "order.$": "$$.Map.Item.Value", "customer.$": "$.customerId" }"""</c>; in JSONata use
    /// <c>{% ... %}</c> values. Without it each iteration receives the bare element.
    /// </summary>
    public string? ItemSelector { get; set; }

    /// <summary>
    /// The most iterations allowed to run at once (ASL <c>MaxConcurrency</c>): a non-negative integer
    /// where <c>0</c> means no limit and <c>1</c> runs the items one after another, in order.
    /// </summary>
    public int MaxConcurrency { get; set; }

    /// <summary>
    /// The class marked with <see cref="BranchAttribute"/> whose states process one item (ASL
    /// <c>ItemProcessor</c>, required), e.g. <c>Processor = typeof(PerOrder)</c>.
    /// </summary>
    public Type? Processor { get; set; }

    /// <summary>
    /// The older name of <see cref="Processor"/>: the same <see cref="BranchAttribute"/> class, written to the ASL
    /// as <c>Iterator</c>, which the developer guide lists as deprecated in favour of <c>ItemProcessor</c>. Use it
    /// to keep a definition written before <c>ItemProcessor</c> byte for byte (<c>stepgen import</c> does);
    /// set exactly one of the two. An <c>Iterator</c> has no <c>ProcessorConfig</c>, so it runs inline only.
    /// </summary>
    public Type? Iterator { get; set; }

    /// <summary>
    /// JSONata only: the array to iterate (Map <c>Items</c>), a JSON array or a <c>{% ... %}</c> expression such as
    /// <c>"{% $states.input.orders %}"</c>. The JSONPath counterpart is <see cref="ItemsPath"/>.
    /// </summary>
    public string? Items { get; set; }

    /// <summary>
    /// A reference path to the maximum number of concurrent iterations, read at run time
    /// (<c>MaxConcurrencyPath</c>, JSONPath only). Use it instead of <see cref="MaxConcurrency"/>.
    /// </summary>
    public string? MaxConcurrencyPath { get; set; }

    /// <summary>
    /// The processing mode (<c>ItemProcessor.ProcessorConfig.Mode</c>): <c>"INLINE"</c> (the default: up to 40
    /// concurrent iterations inside this execution) or <c>"DISTRIBUTED"</c> (child executions, up to 10,000 at a time).
    /// </summary>
    public string? Mode { get; set; }

    /// <summary>
    /// For <c>Mode = "DISTRIBUTED"</c>: the type of the child executions
    /// (<c>ProcessorConfig.ExecutionType</c>), <c>"STANDARD"</c> or <c>"EXPRESS"</c>. Required in distributed mode.
    /// </summary>
    public string? ExecutionType { get; set; }

    /// <summary>
    /// JSON text of the <c>ItemReader</c> object (Distributed Map): where the items come from, e.g.
    /// <c>{ "Resource": "arn:aws:states:::s3:getObject", "ReaderConfig": { "InputType": "CSV", "CSVHeaderLocation": "FIRST_ROW" }, "Parameters": { "Bucket": "my-bucket", "Key": "orders.csv" } }</c>.
    /// </summary>
    public string? ItemReader { get; set; }

    /// <summary>
    /// JSON text of the <c>ItemBatcher</c> object: groups items into batches, e.g. <c>{ "MaxItemsPerBatch": 100 }</c>.
    /// </summary>
    public string? ItemBatcher { get; set; }

    /// <summary>
    /// JSON text of the <c>ResultWriter</c> object: writes the results to S3 instead of returning them, e.g.
    /// <c>{ "Resource": "arn:aws:states:::s3:putObject", "Parameters": { "Bucket": "results", "Prefix": "runs" } }</c>.
    /// </summary>
    public string? ResultWriter { get; set; }

    /// <summary>How many item failures are tolerated before the Map fails (<c>ToleratedFailureCount</c>, 0 or more).</summary>
    public int ToleratedFailureCount { get; set; }

    /// <summary>A reference path to the tolerated failure count, read at run time (JSONPath only).</summary>
    public string? ToleratedFailureCountPath { get; set; }

    /// <summary>The percentage of item failures tolerated (<c>ToleratedFailurePercentage</c>, 0 to 100).</summary>
    public double ToleratedFailurePercentage { get; set; }

    /// <summary>A reference path to the tolerated failure percentage, read at run time (JSONPath only).</summary>
    public string? ToleratedFailurePercentagePath { get; set; }

    /// <summary>A label for the child executions of a Distributed Map (<c>Label</c>).</summary>
    public string? Label { get; set; }
}
