#!/usr/bin/env python3
"""Writes the pathological OpenAPI documents of the scale tests into a folder, at several sizes.

Usage: Scripts/scale-documents.py OUTDIR

The families are those of Tests/OpenAPIGenKitTests/Scale/SyntheticDocuments.swift:
  union-cycle-wW-N   N schemas in one cycle, each a oneOf of the next W schemas and an inline object
  allof-chain-N      N schemas, each an allOf of the next one and an object with a property of its own
  alias-chain-N      N schemas, each only a $ref to the next (the last an enum with a default)
  property-chain-N   N structs, each with an optional property holding the next one
  references-N       one schema referenced N times (100 properties in each of N/100 structs)
  operations-N       N operations with limit/offset query parameters and a page of items
"""
import json
import os
import sys

SIZES = {
    "union-cycle-w2": [50, 100, 200, 400],
    "union-cycle-w5": [50, 100, 200, 400],
    "allof-chain": [125, 250, 500, 1000],
    "alias-chain": [2500, 5000, 10000],
    "property-chain": [2500, 5000, 10000],
    "references": [25000, 50000, 100000],
    "operations": [2500, 5000, 10000],
}


def ref(name):
    return {"$ref": "#/components/schemas/" + name}


def operation(operation_id, response):
    return {"operationId": operation_id,
            "responses": {"200": {"description": "OK", "content": {"application/json": {"schema": response}}}}}


def document(family, size):
    schemas, paths, root = {}, {}, "S0"
    if family.startswith("union-cycle-w"):
        width = int(family[len("union-cycle-w"):])
        for index in range(size):
            variants = [ref("S%d" % ((index + step) % size)) for step in range(1, width + 1)]
            inline = {"type": "object", "properties": {"value%d" % index: {"type": "string"}}}
            if index == size - 1:
                inline["nullable"] = True
            schemas["S%d" % index] = {"oneOf": variants + [inline]}
    elif family == "allof-chain":
        for index in range(size):
            own = {"type": "object", "properties": {"field%d" % index: {"type": "string"}}, "required": ["field%d" % index]}
            schemas["S%d" % index] = own if index == size - 1 else {"allOf": [ref("S%d" % (index + 1)), own]}
    elif family == "alias-chain":
        for index in range(size - 1):
            schemas["S%d" % index] = ref("S%d" % (index + 1))
        schemas["S%d" % (size - 1)] = {"type": "string", "enum": ["on", "off"], "default": "off"}
        schemas["Holder"] = {"type": "object", "properties": {"state": ref("S0")}}
        root = "Holder"
    elif family == "property-chain":
        for index in range(size):
            properties = {"name": {"type": "string"}}
            if index < size - 1:
                properties["next"] = ref("S%d" % (index + 1))
            schemas["S%d" % index] = {"type": "object", "properties": properties}
    elif family == "references":
        schemas["Target"] = {"type": "object", "properties": {"id": {"type": "string"}}}
        for holder in range(max(1, size // 100)):
            schemas["S%d" % holder] = {"type": "object", "properties": {"p%d" % n: ref("Target") for n in range(100)}}
    elif family == "operations":
        schemas["S0"] = {"type": "object", "properties": {"items": {"type": "array", "items": ref("Item")}, "total": {"type": "integer"}}}
        schemas["Item"] = {"type": "object", "properties": {"id": {"type": "string"}}}
        for index in range(size):
            get = operation("listItems%d" % index, ref("S0"))
            get["parameters"] = [{"name": name, "in": "query", "schema": {"type": "integer"}} for name in ("limit", "offset")]
            paths["/items%d" % index] = {"get": get}
    else:
        raise ValueError(family)
    paths["/root"] = {"get": operation("getRoot", ref(root))}
    return {"openapi": "3.0.3", "info": {"title": "Scale", "version": "1"}, "paths": paths, "components": {"schemas": schemas}}


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for family, sizes in SIZES.items():
        for size in sizes:
            with open(os.path.join(out, "%s-%d.json" % (family, size)), "w") as handle:
                json.dump(document(family, size), handle, sort_keys=True, separators=(",", ":"))


if __name__ == "__main__":
    main()
