data "aws_caller_identity" "main" {}
