data "aws_region" "main" {}
