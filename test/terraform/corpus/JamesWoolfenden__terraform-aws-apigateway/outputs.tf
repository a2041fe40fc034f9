output "api" {
  value       = aws_api_gateway_rest_api.api
  description = "The API Gateway REST API resource."
}
