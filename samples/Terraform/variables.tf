variable "region" {
  description = "AWS region to deploy the state machine, its role and the connection to."
  type        = string
  default     = "us-east-1"
}

# The two Lambda functions the workflow calls. They are yours: pass their ARNs. The generated
# policy allows "<arn>" and "<arn>:*" (every version and alias), so give the unqualified ARN.
variable "reserve_stock_function_arn" {
  description = "Unqualified ARN of the Lambda function that reserves one order item (ReserveStock state)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]+$", var.reserve_stock_function_arn))
    error_message = "Give an unqualified Lambda function ARN (no version or alias suffix)."
  }
}

variable "save_order_function_arn" {
  description = "Unqualified ARN of the Lambda function that records the order (SaveOrder state)."
  type        = string

  validation {
    condition     = can(regex("^arn:aws[a-z-]*:lambda:[a-z0-9-]+:[0-9]{12}:function:[A-Za-z0-9_-]+$", var.save_order_function_arn))
    error_message = "Give an unqualified Lambda function ARN (no version or alias suffix)."
  }
}

# The mailer API that the SendConfirmation HTTP task calls authenticates with an API key. The
# EventBridge connection keeps it (in a Secrets Manager secret that EventBridge owns).
variable "mailer_api_key_name" {
  description = "Header that carries the mailer's API key."
  type        = string
  default     = "Authorization"
}

variable "mailer_api_key" {
  description = "The mailer's API key."
  type        = string
  sensitive   = true
}
