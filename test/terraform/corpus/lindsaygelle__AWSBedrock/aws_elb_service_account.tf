data "aws_elb_service_account" "main" {}
