#!/usr/bin/env bash
# Rewrites the time grammar's table of leading characters (sitrep/src/main/resources/org/sitrep/resolve/time/
# leading-chars.tsv) after a time rule or the time lexicon changed: LeadingCharsTableTest says when it is due.
# The table only saves work at start; a pattern it lacks is probed at load.
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
echo "building sitrep (mvn package -DskipTests -pl sitrep) for LeadingCharsTableWriter" >&2
mvn -B -q -f "$repo/pom.xml" package -DskipTests -pl sitrep >&2
out="$repo/sitrep/src/main/resources/org/sitrep/resolve/time"
java -cp "$repo/sitrep/target/sitrep-cli.jar" org.sitrep.resolve.time.LeadingCharsTableWriter "$out"
echo "wrote $out/leading-chars.tsv" >&2
