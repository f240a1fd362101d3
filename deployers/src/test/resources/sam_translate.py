"""Translates SAM templates to CloudFormation offline, as `sam validate` and cfn-lint do.

Usage: python3 sam_translate.py IN.json OUT.json [IN.json OUT.json ...]

Calls aws-sam-translator's Translator with an empty managed-policy map (the templates apigw
generates name no managed policies by name, so no IAM lookup is needed) and local CodeUri paths
replaced by an S3 URI, which is all the translator needs to run without AWS. Prints one line per
failing template on stderr and exits 1 if any failed.
"""

import json
import os
import sys

from samtranslator.model.exceptions import InvalidDocumentException
from samtranslator.parser import parser
from samtranslator.translator.translator import Translator


def translate(template):
    for resource in template.get("Resources", {}).values():
        properties = resource.get("Properties") or {}
        if resource.get("Type") == "AWS::Serverless::Function" and not str(
            properties.get("CodeUri", "")
        ).startswith("s3://"):
            properties["CodeUri"] = "s3://bucket/code.zip"
    translator = Translator(managed_policy_map={}, sam_parser=parser.Parser())
    return translator.translate(sam_template=template, parameter_values={})


def main(args):
    os.environ.setdefault("AWS_DEFAULT_REGION", "us-east-1")
    failed = 0
    for source, target in zip(args[0::2], args[1::2]):
        with open(source, encoding="utf-8") as f:
            template = json.load(f)
        try:
            output = translate(template)
        except InvalidDocumentException as e:
            failed += 1
            causes = "; ".join(cause.message for cause in e.causes)
            print(f"{source}: {causes}", file=sys.stderr)
            continue
        with open(target, "w", encoding="utf-8") as f:
            json.dump(output, f, indent=2, sort_keys=True, default=str)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
