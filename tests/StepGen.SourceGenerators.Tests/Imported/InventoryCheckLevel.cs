// Imported by stepgen import from aws-samples/step-functions-workflows-collection/inventory-management-sam/statemachine/check-inventory-level-statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(FormatParameters), Comment = "Check Inventory Levels")]
public partial class InventoryCheckLevel
{
    [Pass(Name = "Format parameters", Next = nameof(CheckStockLevels))]
    [Parameter("productId", Path = "$.id.S")]
    [Parameter("stockNumeric", Path = "States.StringToJson($.stock.N)")]
    [Parameter("thresholdNumeric", Path = "States.StringToJson($.threshold.N)")]
    [Parameter("minPOAmountNumeric", Path = "States.StringToJson($.minPOAmount.N)")]
    public partial class FormatParameters;

    [Parallel(Name = "Check Stock Levels",
              Branches = new[] { typeof(CheckIfStockLevelIsBelowTheThresholdBranch), typeof(CheckIfStockLevelIsZeroBranch) },
              End = true)]
    public partial class CheckStockLevels;

    [Branch(StartAt = nameof(CheckIfStockLevelIsBelowTheThreshold))]
    public partial class CheckIfStockLevelIsBelowTheThresholdBranch
    {
        [Choice(Name = "Check if Stock Level is below the threshold", Default = nameof(PassNotBelowThreshold))]
        [When("number($.stockNumeric) <= $.thresholdNumeric", Next = nameof(SendCreatePurchaseOrderEvent))]
        public partial class CheckIfStockLevelIsBelowTheThreshold;

        [Task(Name = "Send create-purchase-order event", Resource = "arn:aws:states:::events:putEvents",
              ResultPath = "$.sendEventResult",
              Parameters = """
              {
                "Entries": [
                  {
                    "Detail": {
                      "productId.$": "$.productId",
                      "minPOAmount.$": "$.minPOAmountNumeric",
                      "quantityRequested": 0
                    },
                    "DetailType": "create-purchase-order",
                    "EventBusName": "${InventoryEventBusName}",
                    "Source": "com.inventory"
                  }
                ]
              }
              """, Next = nameof(AlertStockIsBelowThreshold))]
        public partial class SendCreatePurchaseOrderEvent;

        [Task(Name = "Alert stock is below threshold", Resource = "arn:aws:states:::sns:publish",
              Parameters = """
              {
                "TopicArn": "${InventoryManagementTopicArn}",
                "Subject": "Inventory level is below threshold",
                "Message": {
                  "message.$": "States.Format('Stock for product id {} is {} which is below the threshold of {}. A create-purchase-order event has been sent.', $.productId, $.stockNumeric, $.thresholdNumeric)"
                }
              }
              """, End = true)]
        public partial class AlertStockIsBelowThreshold;

        [Pass(Name = "Pass not below threshold", Comment = "Nothing to do", End = true)]
        public partial class PassNotBelowThreshold;
    }

    [Branch(StartAt = nameof(CheckIfStockLevelIsZero))]
    public partial class CheckIfStockLevelIsZeroBranch
    {
        [Choice(Name = "Check if Stock Level is zero", Default = nameof(PassNotZero))]
        [When("$.stockNumeric == 0", Next = nameof(UpdateProductToOUTOFSTOCK))]
        public partial class CheckIfStockLevelIsZero;

        [Task(Name = "Update product to OUT OF STOCK", Resource = "arn:aws:states:::dynamodb:updateItem",
              ResultPath = "$.updateResult",
              Parameters = """
              {
                "TableName": "${InventoryTableName}",
                "Key": {
                  "id": {
                    "S.$": "$.productId"
                  }
                },
                "UpdateExpression": "SET #status = :status",
                "ExpressionAttributeNames": {
                  "#status": "status"
                },
                "ExpressionAttributeValues": {
                  ":status": {
                    "S": "OUT OF STOCK"
                  }
                }
              }
              """, Next = nameof(AlertStockIsZero))]
        public partial class UpdateProductToOUTOFSTOCK;

        [Task(Name = "Alert stock is zero", Resource = "arn:aws:states:::sns:publish",
              Parameters = """
              {
                "TopicArn": "${InventoryManagementTopicArn}",
                "Subject": "Inventory level is zero",
                "Message": {
                  "message.$": "States.Format('Stock for product id {} is 0. The product status has been updated to \"OUT OF STOCK\".', $.productId)"
                }
              }
              """, End = true)]
        public partial class AlertStockIsZero;

        [Pass(Name = "Pass not zero", Comment = "Nothing to do", End = true)]
        public partial class PassNotZero;
    }
}
