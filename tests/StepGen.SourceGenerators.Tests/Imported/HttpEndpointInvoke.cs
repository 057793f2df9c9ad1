// Imported by stepgen import from aws-samples/serverless-patterns/stepfunctions-httpendpoint-sam/statemachine/httpendpoint-integration.asl.json at fb7b5d06c27d.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(GetCustomers),
              Comment = "A a state machine to demonstrate HTTP Endpoint direct integration")]
public partial class HttpEndpointInvoke
{
    [HttpTask(Name = "Get Customers", ApiEndpoint = "https://api.stripe.com/v1/customers", Method = "GET",
              ConnectionArn = "${ConnectionArn}", OutputPath = "$.ResponseBody", End = true)]
    [Retry("States.ALL", IntervalSeconds = 1, MaxAttempts = 3, BackoffRate = 2.0, JitterStrategy = "FULL")]
    public partial class GetCustomers;
}
