#!/usr/bin/env bash
# The sample papers in docs/samples/, made from the demo data by the tests that check them:
#   plan-document.docx|.pdf      the plan 61-KH/ThU as the office prints it (PlanDocumentTest)
#   dialogue-results.docx|.pdf|.xlsx  the report of the dialogues' results of 2022 (DialogueResultsReportTest)
# and a PNG of each PDF's first page when poppler's pdftoppm is installed (apt-get install poppler-utils).
# Runs two test classes on random ports with the embedded MariaDB: safe beside other runs.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/docs/samples"
mkdir -p "$out"
cd "$root/backend"
./mvnw -B -q test -Dtest='PlanDocumentTest#theSeedPlanPrintsAsTheSeedInWordAndPdf,DialogueResultsReportTest#theSamplesAreTheDemosReportOfTheYearOfPlan61' \
  -Dsamples.dir="$out"
if command -v pdftoppm >/dev/null; then
  for pdf in plan-document dialogue-results; do
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$out/$pdf.pdf" "$out/$pdf"
  done
fi
ls -l "$out"
