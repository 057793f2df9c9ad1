using StepGen.Asl.Checks.Paths;
using StepGen.Asl.Compile;
using StepGen.Asl.Json;
using StepGen.Asl.Problems;
using StepGen.Asl.Source;

using static StepGen.Asl.Compile.FieldSpans;

namespace StepGen.Asl.Checks.Http;

/// <summary>
/// The EventBridge connection an HTTP task authorizes through, as ConnectionArn or in its Parameters/Arguments text
/// under Authentication or InvocationConfig: missing or not a connection ARN (SG3003), given under both fields
/// (SG3009) or twice (SG1015), a [Task] HTTP call without one (SG3013).
/// </summary>
internal sealed class ConnectionChecker
{
    private readonly ProblemSink _problems;
    private readonly PathChecker _paths;

    public ConnectionChecker(ProblemSink problems, PathChecker paths)
    {
        _problems = problems;
        _paths = paths;
    }

    /// <summary>True when the state's Parameters/Arguments text names a connection under either connection field.</summary>
    public static bool InPayloadText(StateEntry state)
    {
        return Args.String(state.Attribute.Get(state.PayloadField)) is string text && JsonParser.Parse(text).Value is JsonObject payload
            && HttpTask.ConnectionsGiven(payload) > 0;
    }

    /// <summary>The ConnectionArn of an [HttpTask] or its [HttpEndpoint] declaration.</summary>
    /// <param name="declaration">The task's [HttpEndpoint] declaration, or null.</param>
    /// <param name="argument">The ConnectionArn argument, where <see cref="EndpointDeclarationChecker.Field"/> found it (null: not given).</param>
    /// <param name="at">Where that argument is, or would be.</param>
    /// <param name="inPayloadText">Whether the task's Parameters/Arguments text names a connection (<see cref="InPayloadText"/>).</param>
    public void Check(StateEntry state, SourceEndpoint? declaration, SourceArgument? argument, FieldRef at, bool inPayloadText)
    {
        string? connection = Args.String(argument);
        if (connection is null && inPayloadText)
        {
            // The connection is written in the Parameters/Arguments JSON text (Authentication or InvocationConfig),
            // where CheckInText checks it.
        }
        else if (connection is not null && inPayloadText)
        {
            // Two connections: which one Step Functions would use is not documented. The text's is kept; say so.
            _problems.Report(Rules.FieldNotAllowed, $"'{state.Name}' gives its connection twice: ConnectionArn = \"{connection}\" and a ConnectionArn in its {state.PayloadField} text; keep one.", at);
        }
        else if (connection is null)
        {
            string owner = declaration is null ? $"The HTTP task '{state.Name}'" : $"The [HttpEndpoint] {declaration.ClassName}";
            _problems.Report(Rules.HttpConnection, $"{owner} has no ConnectionArn; every HTTP task authorizes through an EventBridge connection, e.g. ConnectionArn = \"${{MyApiConnectionArn}}\".", argument is null && declaration is null ? state.At() : at);
        }
        else if (HttpValue.IsRunTimePath(state, connection))
        {
            _paths.Check(connection, at, "ConnectionArn", PathUse.PathOrIntrinsic);
        }
        else if (!HttpValue.IsJsonAtaExpression(state, connection) && !Substitutions.StartsWithSubstitution(connection) && !HttpTask.IsConnectionArn(connection))
        {
            // A JSONata expression is only evaluated at run time, so AWS deploys whatever it says (AWS samples write a
            // placeholder there that their deploy scripts replace); the IAM derivation warns when it is not a
            // connection ARN.
            _problems.Report(Rules.HttpConnection, $"ConnectionArn '{connection}' is not an EventBridge connection ARN; expected arn:aws:events:<region>:<account>:connection/<name>/<id> or a ${{Substitution}}.", at);
        }
    }

    /// <summary>
    /// SG3003 for a connection written in the Parameters/Arguments JSON text, under either field: a constant must be an
    /// EventBridge connection ARN (a substitution, a path or a JSONata expression is checked where it is filled in).
    /// SG3009 for a text that gives it under both fields, SG3013 for a [Task] HTTP call whose text gives none.
    /// </summary>
    public void CheckInText(StateEntry state, JsonObject payload, FieldRef at)
    {
        int given = HttpTask.ConnectionsGiven(payload);

        if (given > 1)
        {
            _problems.Report(Rules.ConnectionUnderBothFields, $"'{state.Name}' gives its connection under both Authentication and InvocationConfig; which one Step Functions uses is not documented, so keep one (the HTTP Task page recommends InvocationConfig).", at);
        }
        else if (given == 0 && state.Kind == StateKind.Task)
        {
            _problems.Report(Rules.TaskHttpCallWithoutConnection, $"'{state.Name}' calls an HTTPS API with no connection: the HTTP Task page requires an EventBridge connection, under InvocationConfig.ConnectionArn (or Authentication.ConnectionArn) in its {state.PayloadField}.", at);
        }

        foreach (string field in HttpTask.ConnectionFields)
        {
            if (payload.Get(field) is not JsonObject holder || holder.Get("ConnectionArn") is not JsonString { Value: var connection } value)
            {
                continue;
            }

            if (!HttpValue.IsJsonAtaExpression(state, connection) && !Substitutions.StartsWithSubstitution(connection) && !HttpTask.IsConnectionArn(connection))
            {
                _problems.Report(Rules.HttpConnection, $"{field}.ConnectionArn '{connection}' is not an EventBridge connection ARN; expected arn:aws:events:<region>:<account>:connection/<name>/<id> or a ${{Substitution}}.", InJson(at, value.Span, connection.Length).At);
            }
        }
    }
}
