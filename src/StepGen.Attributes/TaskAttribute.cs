using System;

namespace StepGen;

/// <summary>
/// A Task state (ASL <c>"Type": "Task"</c>): one unit of work done by the service named in
/// <see cref="Resource"/>, such as a Lambda function, an activity, an optimized service integration or an
/// AWS SDK call. For calls to third-party HTTPS APIs use <see cref="HttpTaskAttribute"/>.
/// </summary>
/// <remarks>
/// Needs exactly one of <see cref="StateAttribute.Next"/> and <see cref="StateAttribute.End"/>. Accepts
/// <see cref="RetryAttribute"/> and <see cref="CatchAttribute"/>, and <see cref="ParameterAttribute"/> for
/// the fields of its <c>Parameters</c>. StepGen derives the execution-role permissions from the resource
/// and its parameters.
/// <example>
/// <code>
/// [Task(Resource = "arn:aws:states:::sns:publish", Next = nameof(Done), TimeoutSeconds = 30)]
/// [Parameter("TopicArn", "${AlertsTopicArn}")]
/// [Parameter("Message", Path = "$.message")]
/// public partial class Notify;
/// </code>
/// </example>
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class TaskAttribute : StateAttribute
{
    /// <summary>
    /// Required. The ARN of what the task runs (ASL <c>Resource</c>): a Lambda function or activity ARN,
    /// an optimized integration such as <c>"arn:aws:states:::lambda:invoke"</c> or
    /// <c>"arn:aws:states:::sqs:sendMessage"</c> (optionally suffixed <c>.sync</c> or
    /// <c>.waitForTaskToken</c>), or an SDK integration such as
    /// <c>"arn:aws:states:::aws-sdk:s3:getObject"</c>. A substitution like <c>"${ProcessOrderArn}"</c>
    /// is accepted.
    /// </summary>
    public string? Resource { get; set; }

    /// <summary>
    /// The longest the task may run, in seconds (ASL <c>TimeoutSeconds</c>); when exceeded the task fails
    /// with <c>States.Timeout</c>. A positive integer up to 99999999. Do not combine with
    /// <see cref="TimeoutSecondsPath"/>.
    /// </summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>
    /// The longest gap allowed between heartbeats from the worker, in seconds (ASL
    /// <c>HeartbeatSeconds</c>); a missed heartbeat fails the task with <c>States.Timeout</c>. A positive
    /// integer smaller than <see cref="TimeoutSeconds"/>. Do not combine with
    /// <see cref="HeartbeatSecondsPath"/>.
    /// </summary>
    public int HeartbeatSeconds { get; set; }

    /// <summary>
    /// JSONPath only. A reference path to a positive integer in the input that supplies the timeout at run
    /// time (ASL <c>TimeoutSecondsPath</c>), e.g. <c>"$.limits.timeout"</c>. Do not combine with
    /// <see cref="TimeoutSeconds"/>.
    /// </summary>
    public string? TimeoutSecondsPath { get; set; }

    /// <summary>
    /// JSONPath only. A reference path to a positive integer in the input that supplies the heartbeat
    /// interval at run time (ASL <c>HeartbeatSecondsPath</c>). Do not combine with
    /// <see cref="HeartbeatSeconds"/>.
    /// </summary>
    public string? HeartbeatSecondsPath { get; set; }
}
