// Imported by stepgen import from aws-samples/step-functions-workflows-collection/inventory-management-sam/statemachine/reserve-stock-statemachine.asl.json at 83bbec48d8f0.
using StepGen;

namespace StepGen.Imported;

[StateMachine(StartAt = nameof(DynamoDBGetItem), Comment = "Reserve stock for new order")]
public partial class InventoryReserveStock
{
    [Task(Name = "DynamoDB GetItem", Resource = "arn:aws:states:::dynamodb:getItem", ResultPath = "$.product",
          Parameters = """{ "TableName": "${InventoryTableName}", "Key": { "id": { "S.$": "$.productId" } } }""",
          ResultSelector = """
          {
            "status.$": "$.Item.status.S",
            "stockNumeric.$": "States.StringToJson($.Item.stock.N)",
            "minPOAmountNumeric.$": "States.StringToJson($.Item.minPOAmount.N)"
          }
          """, Next = nameof(INSTOCKAndEnoughStock))]
    public partial class DynamoDBGetItem;

    [Choice(Name = "IN STOCK and Enough Stock?", Default = nameof(StockUnavailable))]
    [When("number($.product.stockNumeric) >= $.quantity && $.product.status == 'IN STOCK'", Next = nameof(ReserveStock))]
    public partial class INSTOCKAndEnoughStock;

    [Parallel(Name = "Reserve Stock",
              Branches = new[] { typeof(UpdateStockBranch), typeof(SendStockReservedEventBranch), typeof(WriteItemToInventoryReservationTableBranch) },
              Next = nameof(Pass))]
    public partial class ReserveStock;

    [Branch(StartAt = nameof(UpdateStock))]
    public partial class UpdateStockBranch
    {
        [Task(Name = "Update stock", Resource = "arn:aws:states:::dynamodb:updateItem",
              Parameters = """
              {
                "TableName": "${InventoryTableName}",
                "Key": {
                  "id": {
                    "S.$": "$.productId"
                  }
                },
                "UpdateExpression": "SET #stock = #stock - :quantity",
                "ExpressionAttributeNames": {
                  "#stock": "stock"
                },
                "ExpressionAttributeValues": {
                  ":quantity": {
                    "N.$": "States.Format('{}', $.quantity)"
                  }
                }
              }
              """, End = true)]
        public partial class UpdateStock;
    }

    [Branch(StartAt = nameof(SendStockReservedEvent))]
    public partial class SendStockReservedEventBranch
    {
        [Task(Name = "Send stock reserved event", Resource = "arn:aws:states:::events:putEvents",
              Parameters = """
              {
                "Entries": [
                  {
                    "Detail": {
                      "productId.$": "$.productId",
                      "orderId.$": "$.orderId",
                      "requestedQuantity.$": "$.quantity"
                    },
                    "DetailType": "stock-reserved",
                    "EventBusName": "${InventoryEventBusName}",
                    "Source": "com.inventory"
                  }
                ]
              }
              """, End = true)]
        public partial class SendStockReservedEvent;
    }

    [Branch(StartAt = nameof(WriteItemToInventoryReservationTable))]
    public partial class WriteItemToInventoryReservationTableBranch
    {
        [Task(Name = "Write Item to InventoryReservationTable", Resource = "arn:aws:states:::dynamodb:putItem",
              Parameters = """
              {
                "TableName": "${InventoryReservationTableName}",
                "Item": {
                  "id": {
                    "S.$": "States.UUID()"
                  },
                  "orderId": {
                    "S.$": "$.orderId"
                  },
                  "productId": {
                    "S.$": "$.productId"
                  },
                  "reservedQuantity": {
                    "N.$": "States.Format('{}', $.quantity)"
                  }
                }
              }
              """, End = true)]
        public partial class WriteItemToInventoryReservationTable;
    }

    [Parallel(Name = "Stock Unavailable",
              Branches = new[] { typeof(SendCreatePurchaseOrderEventBranch), typeof(SendStockUnavailableEventBranch), typeof(SendStockUnavailableNotificationBranch) },
              Next = nameof(Pass))]
    public partial class StockUnavailable;

    [Branch(StartAt = nameof(SendCreatePurchaseOrderEvent))]
    public partial class SendCreatePurchaseOrderEventBranch
    {
        [Task(Name = "Send create-purchase-order event", Resource = "arn:aws:states:::events:putEvents",
              Parameters = """
              {
                "Entries": [
                  {
                    "Detail": {
                      "productId.$": "$.productId",
                      "minPOAmount.$": "$.product.minPOAmountNumeric",
                      "quantityRequested.$": "$.quantity"
                    },
                    "DetailType": "create-purchase-order",
                    "EventBusName": "${InventoryEventBusName}",
                    "Source": "com.inventory"
                  }
                ]
              }
              """, End = true)]
        public partial class SendCreatePurchaseOrderEvent;
    }

    [Branch(StartAt = nameof(SendStockUnavailableEvent))]
    public partial class SendStockUnavailableEventBranch
    {
        [Task(Name = "Send stock unavailable event", Resource = "arn:aws:states:::events:putEvents",
              Parameters = """
              {
                "Entries": [
                  {
                    "Detail": {
                      "productId.$": "$.productId",
                      "orderId.$": "$.orderId",
                      "requestedQuantity.$": "$.quantity",
                      "availableQuantity.$": "$.product.stockNumeric"
                    },
                    "DetailType": "stock-unavailable",
                    "EventBusName": "${InventoryEventBusName}",
                    "Source": "com.inventory"
                  }
                ]
              }
              """, End = true)]
        public partial class SendStockUnavailableEvent;
    }

    [Branch(StartAt = nameof(SendStockUnavailableNotification))]
    public partial class SendStockUnavailableNotificationBranch
    {
        [Task(Name = "Send stock unavailable notification", Resource = "arn:aws:states:::sns:publish",
              Parameters = """
              {
                "TopicArn": "${InventoryManagementTopicArn}",
                "Subject": "Stock unavailable",
                "Message": {
                  "message.$": "States.Format('Stock unavailable for order id {}, product id {}, quantity {}.', $.orderId, $.productId, $.quantity)"
                }
              }
              """, End = true)]
        public partial class SendStockUnavailableNotification;
    }

    [Pass(End = true)]
    public partial class Pass;
}
