using StepGen;

namespace StepGen.RoundTrip;

/// <summary>serverless-patterns/stepfunctions-httpendpoint-sam: one HTTP task that lists Stripe customers.</summary>
[StateMachine(StartAt = nameof(GetCustomers), Comment = "A a state machine to demonstrate HTTP Endpoint direct integration")]
public partial class StripeGetCustomers
{
    [HttpTask(Name = "Get Customers", ApiEndpoint = "https://api.stripe.com/v1/customers", Method = "GET",
              ConnectionArn = "${ConnectionArn}", OutputPath = "$.ResponseBody", End = true)]
    [Retry("States.ALL", BackoffRate = 2, IntervalSeconds = 1, MaxAttempts = 3, JitterStrategy = "FULL")]
    public partial class GetCustomers;
}
