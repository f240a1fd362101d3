"""The chat's functions (WebSocket API). Connections are kept in memory for the sample."""
import json

connections = set()


def on_connect(event, context):
    connections.add(event["requestContext"]["connectionId"])
    return {"statusCode": 200}


def on_disconnect(event, context):
    connections.discard(event["requestContext"]["connectionId"])
    return {"statusCode": 200}


def send_message(event, context):
    text = json.loads(event.get("body") or "{}").get("text", "")
    return {"statusCode": 200, "body": json.dumps({"delivered": len(connections), "text": text})}
