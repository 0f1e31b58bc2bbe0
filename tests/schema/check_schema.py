#!/usr/bin/env python3
"""Validates session files against docs/tandem-1.schema.json.

Every session in the repository (the example, the templates, the merge test
cases) must be valid, every structural refusal of the loader in
tests/data/bad (a missing field, a wrong type, a bad colour, a malformed id)
must be refused by the schema too, and so must the example broken in one
place at a time. Usage: check_schema.py SOURCE_DIR
"""

import copy
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


def with_money(example):
    """The example with every optional money field (money.md), still valid."""
    session = copy.deepcopy(example)
    session["session"].update(currency="EUR", period="quarter")
    session["business_model"]["revenue_streams"][0]["amount"] = 120000
    session["business_model"]["cost_structure"][0]["amount"] = 0.5
    session["links"][0]["weight"] = 2.5
    return session


def broken_examples(example):
    """The example with one thing wrong, each a thing the loader refuses."""
    def first_note(session):
        return session["business_model"]["value_propositions"][0]

    def chain(session):
        return session["operating_model"]["value_chains"][0]

    breaks = {
        "no title": lambda s: s["session"].pop("title"),
        "empty title": lambda s: s["session"].update(title=""),
        "note without text": lambda s: first_note(s).pop("text"),
        "text as a list": lambda s: first_note(s).update(text=["a"]),
        "id with a space": lambda s: first_note(s).update(id="vp fresh"),
        "colour not in the palette": lambda s: first_note(s).update(color="reddish"),
        "short hex colour": lambda s: first_note(s).update(color="#fff"),
        "tags as a string": lambda s: first_note(s).update(tags="a, b"),
        "position of one number": lambda s: first_note(s).update(at=[1]),
        "chain without a name": lambda s: chain(s).pop("name"),
        "stage without an id": lambda s: chain(s)["stages"][0].pop("id"),
        "unknown link kind": lambda s: s["links"][0].update(kind="causes"),
        "link without to": lambda s: s["links"][0].pop("to"),
        "another format": lambda s: s.update(format="tandem/2"),
        "currency in lower case": lambda s: s["session"].update(currency="eur"),
        "period of a week": lambda s: s["session"].update(period="week"),
        "negative weight": lambda s: s["links"][0].update(weight=-1),
        "negative amount": lambda s: s["business_model"]["revenue_streams"][0].update(amount=-5),
        "amount on a partner": lambda s: s["business_model"]["key_partners"][0].update(amount=5),
    }
    for name, apply in breaks.items():
        session = copy.deepcopy(example)
        apply(session)
        yield name, session


def main():
    root = sys.argv[1]
    with open(os.path.join(root, "docs", "tandem-1.schema.json"), encoding="utf-8") as f:
        schema = json.load(f)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    good = glob.glob(os.path.join(root, "resources", "**", "*.tandem.yaml"), recursive=True)
    good += glob.glob(os.path.join(root, "tests", "data", "merge", "**", "*.tandem.yaml"),
                      recursive=True)
    for path in sorted(good):
        for error in validator.iter_errors(load(path)):
            failures.append(f"{path}: valid session refused: {error.message}")
    example = load(os.path.join(root, "resources", "examples", "northwind.tandem.yaml"))
    for error in validator.iter_errors(with_money(example)):
        failures.append(f"the example with money fields refused: {error.message}")
    broken = 0
    for name, session in broken_examples(example):
        broken += 1
        if validator.is_valid(session):
            failures.append(f"the example with {name}: the loader refuses it, the schema does not")
    bad = [p for p in glob.glob(os.path.join(root, "tests", "data", "bad", "*.yaml"))
           if os.path.basename(p).startswith(STRUCTURAL)]
    for path in sorted(bad):
        try:
            document = load(path)
        except yaml.YAMLError:
            continue  # not YAML at all: nothing for a schema to say
        if validator.is_valid(document):
            failures.append(f"{path}: the loader refuses it, the schema does not")
    print(f"{len(good)} sessions valid, {len(bad)} structural refusals and "
          f"{broken} broken examples checked")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures or not good or not bad else 0


if __name__ == "__main__":
    sys.exit(main())
