using System;
using System.Collections.Generic;

using StepGen.Asl.Json;
using StepGen.Testing.Definition;
using StepGen.Testing.History;
using StepGen.Testing.Mocks;

namespace StepGen.Testing.Execution;

/// <summary>What one execution shares across its strands: identity, history, mocks, random numbers, counters.</summary>
internal sealed class ExecutionRun
{
    private readonly Dictionary<string, int> _invocations = new(StringComparer.Ordinal);
    private readonly Random _random;
    private int _tokens;
    private int _transitions;

    public ExecutionRun(string stateMachineName, JsonNode input, ExecutionOptions options, TaskMocks mocks, IEnumerable<string> stateNames, JsonAtaExpressions expressions)
    {
        Expressions = expressions;
        States = new StateLog(stateNames);
        Options = options;
        Mocks = mocks;
        _random = new Random(options.RandomSeed);
        Random = new RunRandom(this);
        StateMachineName = stateMachineName;
        StateMachineArn = $"arn:aws:states:{options.Region}:{options.AccountId}:stateMachine:{stateMachineName}";
        ExecutionArn = $"arn:aws:states:{options.Region}:{options.AccountId}:execution:{stateMachineName}:{options.Name}";
        RoleArn = options.RoleArn ?? $"arn:aws:iam::{options.AccountId}:role/{stateMachineName}-role";
        Input = input;
    }

    public ExecutionOptions Options { get; }

    public TaskMocks Mocks { get; }

    public HistoryRecorder History { get; } = new();

    public StateLog States { get; }

    /// <summary>The definition's compiled JSONata expressions.</summary>
    public JsonAtaExpressions Expressions { get; }

    /// <summary>
    /// The run's random numbers as a <see cref="System.Random"/>, for JSONata's <c>$random()</c> and
    /// <c>$shuffle()</c>: every draw comes from <see cref="NextRandom"/>, so an execution stays one seeded sequence.
    /// </summary>
    public Random Random { get; }

    public string StateMachineName { get; }

    public string StateMachineArn { get; }

    public string ExecutionArn { get; }

    public string RoleArn { get; }

    public JsonNode Input { get; }

    /// <summary>When the execution times out (its TimeoutSeconds), or null.</summary>
    public DateTimeOffset? Deadline { get; set; }

    /// <summary>The next invocation number of <paramref name="state"/>, from 0 (the mock file's index).</summary>
    public int NextInvocation(string state)
    {
        _invocations.TryGetValue(state, out int n);
        _invocations[state] = n + 1;
        return n;
    }

    /// <summary>A new task token: deterministic, unique in the execution.</summary>
    public string NewTaskToken() => $"{Options.Name}-token-{++_tokens}";

    /// <summary>Counts a transition; false when the execution has made too many (a runaway loop).</summary>
    public bool CountTransition() => ++_transitions <= Options.MaxTransitions;

    public double NextRandom()
    {
        lock (_random)
        {
            return _random.NextDouble();
        }
    }

    public Guid NewGuid()
    {
        var bytes = new byte[16];
        lock (_random)
        {
            _random.NextBytes(bytes);
        }

        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        return new Guid(bytes);
    }

    /// <summary>A <see cref="System.Random"/> whose every number is the run's next one.</summary>
    private sealed class RunRandom : Random
    {
        private readonly ExecutionRun _run;

        public RunRandom(ExecutionRun run)
            : base(0) => _run = run;

        public override double NextDouble() => _run.NextRandom();

        public override int Next() => (int)(_run.NextRandom() * int.MaxValue);

        public override int Next(int maxValue) => Next(0, maxValue);

        public override int Next(int minValue, int maxValue) =>
            minValue >= maxValue ? minValue : (int)(minValue + Math.Floor(_run.NextRandom() * ((long)maxValue - minValue)));

        public override long NextInt64() => (long)(_run.NextRandom() * long.MaxValue);

        public override void NextBytes(byte[] buffer)
        {
            for (int i = 0; i < buffer.Length; i++)
            {
                buffer[i] = (byte)Next(256);
            }
        }

        protected override double Sample() => _run.NextRandom();
    }
}
