using StepGen.Asl.Json;
using StepGen.Asl.Runtime;

namespace StepGen.Testing.Execution;

/// <summary>
/// The data flow of one state, in the state's query language: <see cref="DataFlow"/> for JSONPath (InputPath,
/// Parameters, ResultSelector, ResultPath, OutputPath), <see cref="JsonAtaDataFlow"/> for JSONata (Arguments,
/// Output, expressions over <c>$states</c>). The interpreter's per-state code asks for the steps by their
/// meaning and does not know which language answers; both apply Assign with the variables as they were when the
/// state was entered.
/// </summary>
internal interface IDataFlow
{
    /// <summary>The Context Object the state sees (<c>$$</c> in JSONPath, <c>$states.context</c> in JSONata).</summary>
    JsonObject Context { get; }

    /// <summary>The same state on retry number <paramref name="retryCount"/> (<c>State.RetryCount</c>).</summary>
    IDataFlow ForRetry(int retryCount);

    /// <summary>This flow with another Context Object (one with <c>Task.Token</c> or <c>Map.Item</c>).</summary>
    IDataFlow WithContext(JsonObject context);

    /// <summary>The input the state works on: JSONPath applies InputPath; in JSONata it is the raw input.</summary>
    JsonNode Input(JsonNode raw);

    /// <summary>What a Task sends, a Parallel branch gets, a Pass passes: Parameters over <paramref name="effective"/>, or Arguments; else the input.</summary>
    JsonNode Arguments(JsonNode effective);

    /// <summary>
    /// The state's output once it has <paramref name="result"/> (a Choice, Wait or Succeed state's result is its
    /// effective input), with its Assign applied. <paramref name="rule"/> is the matched Choice rule, whose Assign
    /// (and in JSONata Output) replace the state's.
    /// </summary>
    JsonNode Output(JsonNode raw, JsonNode result, int? rule = null);

    /// <summary>The output when catcher number <paramref name="catcher"/> handles an error, with its Assign applied.</summary>
    JsonNode Caught(int catcher, JsonNode raw, JsonObject errorOutput);

    /// <summary>Whether Choice rule number <paramref name="rule"/> matches.</summary>
    bool Matches(int rule, JsonNode effective);

    /// <summary>A Map item's input: <paramref name="selector"/> (ItemSelector) with <c>Map.Item</c> in the context.</summary>
    JsonNode ItemInput(JsonNode selector, JsonNode effective, int index, JsonNode item);

    /// <summary>A template the two languages share by name (<c>ItemBatcher/BatchInput</c>, JSONata <c>Items</c>).</summary>
    JsonNode Template(string field, JsonNode template, JsonNode effective);

    /// <summary>The payload of one of the state's objects (<c>ItemReader</c>): its Parameters (JSONPath) or Arguments (JSONata); else the input.</summary>
    JsonNode Payload(JsonObject holder, string location, JsonNode effective);

    /// <summary>
    /// The value of a scalar field given at run time (<see cref="Definition.StateDefinition.Computed"/>): what its
    /// JSONPath <c>...Path</c> reads, or what its JSONata expression gives; null when the state has none.
    /// </summary>
    JsonNode? Computed(string field, JsonNode effective);

    /// <summary>The failure of a computed field whose value is not <paramref name="expected"/>.</summary>
    StateFailure Refused(string field, JsonNode value, string expected);

    /// <summary>A computed text field (Error, Cause, Timestamp) that gave <paramref name="value"/>, not a string.</summary>
    string TextOf(string field, JsonNode value);

    /// <summary>A core error as the state's failure, with AWS's "An error occurred while executing the state" cause.</summary>
    StateFailure Failure(AslRuntimeException e);
}
