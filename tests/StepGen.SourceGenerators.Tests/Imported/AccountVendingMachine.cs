// Imported by stepgen import from aws-samples/step-functions-workflows-collection/account-vending-machine/statemachine/statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(GetOrganizationRoot), Comment = "A description of my state machine")]
public partial class AccountVendingMachine
{
    [Task(Name = "Get Organization Root", Resource = "arn:aws:states:::aws-sdk:organizations:listRoots",
          ResultPath = "$.data.rootOU", Parameters = """{}""", Next = nameof(CreateNewOrganizationalUnit))]
    public partial class GetOrganizationRoot;

    [Task(Name = "Create New Organizational Unit",
          Resource = "arn:aws:states:::aws-sdk:organizations:createOrganizationalUnit", ResultPath = "$.result.newOU",
          Next = nameof(CreateNewAccount))]
    [Parameter("Name", Path = "$.OU")]
    [Parameter("ParentId", Path = "$.data.rootOU.Roots[0].Id")]
    [Catch("Organizations.DuplicateOrganizationalUnitException", ResultPath = null, Comment = "OU Exists",
           Next = nameof(ListOrganizationalUnits))]
    public partial class CreateNewOrganizationalUnit;

    [Task(Name = "Create New Account", Resource = "arn:aws:states:::aws-sdk:organizations:createAccount",
          ResultPath = "$.result.NewAccount", Next = nameof(Wait30Sec))]
    [Parameter("AccountName", Path = "$.AccountName")]
    [Parameter("Email", Path = "$.AccountEmail")]
    public partial class CreateNewAccount;

    [Wait(Name = "Wait 30 Sec", Seconds = 30, Next = nameof(NewAccountStatus))]
    public partial class Wait30Sec;

    [Task(Name = "New Account Status", Resource = "arn:aws:states:::aws-sdk:organizations:describeCreateAccountStatus",
          ResultPath = "$.result.NewAccount", Next = nameof(CheckAccountStatus))]
    [Parameter("CreateAccountRequestId", Path = "$.result.NewAccount.CreateAccountStatus.Id")]
    public partial class NewAccountStatus;

    [Choice(Name = "Check Account Status", Default = nameof(MoveAccountToOU))]
    [When("$.result.NewAccount.CreateAccountStatus.State == 'IN_PROGRESS'", Next = nameof(Wait30Sec))]
    [When("$.result.NewAccount.CreateAccountStatus.State == 'FAILED'", Next = nameof(Failed))]
    public partial class CheckAccountStatus;

    [Task(Name = "Move Account To OU", Resource = "arn:aws:states:::aws-sdk:organizations:moveAccount",
          ResultPath = "$.result.MoveAccount", Next = nameof(NewAccountCredentials))]
    [Parameter("AccountId", Path = "$.result.NewAccount.CreateAccountStatus.AccountId")]
    [Parameter("DestinationParentId", Path = "$.result.newOU.OrganizationalUnit.Id")]
    [Parameter("SourceParentId", Path = "$.data.rootOU.Roots[0].Id")]
    public partial class MoveAccountToOU;

    [Pass(Name = "New Account Credentials", ResultPath = "$.result", Next = nameof(CreateStack))]
    [Parameter("Credentials",
               Path = "States.Format('arn:aws:iam::{}:role/OrganizationAccountAccessRole',$.result.NewAccount.CreateAccountStatus.AccountId)")]
    public partial class NewAccountCredentials;

    [Task(Name = "Create Stack", Resource = "arn:aws:states:::aws-sdk:cloudformation:createStack",
          ResultPath = "$.result.CreateStack", End = true)]
    [Parameter("StackName", Path = "$.StackName")]
    [Parameter("TemplateBody", Path = "$.TemplateBody")]
    [AslField("Credentials", """{ "RoleArn.$": "$.result.Credentials" }""")]
    public partial class CreateStack;

    [Task(Name = "List Organizational Units",
          Resource = "arn:aws:states:::aws-sdk:organizations:listOrganizationalUnitsForParent",
          ResultPath = "$.data.existingOUs", Next = nameof(LoopOverAllOUs))]
    [Parameter("ParentId", Path = "$.data.rootOU.Roots[0].Id")]
    public partial class ListOrganizationalUnits;

    [Map(Name = "Loop over all OUs", ResultPath = "$.targetOU", ResultSelector = """{ "newOU.$": "$.[?(@.OU > 0)]" }""",
         ItemsPath = "$.data.existingOUs.OrganizationalUnits",
         ItemSelector = """{ "OrganizationalUnit.$": "$$.Map.Item.Value", "OU.$": "$.OU" }""",
         Processor = typeof(LoopOverAllOUsProcessor), Mode = "INLINE", Next = nameof(GetTheOUDetails))]
    public partial class LoopOverAllOUs;

    [Branch(StartAt = nameof(IsThisTheOU))]
    public partial class LoopOverAllOUsProcessor
    {
        [Choice(Name = "Is this the OU?", Default = nameof(Ignore))]
        [When("string($.OrganizationalUnit.Name) == $.OU", Next = nameof(GetOUID))]
        public partial class IsThisTheOU;

        [Pass(Name = "Get OU ID", ResultPath = "$.OU", Result = "1", End = true)]
        public partial class GetOUID;

        [Pass(ResultPath = "$.OU", Result = "0", End = true)]
        public partial class Ignore;
    }

    [Pass(Name = "Get The OU Details", ResultPath = "$.result", Next = nameof(CreateNewAccount))]
    [Parameter("newOU", Path = "$.targetOU.newOU[0]")]
    public partial class GetTheOUDetails;

    [Fail]
    public partial class Failed;
}
