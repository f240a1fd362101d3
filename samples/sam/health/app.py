"""GET /health: says the API is up, and in which (assumed) Region."""
import json
import os


def handler(event, context):
    return {
        "statusCode": 200,
        "body": json.dumps({"status": "ok", "region": os.environ.get("REGION")}),
    }
