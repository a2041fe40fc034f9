resource "aws_resourceexplorer2_index" "main" {
  type = "LOCAL"
}
