variable "lambda_retriever_arn" {}

variable "environment" {
  default = "dev"
}
