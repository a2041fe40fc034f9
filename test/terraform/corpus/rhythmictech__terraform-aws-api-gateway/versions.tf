terraform {
  required_version = ">= 0.12.20"

  required_providers {
    aws = ">= 2.48.0"
  }
}
