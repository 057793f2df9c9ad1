namespace StepGen;

/// <summary>
/// Which field of an HTTP task's parameters carries the EventBridge connection:
/// <c>"Authentication": { "ConnectionArn": ... }</c> or <c>"InvocationConfig": { "ConnectionArn": ... }</c>.
/// </summary>
/// <remarks>
/// The HTTP Task page of the Step Functions developer guide ("Call HTTPS APIs in Step Functions workflows")
/// recommends <c>InvocationConfig.ConnectionArn</c> for public APIs and for private APIs reached through an
/// EventBridge connection backed by a VPC Lattice resource configuration, and keeps
/// <c>Authentication.ConnectionArn</c> for backward compatibility. Both name the same connection, which supplies
/// the credentials either way. StepGen writes <c>Authentication</c> unless told otherwise, so existing
/// definitions do not change: set <c>ConnectionField</c> on an <see cref="HttpTaskAttribute"/> or
/// <see cref="HttpEndpointAttribute"/>, or <c>&lt;StepGenHttpConnectionField&gt;InvocationConfig&lt;/StepGenHttpConnectionField&gt;</c>
/// in the project for every HTTP task.
/// </remarks>
public enum HttpConnectionField
{
    /// <summary><c>"Authentication": { "ConnectionArn": ... }</c>, the field HTTP tasks were introduced with.</summary>
    Authentication = 0,

    /// <summary><c>"InvocationConfig": { "ConnectionArn": ... }</c>, the field the developer guide now recommends.</summary>
    InvocationConfig = 1,
}
