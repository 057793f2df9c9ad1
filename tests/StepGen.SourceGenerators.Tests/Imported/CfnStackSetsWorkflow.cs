// Imported by stepgen import from aws-samples/step-functions-workflows-collection/sfn-cfn-stacksets-workflow-cdk/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(ListRoots), Comment = "SFN Pattern to Create/Delete CFN StackSets")]
public partial class CfnStackSetsWorkflow
{
    [Task(Resource = "arn:aws:states:::aws-sdk:organizations:listRoots", ResultPath = "$.org", Parameters = """{}""",
          ResultSelector = """{ "rootOU.$": "$.Roots[0].Id" }""", Next = nameof(CreateOrDelete))]
    public partial class ListRoots;

    [Choice(Name = "CreateOrDelete?", Default = nameof(InvalidInput))]
    [When("$.operation == 'create'", Next = nameof(CreateStackSet))]
    [When("$.operation == 'delete'", Next = nameof(DeleteStackInstances))]
    public partial class CreateOrDelete;

    [Fail(Error = "InvalidInput", Cause = "Input Params should be ( \"operation\": \"create\"|\"delete\" }")]
    public partial class InvalidInput;

    [Task(Resource = "arn:aws:states:::aws-sdk:cloudformation:createStackSet", ResultPath = "$.StackSetId",
          Parameters = """
          {
            "StackSetName": "sfn-cfn-stackset",
            "Description": "StackSet for creating IAM roles in linked accounts",
            "ManagedExecution": {
              "Active": true
            },
            "PermissionModel": "SERVICE_MANAGED",
            "Capabilities": [
              "CAPABILITY_NAMED_IAM"
            ],
            "AutoDeployment": {
              "Enabled": true,
              "RetainStacksOnAccountRemoval": false
            },
            "Parameters": [
              {
                "ParameterKey": "ManagementAccountId",
                "ParameterValue.$": "$.managementAccountId"
              }
            ],
            "TemplateURL.$": "$.templateURL"
          }
          """, Next = nameof(CreateStackInstances))]
    [Catch("CloudFormation.NameAlreadyExistsException", Next = nameof(StackSetExists))]
    public partial class CreateStackSet;

    [Task(Resource = "arn:aws:states:::aws-sdk:cloudformation:createStackInstances",
          Parameters = """
          {
            "StackSetName": "sfn-cfn-stackset",
            "Regions": [
              "us-east-1"
            ],
            "DeploymentTargets": {
              "OrganizationalUnitIds.$": "States.Array($.org.rootOU)"
            }
          }
          """, Next = nameof(CreatingWait5s))]
    public partial class CreateStackInstances;

    [Wait(Name = "Creating, Wait 5s", Seconds = 5, Next = nameof(CheckCreatingStackSetStatus))]
    public partial class CreatingWait5s;

    [Choice(Name = "Create Completed?", OutputPath = "$.StackSetOperation", Default = nameof(CreateStackSetFailed))]
    [When("$.StackSetOperation.Status == 'RUNNING' || $.StackSetOperation.Status == 'QUEUED'",
          Next = nameof(CreatingWait5s))]
    [When("$.StackSetOperation.Status == 'SUCCEEDED'", Next = nameof(StackSetCreated))]
    public partial class CreateCompleted;

    [Task(Resource = "arn:aws:states:::aws-sdk:cloudformation:describeStackSetOperation", Next = nameof(CreateCompleted))]
    [Parameter("StackSetName", "sfn-cfn-stackset")]
    [Parameter("OperationId", Path = "$.OperationId")]
    public partial class CheckCreatingStackSetStatus;

    [Fail(ErrorPath = "$.error", CausePath = "$.cause")]
    public partial class CreateStackSetFailed;

    [Succeed(Name = "StackSet Created")]
    public partial class StackSetCreated;

    [Fail(Error = "CreateStackSetsFailed", Cause = "StackSet already exists")]
    public partial class StackSetExists;

    [Task(Resource = "arn:aws:states:::aws-sdk:cloudformation:deleteStackInstances",
          Parameters = """
          {
            "StackSetName": "sfn-cfn-stackset",
            "Regions": [
              "us-east-1"
            ],
            "DeploymentTargets": {
              "OrganizationalUnitIds.$": "States.Array($.org.rootOU)"
            },
            "RetainStacks": "false"
          }
          """, Next = nameof(DeletingWait5s))]
    [Catch("CloudFormation.StackSetNotFoundException", Next = nameof(DeleteStackSetFailed))]
    public partial class DeleteStackInstances;

    [Wait(Name = "Deleting, Wait 5s", Seconds = 5, Next = nameof(CheckDeletingStackSetStatus))]
    public partial class DeletingWait5s;

    [Choice(Name = "Delete Completed?", OutputPath = "$.StackSetOperation", Default = nameof(DeleteStackSetFailed))]
    [When("$.StackSetOperation.Status == 'RUNNING' || $.StackSetOperation.Status == 'QUEUED'",
          Next = nameof(DeletingWait5s))]
    [When("$.StackSetOperation.Status == 'SUCCEEDED'", Next = nameof(DeleteStackSet))]
    public partial class DeleteCompleted;

    [Task(Resource = "arn:aws:states:::aws-sdk:cloudformation:describeStackSetOperation", Next = nameof(DeleteCompleted))]
    [Parameter("StackSetName", "sfn-cfn-stackset")]
    [Parameter("OperationId", Path = "$.OperationId")]
    public partial class CheckDeletingStackSetStatus;

    [Fail(Error = "Failed to Delete StackSets",
          Cause = "StackSet not found or StackSet Status was one of 'FAILED | STOPPING | STOPPED'")]
    public partial class DeleteStackSetFailed;

    [Task(Resource = "arn:aws:states:::aws-sdk:cloudformation:deleteStackSet", End = true)]
    [Parameter("StackSetName", "sfn-cfn-stackset")]
    public partial class DeleteStackSet;
}
