data "aws_organizations_organization" "main" {}
