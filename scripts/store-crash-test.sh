#!/usr/bin/env bash
# Crash-safety check of `dossier ingest` on a real corpus:
#   1. ingest the corpus uninterrupted into store A (or reuse A when it exists);
#   2. ingest it into store B and kill -9 the JVM once about half the documents are done;
#   3. re-run the ingest into B;
#   4. compare `dossier query stats --format json` of A and B (must be identical),
#      and check that ingesting again into B adds nothing.
# Usage: scripts/store-crash-test.sh CORPUS.jsonl WORKDIR [THREADS]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$1"; work="$2"; threads="${3:-2}"
dossier="$here/dossier"
mkdir -p "$work"
total=$(grep -c . "$corpus")
half=$((total / 2))

if [ ! -f "$work/A/dossier.duckdb" ]; then
  echo "== uninterrupted ingest into $work/A"
  "$dossier" ingest "$corpus" --store "$work/A" --threads "$threads" 2> "$work/A.log" || true
  tail -1 "$work/A.log"
fi

echo "== ingest into $work/B, killed with SIGKILL at about $half/$total documents"
rm -rf "$work/B"
"$dossier" ingest "$corpus" --store "$work/B" --threads "$threads" 2> "$work/B1.log" &
launcher=$!
killed=no
while kill -0 "$launcher" 2>/dev/null; do
  done_docs=$(grep -o '[0-9]*/[0-9]* documents' "$work/B1.log" | tail -1 | cut -d/ -f1 || true)
  if [ -n "${done_docs:-}" ] && [ "$done_docs" -ge "$half" ]; then
    # the launcher execs java, so its pid is the JVM's
    kill -9 "$launcher"; killed=yes; break
  fi
  sleep 1
done
wait "$launcher" 2>/dev/null || true
echo "killed: $killed at ${done_docs:-?} documents"
[ "$killed" = yes ] || { echo "FAIL: the ingest finished before it could be killed"; exit 1; }

echo "== re-run into $work/B"
"$dossier" ingest "$corpus" --store "$work/B" --threads "$threads" 2> "$work/B2.log" || true
tail -1 "$work/B2.log"

a=$("$dossier" query stats --store "$work/A" --format json)
b=$("$dossier" query stats --store "$work/B" --format json)
echo "A: $a"
echo "B: $b"
[ "$a" = "$b" ] || { echo "FAIL: stats differ"; exit 1; }

echo "== ingest into B again (must add nothing)"
"$dossier" ingest "$corpus" --store "$work/B" --threads "$threads" 2> "$work/B3.log" || true
tail -1 "$work/B3.log"
grep -q " 0 ingested, [0-9]* unchanged, 0 replaced" "$work/B3.log" || { echo "FAIL: the third run changed something"; exit 1; }
c=$("$dossier" query stats --store "$work/B" --format json)
[ "$a" = "$c" ] || { echo "FAIL: stats changed after the third run"; exit 1; }
echo "PASS: killed-and-resumed store equals the uninterrupted one; re-ingest adds nothing"
