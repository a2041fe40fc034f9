resource "aws_api_gateway_resource" "tfer--0kszx6" {
  parent_id   = "sfv1k66noi"
  path_part   = "timestream"
  rest_api_id = "dxzw3376s4"
}

resource "aws_api_gateway_resource" "tfer--24civq" {
  parent_id   = "gxoj0u"
  path_part   = "{object}"
  rest_api_id = "dxzw3376s4"
}

resource "aws_api_gateway_resource" "tfer--f9oeb8" {
  parent_id   = "u4m296t5n6"
  path_part   = "sheepbot"
  rest_api_id = "x568vw4bu9"
}

resource "aws_api_gateway_resource" "tfer--gxoj0u" {
  parent_id   = "sfv1k66noi"
  path_part   = "{folder}"
  rest_api_id = "dxzw3376s4"
}

resource "aws_api_gateway_resource" "tfer--sfv1k66noi" {
  parent_id   = ""
  path_part   = ""
  rest_api_id = "dxzw3376s4"
}

resource "aws_api_gateway_resource" "tfer--u4m296t5n6" {
  parent_id   = ""
  path_part   = ""
  rest_api_id = "x568vw4bu9"
}
