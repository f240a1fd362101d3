"""The chat's REQUEST authorizer: lets in connections whose token query parameter is not empty."""


def handler(event, context):
    token = (event.get("queryStringParameters") or {}).get("token", "")
    effect = "Allow" if token else "Deny"
    return {
        "principalId": "user",
        "policyDocument": {
            "Version": "2012-10-17",
            "Statement": [{"Action": "execute-api:Invoke", "Effect": effect, "Resource": event["methodArn"]}],
        },
    }
