using System;

namespace StepGen.Testing.Execution;

/// <summary>
/// How a Task's Resource shows in the history: the <c>resourceType</c> and <c>resource</c> of the Task events
/// (<c>arn:aws:states:::lambda:invoke</c> is type <c>lambda</c>, resource <c>invoke</c>;
/// <c>arn:aws:states:::aws-sdk:s3:getObject</c> is <c>aws-sdk:s3</c> and <c>getObject</c>), and whether it is a
/// Lambda function or activity ARN, which have their own event types.
/// </summary>
internal readonly struct TaskResource
{
    private const string IntegrationPrefix = "arn:aws:states:::";

    private TaskResource(string type, string name, TaskResourceKind kind)
    {
        Type = type;
        Name = name;
        Kind = kind;
    }

    public string Type { get; }

    public string Name { get; }

    public TaskResourceKind Kind { get; }

    public static TaskResource Of(string resource)
    {
        if (resource.StartsWith(IntegrationPrefix, StringComparison.Ordinal))
        {
            string rest = resource.Substring(IntegrationPrefix.Length);
            int colon = rest.LastIndexOf(':');
            return colon > 0
                ? new TaskResource(rest.Substring(0, colon), rest.Substring(colon + 1), TaskResourceKind.Integration)
                : new TaskResource(rest, rest, TaskResourceKind.Integration);
        }

        if (resource.StartsWith("arn:", StringComparison.Ordinal) && resource.Contains(":lambda:", StringComparison.Ordinal))
        {
            return new TaskResource("lambda", resource, TaskResourceKind.LambdaFunction);
        }

        if (resource.StartsWith("arn:", StringComparison.Ordinal) && resource.Contains(":activity:", StringComparison.Ordinal))
        {
            return new TaskResource("activity", resource, TaskResourceKind.Activity);
        }

        return new TaskResource(resource, resource, TaskResourceKind.Integration);
    }

    /// <summary>The integration pattern suffix: <c>.waitForTaskToken</c> tasks wait for a callback.</summary>
    public static bool WaitsForToken(string resource) => resource.EndsWith(".waitForTaskToken", StringComparison.Ordinal);

    public static bool IsHttp(string resource) => resource == StepGen.Asl.Compile.HttpTask.Resource;
}

internal enum TaskResourceKind
{
    Integration,
    LambdaFunction,
    Activity,
}
