"""The partner API's one function behind every route (REST, Lambda proxy)."""
import json

PRICES = {"AMZN": 178.25, "MSFT": 415.10, "NVDA": 121.40}


def handler(event, context):
    route = f'{event["httpMethod"]} {event["resource"]}'
    if route == "GET /quotes/{symbol}":
        symbol = event["pathParameters"]["symbol"].upper()
        if symbol not in PRICES:
            return {"statusCode": 404, "body": json.dumps({"message": f"No quote for {symbol}"})}
        return {"statusCode": 200, "body": json.dumps({"symbol": symbol, "price": PRICES[symbol]})}
    if route == "GET /quotes":
        return {"statusCode": 200, "body": json.dumps(PRICES)}
    if route == "POST /orders":
        order = json.loads(event.get("body") or "{}")
        return {"statusCode": 201, "body": json.dumps({"accepted": order})}
    return {"statusCode": 404, "body": json.dumps({"message": f"No route {route}"})}
