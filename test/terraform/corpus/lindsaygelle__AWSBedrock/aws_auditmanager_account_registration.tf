resource "aws_auditmanager_account_registration" "main" {
  deregister_on_destroy = true
}
