output "state_machine_arn" {
  description = "ARN of the deployed OrderFulfillment state machine."
  value       = aws_sfn_state_machine.order_fulfillment.arn
}

output "execution_role_arn" {
  description = "ARN of the state machine's execution role."
  value       = aws_iam_role.order_fulfillment.arn
}

output "mailer_connection_arn" {
  description = "ARN of the EventBridge connection the HTTP task uses."
  value       = aws_cloudwatch_event_connection.mailer.arn
}
