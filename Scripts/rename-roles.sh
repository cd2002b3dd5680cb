#!/usr/bin/env bash
# Renames three types of OpenAPIGenKit whose names had become narrower than what they do (issue 11), with
# their files and the tests that mirror them. Run it once, from anywhere inside the repository, on a tree
# where the old names are still there; then `swift build --build-tests` and commit.
#
# Types (and every mention, whole words only, in Sources/ Tests/ Scripts/ Plugins/ README.md ARCHITECTURE.md):
#   SchemaLowering       -> APIModelBuilder   the one worker of the lowering stage: owns every generated name,
#                                             lowers schemas into types and, through its extensions, operations
#                                             into endpoints, bodies, responses and webhooks
#   ParseContext         -> NodeParser        reads nodes of the bundled document into Document values; the
#                                             schema, operation and header parsers are its methods, and the
#                                             resolver reads `$ref` targets with it
#   RecursionDetector    -> StoragePlanner    decides how each value type stores its properties: breaks cycles,
#                                             bounds the inline size, names the storage of boxed and deprecated
#                                             properties
#   breakCycles          -> planStorage       StoragePlanner's entry point
#   SchemaLoweringTests  -> APIModelBuilderTests
#   FeatureRecursionDetectorTests -> FeatureStoragePlannerTests
#
# Files (git mv):
#   Sources/OpenAPIGenKit/Lower/SchemaLowering.swift                 -> Lower/APIModelBuilder.swift
#   Sources/OpenAPIGenKit/Parse/ParseContext.swift                   -> Parse/NodeParser.swift
#   Sources/OpenAPIGenKit/Lower/RecursionDetector.swift              -> Lower/StoragePlanner.swift
#   Sources/OpenAPIGenKit/Lower/RecursionDetector+Graph.swift        -> Lower/StoragePlanner+Graph.swift
#   Sources/OpenAPIGenKit/Lower/RecursionDetector+InlineWeight.swift -> Lower/StoragePlanner+InlineWeight.swift
#   Tests/OpenAPIGenKitTests/Lower/SchemaLoweringTests.swift         -> Lower/APIModelBuilderTests.swift
#   Tests/OpenAPIGenKitTests/Lower/FeatureRecursionDetectorTests.swift -> Lower/FeatureStoragePlannerTests.swift
#
# Nothing else changes: no behaviour, no generated output. The script refuses to run (exit 1, nothing touched)
# when an old file is missing or a new one already exists, for example when it has already been run.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(git rev-parse --show-toplevel)
cd "$root"

moves=(
    "Sources/OpenAPIGenKit/Lower/SchemaLowering.swift:Sources/OpenAPIGenKit/Lower/APIModelBuilder.swift"
    "Sources/OpenAPIGenKit/Parse/ParseContext.swift:Sources/OpenAPIGenKit/Parse/NodeParser.swift"
    "Sources/OpenAPIGenKit/Lower/RecursionDetector.swift:Sources/OpenAPIGenKit/Lower/StoragePlanner.swift"
    "Sources/OpenAPIGenKit/Lower/RecursionDetector+Graph.swift:Sources/OpenAPIGenKit/Lower/StoragePlanner+Graph.swift"
    "Sources/OpenAPIGenKit/Lower/RecursionDetector+InlineWeight.swift:Sources/OpenAPIGenKit/Lower/StoragePlanner+InlineWeight.swift"
    "Tests/OpenAPIGenKitTests/Lower/SchemaLoweringTests.swift:Tests/OpenAPIGenKitTests/Lower/APIModelBuilderTests.swift"
    "Tests/OpenAPIGenKitTests/Lower/FeatureRecursionDetectorTests.swift:Tests/OpenAPIGenKitTests/Lower/FeatureStoragePlannerTests.swift"
)

# Whole-word renames, old:new. Test class names first: they contain the type names but are words of their own.
words=(
    "SchemaLoweringTests:APIModelBuilderTests"
    "FeatureRecursionDetectorTests:FeatureStoragePlannerTests"
    "SchemaLowering:APIModelBuilder"
    "ParseContext:NodeParser"
    "RecursionDetector:StoragePlanner"
    "breakCycles:planStorage"
)

# Check everything before touching anything.
problems=0
for move in "${moves[@]}"; do
    old=${move%%:*}
    new=${move#*:}
    if ! git ls-files --error-unmatch "$old" >/dev/null 2>&1; then
        echo "rename-roles: $old is not a tracked file (already renamed?)" >&2
        problems=1
    fi
    if [ -e "$new" ]; then
        echo "rename-roles: $new already exists (already renamed?)" >&2
        problems=1
    fi
done
for word in "${words[@]}"; do
    new=${word#*:}
    if git grep -q -w -e "$new" -- Sources Tests; then
        echo "rename-roles: the name $new is already used in Sources/ or Tests/ (already renamed?)" >&2
        problems=1
    fi
done
if [ "$problems" -ne 0 ]; then
    echo "rename-roles: nothing was changed" >&2
    exit 1
fi

for move in "${moves[@]}"; do
    git mv "${move%%:*}" "${move#*:}"
done

paths=(Sources Tests Scripts Plugins README.md)
[ -e ARCHITECTURE.md ] && paths+=(ARCHITECTURE.md)
expression=()
for word in "${words[@]}"; do
    expression+=(-e "s/\\b${word%%:*}\\b/${word#*:}/g")
done
mapfile -t files < <(git grep -l -w -e SchemaLowering -e ParseContext -e RecursionDetector -e breakCycles \
    -e SchemaLoweringTests -e FeatureRecursionDetectorTests -- "${paths[@]}" ':!Scripts/rename-roles.sh')
if [ "${#files[@]}" -gt 0 ]; then
    sed -i -E "${expression[@]}" "${files[@]}"
fi

# Every old name must be gone.
if git grep -n -w -e SchemaLowering -e ParseContext -e RecursionDetector -e breakCycles \
    -e SchemaLoweringTests -e FeatureRecursionDetectorTests -- "${paths[@]}" ':!Scripts/rename-roles.sh'; then
    echo "rename-roles: the names above were not renamed" >&2
    exit 1
fi

echo "rename-roles: moved ${#moves[@]} files and renamed the types in ${#files[@]} files."
echo "Next: swift build --build-tests && swift test --filter 'APIModelBuilderTests|FeatureStoragePlannerTests|ArchitectureDocTests'"
