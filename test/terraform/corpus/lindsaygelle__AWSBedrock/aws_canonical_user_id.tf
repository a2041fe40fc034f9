data "aws_canonical_user_id" "main" {}
