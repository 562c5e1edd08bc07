#!/bin/sh
# Bundles the export as it was at a commit (default: 30dff2e, main before the speed work of issue 13) into
# node_modules/.cache/export-before/index.js, for `node bench/bench.mjs --before node_modules/.cache/export-before/index.js`. Dependencies stay external: the
# bundle uses this package's node_modules. Run from packages/export.
set -eu
commit="${1:-30dff2e}"
src="node_modules/.cache/export-before-src"
rm -rf "$src" node_modules/.cache/export-before
mkdir -p "$src"
trap 'rm -rf "$src"' EXIT
git archive "$commit" src | tar -x -C "$src"
npx tsup "$src/src/index.ts" --no-config --format esm --target node20 --out-dir node_modules/.cache/export-before --external better-sqlite3 --silent
git rev-parse --short "$commit" > node_modules/.cache/export-before/commit
echo "node_modules/.cache/export-before/index.js: the export at $commit"
