using StepGen;

namespace StepGen.RoundTrip;

/// <summary>step-functions-workflows-collection/pagination-loop: lists this machine's succeeded executions with the
/// SDK integration, looping on NextToken until there are no more pages.</summary>
[StateMachine(StartAt = nameof(ListExecutions), Comment = "A description of my state machine")]
public partial class PaginationLoop
{
    [Task(Resource = "arn:aws:states:::aws-sdk:sfn:listExecutions", Next = nameof(MoreResults), ResultPath = "$.executions")]
    [Parameter("StateMachineArn", Path = "$$.StateMachine.Id")]
    [Parameter("StatusFilter", "SUCCEEDED")]
    public partial class ListExecutions;

    [Task(Name = "List Executions nextPage", Resource = "arn:aws:states:::aws-sdk:sfn:listExecutions", Next = nameof(MoreResults),
          ResultPath = "$.executions")]
    [Parameter("StateMachineArn", Path = "$$.StateMachine.Id")]
    [Parameter("StatusFilter", "SUCCEEDED")]
    [Parameter("NextToken", Path = "$.executions.NextToken")]
    public partial class ListExecutionsNextPage;

    [Succeed]
    public partial class Success;

    [Choice(Name = "more results?", Default = nameof(Success))]
    [When("ispresent($.executions.NextToken)", Next = nameof(ListExecutionsNextPage))]
    public partial class MoreResults;
}
