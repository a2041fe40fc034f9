resource "random_pet" "organization" {
  length = var.random_pet
}
