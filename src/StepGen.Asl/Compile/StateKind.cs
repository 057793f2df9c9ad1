using System;
using System.Collections.Generic;
using System.Linq;

namespace StepGen.Asl.Compile;

/// <summary>
/// The state attributes and the ASL state type each produces; the one list of them. Each member is named as its
/// attribute is (<see cref="Source.AttributeNames"/>), which AttributeVocabularyTests checks.
/// </summary>
internal enum StateKind
{
    Pass,
    Task,
    HttpTask,
    Choice,
    Wait,
    Succeed,
    Fail,
    Parallel,
    Map,
}

internal static class StateKinds
{
    /// <summary>Each kind by its attribute's name: the enum's member names are the attributes' names.</summary>
    private static readonly Dictionary<string, StateKind> ByAttributeName = All().ToDictionary(kind => kind.ToString(), StringComparer.Ordinal);

    /// <summary>The names of the attributes that make a class a state ("Pass", "HttpTask"...), in declaration order.</summary>
    public static IReadOnlyList<string> AttributeNames { get; } = All().Select(kind => kind.ToString()).ToArray();

    public static bool TryParse(string attributeName, out StateKind kind) => ByAttributeName.TryGetValue(attributeName, out kind);

    private static IEnumerable<StateKind> All() => Enum.GetValues(typeof(StateKind)).Cast<StateKind>();

    /// <summary>The ASL <c>Type</c> of the state.</summary>
    public static string AslType(this StateKind kind) => kind == StateKind.HttpTask ? "Task" : kind.ToString();

    /// <summary>Task, Pass, Wait, Parallel and Map continue with exactly one of Next or End.</summary>
    public static bool MustContinue(this StateKind kind) =>
        kind is StateKind.Pass or StateKind.Task or StateKind.HttpTask or StateKind.Wait or StateKind.Parallel or StateKind.Map;

    public static bool IsTask(this StateKind kind) => kind is StateKind.Task or StateKind.HttpTask;

    public static bool AllowsRetryCatch(this StateKind kind) =>
        kind is StateKind.Task or StateKind.HttpTask or StateKind.Parallel or StateKind.Map;
}
