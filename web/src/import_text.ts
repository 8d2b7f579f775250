// The words of an import's report: the counts in a sentence and each
// contact's outcome, in English or German.

import type { ImportCounts, ImportOutcome } from "./api";
import type { Lang } from "./i18n";

const OUTCOMES: Record<ImportOutcome, { en: string; de: string }> = {
  created: { en: "new", de: "neu" },
  merged: { en: "added to", de: "ergänzt" },
  unchanged: { en: "already there", de: "schon da" },
  skipped: { en: "skipped", de: "übersprungen" },
};

export function outcomeName(lang: Lang, outcome: ImportOutcome): string {
  return OUTCOMES[outcome][lang];
}

// "3 new, 1 added to someone you know, 2 already there, 1 skipped"; a dry
// run says what would happen.
export function importSummary(lang: Lang, counts: ImportCounts, dryRun: boolean): string {
  const parts =
    lang === "de"
      ? [
          `${counts.created} neu`,
          `${counts.merged} ergänzt`,
          `${counts.unchanged} schon da`,
          `${counts.skipped} übersprungen`,
        ]
      : [
          `${counts.created} new`,
          `${counts.merged} added to someone you know`,
          `${counts.unchanged} already there`,
          `${counts.skipped} skipped`,
        ];
  const lead = dryRun
    ? lang === "de"
      ? "Der Import würde: "
      : "The import would give: "
    : lang === "de"
      ? "Importiert: "
      : "Imported: ";
  return lead + parts.join(", ") + ".";
}
