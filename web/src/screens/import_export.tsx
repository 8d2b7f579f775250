// Import and export on the people screen: a contact file (vCard or CSV)
// is previewed first (the API's dry run) and imported only when the user
// says so; every person can be downloaded as vCard or CSV, and the dates
// (events, open follow-ups, promises due) as an iCalendar file or a
// calendar subscription, and everything as a JSON backup.
import { useState } from "preact/hooks";
import type { ImportReport } from "../api";
import { useApp } from "../context";
import { importSummary, outcomeName } from "../import_text";
import { CalendarFeedSection } from "./calendar_feed";

const SHOWN = 50; // contacts listed in the preview

export function ImportExport() {
  const { api, lang, t } = useApp();
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(true);
    setError("");
    try {
      setReport(await api.importContacts(file, file.name, dryRun));
    } catch (e) {
      setReport(null);
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const contacts = report?.files.flatMap((f) => f.contacts) ?? [];
  const problems = report?.files.flatMap((f) => f.problems) ?? [];
  return (
    <section class="import-export">
      <h2>{t("import_export")}</h2>
      <p class="muted">{t("import_hint")}</p>
      <form class="row" onSubmit={(e) => (e.preventDefault(), run(true))}>
        <label class="grow">
          <span class="sr-only">{t("contact_file")}</span>
          <input
            type="file"
            name="contact_file"
            accept=".vcf,.vcard,.csv,.txt,text/vcard,text/csv"
            onChange={(e) => {
              setFile(e.currentTarget.files?.[0] ?? null);
              setReport(null);
            }}
          />
        </label>
        <button type="submit" disabled={!file || busy}>
          {t("preview_import")}
        </button>
      </form>
      {error && <p class="error">{error}</p>}
      {report && (
        <div class="import-report">
          <p>{importSummary(lang, report, report.dry_run)}</p>
          <ul class="list">
            {contacts.slice(0, SHOWN).map((c) => (
              <li key={c.line}>
                <span>{c.name || t("card_without_name")}</span>{" "}
                <span class="muted">
                  {outcomeName(lang, c.outcome)}
                  {c.remarks.length > 0 && " · " + c.remarks.join(" · ")}
                </span>
              </li>
            ))}
          </ul>
          {contacts.length > SHOWN && (
            <p class="muted">+{contacts.length - SHOWN}</p>
          )}
          {problems.length > 0 && (
            <details>
              <summary>{t("import_problems")}</summary>
              <ul>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            </details>
          )}
          {report.dry_run && (
            <button type="button" disabled={busy} onClick={() => run(false)}>
              {t("import_now")}
            </button>
          )}
        </div>
      )}
      <p class="row">
        <a href={api.exportUrl("vcard")} download>
          {t("export_vcard")}
        </a>
        <a href={api.exportUrl("csv")} download>
          {t("export_csv")}
        </a>
        <a href={api.exportUrl("ics", lang)} download>
          {t("export_ics")}
        </a>
        <a href={api.exportUrl("json")} download>
          {t("export_backup")}
        </a>
      </p>
      <p class="muted">{t("backup_hint")}</p>
      <CalendarFeedSection />
    </section>
  );
}
