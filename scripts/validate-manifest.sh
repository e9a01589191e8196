#!/usr/bin/env bash
# Validates manifest.xml (and dist/manifest.xml when a build exists) against the 2016 Office
# add-in manifest schema, offline. The schemas live in ../shared/manifest-schemas beside the
# repository (CI clones shared/ there); the project-root-relative path is the fallback.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
schema_dir=""
for candidate in "$(dirname "$0")/../../shared/manifest-schemas" "$root/../shared/manifest-schemas" \
  "/work/shared/manifest-schemas"; do
  if [ -f "$candidate/OfficeAppManifestV1_1.xsd" ]; then
    schema_dir="$candidate"
    break
  fi
done
if [ -z "$schema_dir" ]; then
  echo "validate-manifest: schema folder shared/manifest-schemas not found" >&2
  exit 2
fi

manifests=("$root/manifest.xml")
if [ -f "$root/dist/manifest.xml" ]; then
  manifests+=("$root/dist/manifest.xml")
fi

for manifest in "${manifests[@]}"; do
  xmllint --noout --schema "$schema_dir/OfficeAppManifestV1_1.xsd" "$manifest"
done
