using System;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Checks.Structure;

/// <summary>
/// Parallel branches and Map iteration: the fields each needs (SG1016), the Items of a JSONata Map (SG1014), a count
/// and its Path form both given (SG1015), values AWS does not document (SG1021). The branches themselves are
/// scopes of their own, checked as the machine's are.
/// </summary>
internal sealed class ParallelMapChecker
{
    private static readonly string[] MapModes = { "INLINE", "DISTRIBUTED" };
    private static readonly string[] ExecutionTypes = { "STANDARD", "EXPRESS" };

    private readonly ProblemSink _problems;
    private readonly DocumentedValueChecker _values;

    public ParallelMapChecker(ProblemSink problems, DocumentedValueChecker values)
    {
        _problems = problems;
        _values = values;
    }

    /// <summary>True when a Parallel state's Branches argument lists at least one type.</summary>
    public static bool HasBranches(SourceArgument? branches) => branches?.Value is { Kind: SourceValueKind.Array } list && list.Items.Count > 0;

    /// <summary>SG1016: a Parallel state without branches.</summary>
    public void CheckBranches(StateEntry state)
    {
        SourceArgument? argument = state.Attribute.Get(ArgumentNames.Branches);
        if (!HasBranches(argument))
        {
            _problems.Report(Rules.RequiredField, $"The Parallel state '{state.Name}' needs its branches: Branches = new[] {{ typeof(FirstBranch), typeof(SecondBranch) }}, each a class marked [Branch(StartAt = ...)].", argument is null ? state.At() : state.At(ArgumentNames.Branches));
        }
    }

    /// <summary>SG1014: the Items of a JSONata Map, which must be an array or an expression that gives one.</summary>
    public void CheckItems(StateEntry state, JsonNode items)
    {
        if (items is not (JsonArray or JsonString))
        {
            _problems.Report(Rules.BadJson, "Items must be a JSON array or a {% ... %} expression that gives one.", state.At(ArgumentNames.Items));
        }
    }

    /// <summary>SG1016 for an ItemReader or ResultWriter without Resource (<paramref name="needsResource"/>), or an ItemBatcher without a batch limit.</summary>
    public void CheckMapObject(StateEntry state, string field, JsonObject value, bool needsResource)
    {
        // A ResultWriter with only WriterConfig formats the results without exporting them (the developer guide's
        // ResultWriter page: "The choice of fields determines how the output is formatted and whether it's exported").
        bool formatsOnly = field == "ResultWriter" && value.Get("WriterConfig") is JsonObject;
        if (needsResource && !formatsOnly && value.Get("Resource") is not JsonString)
        {
            string example = field == "ResultWriter" ? "arn:aws:states:::s3:putObject" : "arn:aws:states:::s3:getObject";
            _problems.Report(Rules.RequiredField, $"{field} needs a \"Resource\", e.g. \"{example}\".", state.At(field));
        }

        if (field == "ItemBatcher" && !(value.ContainsKey("MaxItemsPerBatch") || value.ContainsKey("MaxItemsPerBatchPath") || value.ContainsKey("MaxInputBytesPerBatch") || value.ContainsKey("MaxInputBytesPerBatchPath")))
        {
            _problems.Report(Rules.RequiredField, "ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch (or their Path forms).", state.At(field));
        }
    }

    /// <summary>
    /// SG1016 for a Map count (MaxConcurrency, ToleratedFailure...) out of range: at least <paramref name="min"/>, at
    /// most <paramref name="max"/>, a whole number when there is no maximum; SG1015 when its Path form is given too.
    /// </summary>
    public void CheckCount(StateEntry state, string field, double number, double min, double? max, bool pathGiven)
    {
        if (number < min || (max is double limit && number > limit) || (max is null && Math.Floor(number) != number))
        {
            _problems.Report(Rules.RequiredField, $"{field} is {number.ToString(System.Globalization.CultureInfo.InvariantCulture)}; it must be {(max is null ? "a whole number of 0 or more" : "between 0 and 100")}.", state.At(field));
        }

        if (pathGiven)
        {
            _problems.Report(Rules.FieldNotAllowed, $"{field} and {field}Path are both set; keep one.", state.At(field + "Path"));
        }
    }

    /// <summary>SG1021 for a Mode or ExecutionType the developer guide does not list; SG1016 for a distributed Map without ExecutionType.</summary>
    public void CheckProcessorConfig(StateEntry state, string? mode, string? executionType)
    {
        if (mode is not null)
        {
            _values.CheckOneOf(mode, MapModes, state.At(ArgumentNames.Mode), "Mode", "the developer guide");
        }

        if (executionType is not null)
        {
            _values.CheckOneOf(executionType, ExecutionTypes, state.At(ArgumentNames.ExecutionType), "ExecutionType", "the developer guide");
        }
        else if (mode == "DISTRIBUTED")
        {
            _problems.Report(Rules.RequiredField, $"A distributed Map needs {(_problems.Dialect == SourceDialect.AslJson ? "\"ExecutionType\": \"STANDARD\" or \"EXPRESS\" in its ProcessorConfig" : "ExecutionType = \"STANDARD\" or \"EXPRESS\"")} for its child executions ('{state.Name}').", state.At(ArgumentNames.Mode));
        }
    }

    /// <summary>SG1016: a Map state without Processor (or its older name Iterator); SG1015: one with both.</summary>
    public void CheckProcessor(StateEntry state)
    {
        bool iterator = state.Attribute.Get(ArgumentNames.Iterator) is not null;
        if (iterator && state.Attribute.Get(ArgumentNames.Processor) is not null)
        {
            _problems.Report(Rules.FieldNotAllowed, $"The Map state '{state.Name}' sets both Processor and Iterator, two names of its item processor (ItemProcessor and the older Iterator); keep Processor.", state.At(ArgumentNames.Iterator));
        }
        else if (!iterator && state.Attribute.Get(ArgumentNames.Processor) is null)
        {
            _problems.Report(Rules.RequiredField, $"The Map state '{state.Name}' needs Processor = typeof(...), a class marked [Branch(StartAt = ...)] that holds the states run for each item.", state.At());
        }
    }

    /// <summary>SG1021: a Map Label longer than the 40 characters AWS's tools allow.</summary>
    public void CheckLabel(StateEntry state, string label)
    {
        if (Names.CodePointLength(label) > 40)
        {
            // The 40-character limit is the AWS Toolkit's; no Step Functions page states it (ASL-SPEC 10): SG1021, a warning.
            _problems.Report(Rules.UndocumentedValue, $"Label '{label}' is longer than 40 characters, the limit AWS's tools check.", state.At(ArgumentNames.Label));
        }
    }
}
