// Imported by stepgen import from aws-samples/step-functions-workflows-collection/step-functions-api-gateway-cdk-typescript/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(AddPetToStore), Comment = "Calling APIGW REST Endpoint")]
public partial class ApiGatewayCredentials
{
    [Task(Name = "Add Pet to Store", Resource = "arn:aws:states:::apigateway:invoke",
          Parameters = """
          {
            "ApiEndpoint": "${APIID}.execute-api.${REGION}.amazonaws.com",
            "Method": "POST",
            "Stage": "${STAGE}",
            "Path": "pets",
            "RequestBody.$": "$.NewPet",
            "AuthType": "IAM_ROLE"
          }
          """, ResultSelector = """{ "ResponseBody.$": "$.ResponseBody" }""", Next = nameof(PetWasAddedSuccessfully))]
    [AslField("Credentials", """{ "RoleArn": "${APIRoleArn}" }""")]
    public partial class AddPetToStore;

    [Choice(Name = "Pet was Added Successfully?", Default = nameof(RetrievePetStoreData))]
    [When("ispresent($.ResponseBody.errors)", Next = nameof(Failure))]
    public partial class PetWasAddedSuccessfully;

    [Fail]
    public partial class Failure;

    [Task(Name = "Retrieve Pet Store Data", Resource = "arn:aws:states:::apigateway:invoke",
          ResultPath = "$.ExistingPets",
          Parameters = """
          {
            "ApiEndpoint": "${APIID}.execute-api.${REGION}.amazonaws.com",
            "Method": "GET",
            "Stage": "${STAGE}",
            "Path": "pets",
            "AuthType": "IAM_ROLE"
          }
          """, ResultSelector = """{ "Pets.$": "$.ResponseBody" }""", End = true)]
    public partial class RetrievePetStoreData;
}
