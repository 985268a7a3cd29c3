#!/usr/bin/env bash
# Regenerates national-forces.json (the military and police of every country, as ACLED names state forces) from
# the JDK's country list and names.tsv. Reproducible: the same JDK and inputs give the same file.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
res="$repo/sitrep/src/main/resources/org/sitrep/knowledge/actors"
java "$here/NationalForces.java" "$here" "$res/actors.json" "$res/national-forces.json"
echo "wrote $res/national-forces.json"
