#!/usr/bin/env bash
# Rebuilds the web page's offline basemap, sitrep/src/main/resources/org/sitrep/api/web/basemap.geojson:
#   countries        Natural Earth admin-0 (public domain) via npm world-atlas (ISC), 50m near Syria, 110m elsewhere
#   governorates     Syria's 14 governorates: outlines from the gazetteer's admin1.tsv (Natural Earth admin-1), names
#                    and label points from OpenSyria's governorates.json (CC BY 4.0; ../shared/data/open-syria or
#                    OPEN_SYRIA=DIR)
#   routes           the routes of org.sitrep.analyse (routes.tsv) as lines through their towns (roads.tsv waypoints,
#                    coordinates from places.tsv / supplement.tsv)
# The npm packages go into a throw-away directory; nothing from node_modules is committed. Deterministic for given
# package versions (written into the file's "source" member).
# Usage: scripts/basemap/build.sh [output-file]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${1:-$repo/sitrep/src/main/resources/org/sitrep/api/web/basemap.geojson}"
atlas_version="${WORLD_ATLAS_VERSION:-2.0.2}"
topojson_version="${TOPOJSON_CLIENT_VERSION:-3.1.0}"
open_syria="${OPEN_SYRIA:-$repo/../shared/data/open-syria}"
[[ -f "$open_syria/governorates.json" ]] || { echo "basemap: $open_syria/governorates.json is missing (OpenSyria's admin geography; set OPEN_SYRIA=DIR)" >&2; exit 1; }

work="$(mktemp -d -t sitrep-basemap.XXXXXX)"
trap 'rm -rf "$work"' EXIT
echo "installing world-atlas@$atlas_version topojson-client@$topojson_version into $work" >&2
(cd "$work" && npm init -y >/dev/null 2>&1 \
  && npm install --no-audit --no-fund --no-save --ignore-scripts \
       "world-atlas@$atlas_version" "topojson-client@$topojson_version" >&2)

NODE_PATH="$work/node_modules" node "$here/build-basemap.cjs" "$work/node_modules" \
  "$repo/sitrep/src/main/resources/org/sitrep" "$open_syria" "$out"
echo "wrote $out ($(wc -c <"$out") bytes)" >&2
