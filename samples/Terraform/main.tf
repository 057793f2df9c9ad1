# Deploys the OrderFulfillment state machine of samples/QuickStart from the files StepGen writes
# after each build. Build first, into ./state-machines (see README.md):
#
#   dotnet build samples/QuickStart -p:StepGenOutputPath=../Terraform/state-machines/

locals {
  state_machines = "${path.module}/state-machines"

  # One value for every name in OrderFulfillment.Substitutions. The ASL and the IAM policy use the
  # same ${...} names, so both files are filled from this one map.
  order_fulfillment_substitutions = {
    MailerConnectionArn       = aws_cloudwatch_event_connection.mailer.arn
    MailerConnectionSecretArn = aws_cloudwatch_event_connection.mailer.secret_arn
    ReserveStockFunctionArn   = var.reserve_stock_function_arn
    SaveOrderFunctionArn      = var.save_order_function_arn
  }
}

data "aws_caller_identity" "current" {}

# The EventBridge connection the HTTP task authenticates with (Authentication.ConnectionArn).
resource "aws_cloudwatch_event_connection" "mailer" {
  name               = "order-fulfillment-mailer"
  description        = "API key for the mailer endpoint called by OrderFulfillment"
  authorization_type = "API_KEY"

  auth_parameters {
    api_key {
      key   = var.mailer_api_key_name
      value = var.mailer_api_key
    }
  }
}

# The execution role: Step Functions of this account may assume it, and its only permissions are
# the policy StepGen derived from the workflow.
resource "aws_iam_role" "order_fulfillment" {
  name = "OrderFulfillment-execution"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "states.amazonaws.com" }
      Action    = "sts:AssumeRole"
      Condition = {
        StringEquals = { "aws:SourceAccount" = data.aws_caller_identity.current.account_id }
      }
    }]
  })
}

resource "aws_iam_role_policy" "order_fulfillment" {
  name   = "OrderFulfillment"
  role   = aws_iam_role.order_fulfillment.id
  policy = templatefile("${local.state_machines}/OrderFulfillment.iam.json", local.order_fulfillment_substitutions)
}

resource "aws_sfn_state_machine" "order_fulfillment" {
  # The generated policy allows the HTTP task for the machine named OrderFulfillment only.
  name       = "OrderFulfillment"
  role_arn   = aws_iam_role.order_fulfillment.arn
  definition = templatefile("${local.state_machines}/OrderFulfillment.asl.json", local.order_fulfillment_substitutions)

  # Step Functions checks the role when the machine is created; give it its permissions first.
  depends_on = [aws_iam_role_policy.order_fulfillment]
}
