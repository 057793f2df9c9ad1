using StepGen.Asl.Collections;
using StepGen.Asl.Compile;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

namespace StepGen.Asl.Tests.RuleCases;

/// <summary>
/// Builds the source model directly, as the generator's reader would from the C# (issue 16: every rule testable
/// without Roslyn). An argument whose name starts with a lower-case letter is a constructor argument (C# parameter
/// names), any other a named property argument. Values: string, bool, int/long, double, null, string[] (a params
/// list or an array), <see cref="TypeOf"/> for <c>typeof(T)</c>.
/// </summary>
internal static class Model
{
    /// <summary>A well-formed EventBridge connection ARN for HTTP tasks.</summary>
    public const string ConnectionArn = "arn:aws:events:us-east-1:123456789012:connection/Orders/81210c42-8af1-456b-9c4a-6ff02fc664ac";

    /// <summary>A <c>typeof(T)</c> value: the fully qualified name the reader gives.</summary>
    public sealed record TypeOf(string FullName);

    /// <summary>An enum member, by its underlying value.</summary>
    public sealed record EnumArgument(long Value);

    public static SourceAttribute Attr(string name, params (string Argument, object? Value)[] arguments) =>
        new(name, arguments.Select(a => new SourceArgument(a.Argument, char.IsLower(a.Argument[0]), Value(a.Value))).ToEquatableArray());

    public static SourceState State(string className, params SourceAttribute[] attributes) => new(className, IsPartial: true, attributes.ToEquatableArray());

    /// <summary>A machine class M with [StateMachine(StartAt = startAt)] and these states.</summary>
    public static SourceMachine Machine(string startAt, params SourceState[] states) =>
        Machine(Attr("StateMachine", ("StartAt", startAt)), states);

    public static SourceMachine Machine(SourceAttribute stateMachine, params SourceState[] states) =>
        Machine(new[] { stateMachine }, states);

    /// <summary>A machine class M with these attributes ([StateMachine] first, then [IamStatement]s...) and states.</summary>
    public static SourceMachine Machine(SourceAttribute[] machineAttributes, params SourceState[] states) =>
        new("M", IsPartial: true, machineAttributes.ToEquatableArray(), states.ToEquatableArray());

    /// <summary>A machine whose one state, Each, is a Map with these arguments (Processor and End added) over a one-Pass processor.</summary>
    public static SourceMachine MapMachine(params (string, object?)[] arguments)
    {
        const string processorKey = "global::Shop.M.Items";
        SourceMachine machine = Machine("Each", State("Each", Attr("Map", arguments.Concat(new (string, object?)[] { ("Processor", new TypeOf(processorKey)), ("End", true) }).ToArray())));
        var processor = new SourceScope(processorKey, "Items", IsPartial: true, new[] { Attr("Branch", ("StartAt", "Item")) }.ToEquatableArray(), new[] { State("Item", Attr("Pass", ("End", true))) }.ToEquatableArray());
        return machine with { Branches = new[] { processor }.ToEquatableArray() };
    }

    public static SourceValue Value(object? value) => value switch
    {
        null => SourceValue.Null,
        string text => SourceValue.FromString(text),
        bool flag => SourceValue.FromBoolean(flag),
        int number => SourceValue.FromInteger(number),
        long number => SourceValue.FromInteger(number),
        double number => SourceValue.FromDouble(number),
        string[] items => new SourceValue(SourceValueKind.Array, Items: items.Select(SourceValue.FromString).ToEquatableArray()),
        TypeOf type => new SourceValue(SourceValueKind.Type, type.FullName, Boolean: true),
        EnumArgument member => new SourceValue(SourceValueKind.Enum, Integer: member.Value),
        _ => throw new ArgumentException($"no source value for {value.GetType()}"),
    };

    /// <summary>The problems with this ID, after compiling with the core.</summary>
    public static Problem[] All(SourceMachine machine, string id) =>
        MachineCompiler.Compile(machine).Problems.Where(p => p.Id == id).ToArray();

    /// <summary>Exactly one problem with this ID; the message lists every problem when not.</summary>
    public static Problem Single(SourceMachine machine, string id)
    {
        CompiledMachine compiled = MachineCompiler.Compile(machine);
        Problem[] matching = compiled.Problems.Where(p => p.Id == id).ToArray();
        Assert.True(matching.Length == 1, $"expected one {id}, got {matching.Length}:\n{Describe(compiled)}");
        return matching[0];
    }

    /// <summary>No problem with this ID.</summary>
    public static void None(SourceMachine machine, string id)
    {
        CompiledMachine compiled = MachineCompiler.Compile(machine);
        Assert.True(compiled.Problems.All(p => p.Id != id), $"expected no {id}:\n{Describe(compiled)}");
    }

    /// <summary>No error at all: what a correct machine compiles to.</summary>
    public static CompiledMachine Clean(SourceMachine machine)
    {
        CompiledMachine compiled = MachineCompiler.Compile(machine);
        Assert.True(compiled.Problems.Count == 0, $"expected no problem:\n{Describe(compiled)}");
        return compiled;
    }

    private static string Describe(CompiledMachine compiled) =>
        compiled.Problems.Count == 0 ? "(no problems)" : string.Join("\n", compiled.Problems.Select(p => $"{p.Id} at {p.Location}: {p.Message}"));
}
