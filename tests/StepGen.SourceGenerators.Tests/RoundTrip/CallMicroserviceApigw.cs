using StepGen;

namespace StepGen.RoundTrip;

/// <summary>step-functions-workflows-collection/call-microservice-apigw: calls an API Gateway endpoint with IAM auth
/// (the apigateway:invoke integration) and publishes success or failure on SNS depending on the status code.</summary>
[StateMachine(StartAt = nameof(CallApi), Comment = "Calling APIGW HTTP Endpoint")]
public partial class CallMicroserviceApigw
{
    [Task(Name = "Call API", Resource = "arn:aws:states:::apigateway:invoke", Next = nameof(CallSuccessful))]
    [Parameter("ApiEndpoint", "8dr32vcmf1.execute-api.us-east-2.amazonaws.com")]
    [Parameter("Method", "GET")]
    [Parameter("AuthType", "IAM_ROLE")]
    public partial class CallApi;

    [Choice(Name = "Call Successful?", Default = nameof(NotifyFailure))]
    [When("$.StatusCode == 200", Next = nameof(NotifySuccess))]
    public partial class CallSuccessful;

    [Task(Name = "Notify Success", Resource = "arn:aws:states:::sns:publish", End = true)]
    [Parameter("Message", "Call was successful")]
    [Parameter("TopicArn", "arn:aws:sns:us-east-2:960196974364:StepFunctionsSample-ApiGatewayECSWorkflow8c411f30-ea02-47cd-8166-a47a28c7b088-SNSTopic-pOprfVyxWL6j")]
    public partial class NotifySuccess;

    [Task(Name = "Notify Failure", Resource = "arn:aws:states:::sns:publish", End = true)]
    [Parameter("Message", "Call was not successful")]
    [Parameter("TopicArn", "arn:aws:sns:us-east-2:960196974364:StepFunctionsSample-ApiGatewayECSWorkflow8c411f30-ea02-47cd-8166-a47a28c7b088-SNSTopic-pOprfVyxWL6j")]
    public partial class NotifyFailure;
}
