using System;
using System.Collections.Generic;
using StepGen.Asl.Collections;
using StepGen.Asl.Graph;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;


namespace StepGen.Asl.Compile;

/// <summary>
/// Turns a <see cref="SourceMachine"/> into ASL, an IAM policy and the problems found. This is the one
/// place where the rules live: the generator emits its output, the analyzers report its problems.
/// </summary>
public static class MachineCompiler
{
    /// <summary>Compiles a state machine. Never throws: an internal failure becomes an SG0001 problem.</summary>
    public static CompiledMachine Compile(SourceMachine machine)
    {
        try
        {
            return new MachineBuilder(machine).Build();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var problem = new Problem(
                Rules.InternalError,
                $"StepGen could not process {machine.ClassName} ({exception.GetType().Name}: {exception.Message}); the generated definition is empty. Please report this with the class that causes it.",
                new FieldRef(null, -1));
            return new CompiledMachine(
                machine.ClassName,
                machine.ClassName,
                "{}",
                "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": []\n}",
                MermaidDiagram.Write(new JsonObject()),
                EquatableArray<string>.Empty,
                EquatableArray<StateName>.Empty,
                new[] { problem }.ToEquatableArray());
        }
    }

    /// <summary>
    /// The faults of an [HttpEndpoint] declaration itself (its URL, Method and ConnectionArn), found by the same
    /// rules that check an HTTP task, so that each is reported once on the declaration, whether or not a machine
    /// uses it. Locations have <see cref="FieldRef.Scope"/> set to the endpoint's key.
    /// </summary>
    public static IReadOnlyList<Problem> CheckEndpoint(SourceEndpoint endpoint)
    {
        // The declaration as one task of a throwaway machine: every rule runs exactly as for a real task, and
        // only the problems located in the declaration are kept.
        var task = new SourceAttribute(AttributeNames.HttpTask, new[]
        {
            new SourceArgument(ArgumentNames.Endpoint, false, new SourceValue(SourceValueKind.Type, endpoint.Key)),
            new SourceArgument(ArgumentNames.End, false, SourceValue.FromBoolean(true)),
        }.ToEquatableArray());
        var start = new SourceAttribute(AttributeNames.StateMachine, new[] { new SourceArgument(ArgumentNames.StartAt, false, SourceValue.FromString("Call")) }.ToEquatableArray());
        var probe = new SourceMachine(
            "EndpointProbe",
            true,
            new[] { start }.ToEquatableArray(),
            new[] { new SourceState("Call", true, new[] { task }.ToEquatableArray()) }.ToEquatableArray(),
            EquatableArray<SourceScope>.Empty,
            new[] { endpoint }.ToEquatableArray());

        var problems = new List<Problem>();
        foreach (Problem problem in Compile(probe).Problems)
        {
            if (problem.Location.Scope == endpoint.Key)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>
    /// SG1013 for a class that carries a state attribute but is not nested directly in a [StateMachine] or [Branch]
    /// class, where no machine would ever read it. Locations refer to <paramref name="attributes"/> with
    /// <see cref="FieldRef.StateClass"/> null.
    /// </summary>
    /// <param name="className">The class's name.</param>
    /// <param name="attributes">The class's StepGen attributes.</param>
    /// <param name="container">The name of the class it is nested in, or null at namespace level.</param>
    public static IReadOnlyList<Problem> CheckStrayState(string className, EquatableArray<SourceAttribute> attributes, string? container)
    {
        for (int i = 0; i < attributes.Count; i++)
        {
            if (StateKinds.TryParse(attributes[i].Name, out _))
            {
                string where = container is null ? "at namespace level" : $"inside {container}, which is neither a [StateMachine] nor a [Branch]";
                return new[]
                {
                    new Problem(Rules.Declaration, $"The state class {className} is declared {where}, so no state machine reads it and it is left out of every definition; nest it directly in the [StateMachine] or [Branch] class it belongs to.", new FieldRef(null, i)),
                };
            }
        }

        return Array.Empty<Problem>();
    }
}
