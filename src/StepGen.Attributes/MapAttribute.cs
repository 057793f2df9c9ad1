using System;

namespace StepGen
{
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
    }
}
