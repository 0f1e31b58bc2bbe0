#!/usr/bin/env python3
"""Validates session files against docs/tandem-1.schema.json.

Every session in the repository (the example, the templates) must be valid,
and every structural refusal of the loader in tests/data/bad (a missing
field, a wrong type, a bad colour, a malformed id) must be refused by the
schema too. Usage: check_schema.py SOURCE_DIR
"""

import datetime
import glob
import json
import os
import sys

import jsonschema
import yaml

# Refusals a schema cannot express (uniqueness, links to unknown ids, YAML
# syntax, anchors, sizes): the loader's alone.
STRUCTURAL = ("field-", "color-", "id-empty", "id-leading-dash", "id-list", "id-space",
              "id-too-long", "id-unicode", "link-kind-case", "link-unknown-kind",
              "link-malformed-end", "type-", "format-list", "format-missing", "format-other",
              "format-old", "format-root-")


def plain(value):
    """YAML dates and times as the strings the file holds."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    return value


def load(path):
    with open(path, encoding="utf-8") as f:
        return plain(yaml.safe_load(f))


def main():
    root = sys.argv[1]
    with open(os.path.join(root, "docs", "tandem-1.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    good = glob.glob(os.path.join(root, "resources", "**", "*.tandem.yaml"), recursive=True)
    for path in sorted(good):
        for error in validator.iter_errors(load(path)):
            failures.append(f"{path}: valid session refused: {error.message}")
    bad = [p for p in glob.glob(os.path.join(root, "tests", "data", "bad", "*.yaml"))
           if os.path.basename(p).startswith(STRUCTURAL)]
    for path in sorted(bad):
        try:
            document = load(path)
        except yaml.YAMLError:
            continue  # not YAML at all: nothing for a schema to say
        if validator.is_valid(document):
            failures.append(f"{path}: the loader refuses it, the schema does not")
    print(f"{len(good)} sessions valid, {len(bad)} structural refusals checked")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures or not good or not bad else 0


if __name__ == "__main__":
    sys.exit(main())
