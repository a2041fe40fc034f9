resource "aws_api_gateway_api_key" "apikey" {
  name = var.name
}
