#!/usr/bin/env bash
# Generates the committed Go bindings in contracts/bindings from the forge artifacts, with go-ethereum's abigen
# (pinned by the `tool` directive in go.mod). One package per contract: contracts/bindings/<lowercase>/<lowercase>.go.
#
#   contracts/script/bindings.sh [--check] Contract...
#
# Without --check it replaces contracts/bindings with fresh output. With --check it only compares and fails when
# the committed bindings are stale. Run it through `make bindings` / `make bindings-check`, which build the
# contracts first and pass the list of contracts.
set -euo pipefail

contracts_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
repo_dir=$(cd "$contracts_dir/.." && pwd)
bindings_dir="$contracts_dir/bindings"

check=false
if [[ ${1:-} == --check ]]; then
  check=true
  shift
fi
if [[ $# -eq 0 ]]; then
  echo "bindings: no contracts named; usage: $0 [--check] Contract..." >&2
  exit 2
fi

missing=()
for c in "$@"; do
  [[ -f "$contracts_dir/out/$c.sol/$c.json" ]] || missing+=("$c")
done
if [[ ${#missing[@]} -gt 0 ]]; then
  for c in "${missing[@]}"; do
    echo "bindings: no forge artifact for $c: expected contracts/out/$c.sol/$c.json;" \
      "is there a contracts/src/**/$c.sol defining contract $c, and did 'make contracts' succeed?" >&2
  done
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bindings"

for c in "$@"; do
  pkg=$(printf '%s' "$c" | tr '[:upper:]' '[:lower:]')
  # Take .abi and .bytecode.object from the artifact; refuse unlinked library placeholders.
  node -e '
    const fs = require("fs");
    const [artifact, abiOut, binOut, name] = process.argv.slice(1);
    const a = JSON.parse(fs.readFileSync(artifact, "utf8"));
    const bin = ((a.bytecode && a.bytecode.object) || "").replace(/^0x/, "");
    if (!Array.isArray(a.abi)) { console.error(`bindings: ${artifact} has no abi`); process.exit(1); }
    if (bin === "") { console.error(`bindings: ${name} has no bytecode (abstract contract or interface?)`); process.exit(1); }
    if (bin.includes("__$")) { console.error(`bindings: ${name} bytecode has unlinked library references`); process.exit(1); }
    fs.writeFileSync(abiOut, JSON.stringify(a.abi));
    fs.writeFileSync(binOut, bin);
  ' "$contracts_dir/out/$c.sol/$c.json" "$work/$c.abi" "$work/$c.bin" "$c"
  mkdir -p "$work/bindings/$pkg"
  (cd "$repo_dir" && go tool abigen --abi "$work/$c.abi" --bin "$work/$c.bin" --pkg "$pkg" --type "$c" \
    --out "$work/bindings/$pkg/$pkg.go")
  chmod 644 "$work/bindings/$pkg/$pkg.go"
done

if $check; then
  if [[ ! -d "$bindings_dir" ]] || ! diff -r "$bindings_dir" "$work/bindings" >"$work/diff" 2>&1; then
    echo "bindings: contracts/bindings is stale (it does not match the contracts as built now):" >&2
    head -n 40 "$work/diff" | cut -c1-200 >&2
    echo "bindings: run 'make bindings' and commit contracts/bindings" >&2
    exit 1
  fi
  echo "bindings: contracts/bindings is up to date ($# contracts)"
else
  rm -rf "$bindings_dir"
  mv "$work/bindings" "$bindings_dir"
  echo "bindings: wrote $# packages to contracts/bindings"
fi
