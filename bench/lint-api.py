#!/usr/bin/env python3
"""Writes a synthetic OpenAPI 3.0 definition for the lint benchmark: OPERATIONS operations (default
10,000) over OPERATIONS/4 paths, with Lambda authorizers, API keys, Lambda proxy, HTTP and mock
integrations, request parameters and models, and a few deliberate problems (a Lambda integration
called with GET, a timeout over 29 s, an HTTP integration that skips TLS verification, an
authorizer TTL over an hour, a mapping of an undeclared parameter). Deterministic: same size, same
bytes. Usage: lint-api.py OUT.json [OPERATIONS]"""
import json
import sys

out = sys.argv[1]
operations = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
fn = "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:{}/invocations"

paths = {}
methods = ["get", "post", "put", "delete"]
for i in range(operations // 4):
    group = i // 50
    path = f"/area{group}/items{i}/{{itemId}}"
    item = {}
    for m, method in enumerate(methods):
        n = i * 4 + m
        op = {
            "operationId": f"op{n}",
            "parameters": [{"$ref": "#/components/parameters/itemId"}],
            "responses": {"200": {"$ref": "#/components/responses/Item"}},
        }
        if n % 3 == 0:
            op["security"] = [{"tokenAuth": []}]
        elif n % 3 == 1:
            op["security"] = [{"api_key": []}, ]
        else:
            op["security"] = [{"requestAuth": []}]
        kind = n % 5
        if kind in (0, 1, 2):
            integration = {"type": "aws_proxy", "httpMethod": "POST", "uri": fn.format(f"items{group}"),
                           "passthroughBehavior": "when_no_match"}
        elif kind == 3:
            integration = {"type": "http_proxy", "httpMethod": method.upper(),
                           "uri": f"https://backend.example.com/items/{{itemId}}",
                           "requestParameters": {"integration.request.path.itemId": "method.request.path.itemId"},
                           "timeoutInMillis": 10000}
        else:
            integration = {"type": "mock", "requestTemplates": {"application/json": '{"statusCode": 200}'},
                           "responses": {"default": {"statusCode": "200"}}}
        # Deliberate problems, a few of each.
        if n % 997 == 0:
            integration = {"type": "aws_proxy", "httpMethod": "GET", "uri": fn.format("broken")}
        if n % 1499 == 0:
            integration = {"type": "http_proxy", "httpMethod": "GET", "uri": "https://slow.example.com/",
                           "timeoutInMillis": 40000}
        if n % 2003 == 0:
            integration = {"type": "http_proxy", "httpMethod": "GET", "uri": "https://self-signed.example.com/",
                           "tlsConfig": {"insecureSkipVerification": True}}
        if n % 2503 == 0:
            integration = {"type": "http_proxy", "httpMethod": "GET", "uri": "https://backend.example.com/",
                           "requestParameters": {"integration.request.header.x-trace": "method.request.header.x-trace"}}
        op["x-amazon-apigateway-integration"] = integration
        item[method] = op
    paths[path] = item

doc = {
    "openapi": "3.0.1",
    "info": {"title": "lint-benchmark", "version": "1.0", "description": "synthetic"},
    "x-amazon-apigateway-api-key-source": "HEADER",
    "paths": paths,
    "components": {
        "parameters": {"itemId": {"name": "itemId", "in": "path", "required": True, "schema": {"type": "string"}}},
        "responses": {"Item": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Item"}}}}},
        "schemas": {
            "Item": {"type": "object", "properties": {"id": {"type": "string"}, "price": {"type": "number"}}},
            "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
        },
        "securitySchemes": {
            "api_key": {"type": "apiKey", "name": "x-api-key", "in": "header"},
            "tokenAuth": {"type": "apiKey", "name": "Authorization", "in": "header",
                          "x-amazon-apigateway-authtype": "custom",
                          "x-amazon-apigateway-authorizer": {"type": "token", "authorizerUri": fn.format("authorize"),
                                                             "authorizerResultTtlInSeconds": 300,
                                                             "identityValidationExpression": "^Bearer .+$"}},
            "requestAuth": {"type": "apiKey", "name": "Unused", "in": "header",
                            "x-amazon-apigateway-authtype": "custom",
                            "x-amazon-apigateway-authorizer": {"type": "request", "authorizerUri": fn.format("authorize"),
                                                               "identitySource": "method.request.header.Authorization",
                                                               "authorizerResultTtlInSeconds": 7200}},
        },
    },
}

with open(out, "w") as f:
    json.dump(doc, f, indent=1)
