data "aws_partition" "main" {}
