using StepGen;

namespace StepGen.RoundTrip;

/// <summary>step-functions-workflows-collection/dynamic-rest-api: routes an API Gateway request by HTTP method to a
/// DynamoDB getItem, putItem or deleteItem on the Books table.</summary>
[StateMachine(StartAt = nameof(ChoiceBasedOnApiCallMethod))]
public partial class DynamicRestApi
{
    [Choice(Name = "Choice based on API Call Method")]
    [When("$.httpMethod == 'GET'", Next = nameof(GetItemTask))]
    [When("$.httpMethod == 'POST'", Next = nameof(PutItemTask))]
    [When("$.httpMethod == 'DELETE'", Next = nameof(DeleteItemTask))]
    public partial class ChoiceBasedOnApiCallMethod;

    [Task(Name = "DynamoDB Get Item Task", Resource = "arn:aws:states:::dynamodb:getItem", End = true,
          Parameters = """{ "Key": { "book_id": { "S.$": "$.querystring.book_id" } }, "TableName": "Books", "ConsistentRead": false }""")]
    public partial class GetItemTask;

    [Task(Name = "DynamoDB Put Item Task", Resource = "arn:aws:states:::dynamodb:putItem", End = true,
          Parameters = """{ "Item": { "book_id": { "S.$": "$.body.book_id" }, "Author": { "S.$": "$.body.author" } }, "TableName": "Books" }""")]
    public partial class PutItemTask;

    [Task(Name = "DynamoDB Delete Item Tasktem", Resource = "arn:aws:states:::dynamodb:deleteItem", End = true,
          Parameters = """
              {
                "Key": { "book_id": { "S.$": "$.path.book_id" } },
                "TableName": "Books",
                "ConditionExpression": "attribute_exists(book_id)"
              }
              """)]
    public partial class DeleteItemTask;
}
