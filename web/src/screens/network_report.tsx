// On the Networks screen: which network moves the user forward? Every
// network over a chosen period (docs/network-report.md), ordered by the
// figure the user picks, each figure with a bar that compares it with the
// best network's, and the expertise fit both ways.
import { useEffect, useMemo, useState } from "preact/hooks";
import type { NetworkReport, NetworkReports } from "../api";
import { useApp } from "../context";
import { decimal } from "../format";
import { translateValue } from "../i18n";
import {
  METRICS,
  type Metric,
  PERIODS,
  type Period,
  businessText,
  expertiseText,
  metricValue,
  periodRange,
  reportPath,
  shareOfBest,
  sortNetworks,
  spentText,
} from "../network_compare";
import { useLoad } from "../use_load";

// The figures shown with a bar, in the card's order; hours and money are
// the cost side, shown as text.
const BARRED: Metric[] = ["people_met", "deepened", "given", "received", "referrals"];
// While the server loads its word lists, ask again this often, this many times.
const FIT_RETRY_MS = 5_000;
const FIT_RETRIES = 12;

function Figure({ r, metric, shares }: { r: NetworkReport; metric: Metric; shares: Map<Metric, Map<number, number>> }) {
  const { lang } = useApp();
  const share = shares.get(metric)?.get(r.network_id) ?? 0;
  const label = translateValue(lang, "metric", metric);
  const value = decimal(metricValue(r, metric), lang);
  return (
    <div class="compare-row" data-metric={metric}>
      <dt>{label}</dt>
      <dd>
        <span class="compare-bar" aria-hidden="true">
          <span style={{ width: `${Math.round(share * 100)}%` }} />
        </span>
        <span class="compare-value">{value}</span>
      </dd>
    </div>
  );
}

function NetworkCard({ r, shares }: { r: NetworkReport; shares: Map<Metric, Map<number, number>> }) {
  const { lang, t } = useApp();
  const business = businessText(lang, r);
  const [offersMeet, needsMet] = expertiseText(lang, r.expertise_fit);
  return (
    <li class="card compare-card" data-network-id={r.network_id}>
      <h3>
        <a href={`#/networks/${r.network_id}`}>{r.name}</a>
        {r.member && <span class="tag">{t("member")}</span>}
      </h3>
      <p class="compare-cost">
        <span class="balance-label">{t("spent")}:</span>{" "}
        {spentText(lang, r)}
      </p>
      <dl class="compare-figures">
        {BARRED.map((m) => (
          <Figure key={m} r={r} metric={m} shares={shares} />
        ))}
        <Figure r={r} metric="my_offers_meet_needs" shares={shares} />
        <Figure r={r} metric="my_needs_met" shares={shares} />
      </dl>
      <p class="muted compare-fit">
        {offersMeet} {needsMet}
      </p>
      <p class="muted">
        {t("introductions_made")}: {r.introductions}
        {business && ` · ${t("business_won")}: ${business}`}
      </p>
    </li>
  );
}

export function NetworkReportSection() {
  const { api, lang, t } = useApp();
  const [period, setPeriod] = useState<Period>("last_12_months");
  const [order, setOrder] = useState<Metric>("people_met");
  const range = useMemo(() => periodRange(period, new Date()), [period]);
  const report = useLoad(() => api.get<NetworkReports>(reportPath(range)), [range]);
  const [retries, setRetries] = useState(0);
  const preparing = report.data?.expertise_fit_ready === false;
  useEffect(() => {
    if (!preparing || retries >= FIT_RETRIES) return;
    const timer = setTimeout(() => {
      setRetries((n) => n + 1);
      report.reload();
    }, FIT_RETRY_MS);
    return () => clearTimeout(timer);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preparing, retries]);
  const items = report.data?.items ?? [];
  const shares = useMemo(
    () => new Map(METRICS.map((m) => [m, shareOfBest(items, m)] as const)),
    [items],
  );
  const sorted = useMemo(() => sortNetworks(items, order), [items, order]);
  return (
    <section aria-labelledby="network-report" data-testid="network-report">
      <h2 id="network-report">{t("network_report")}</h2>
      <p class="muted">{t("network_report_hint")}</p>
      <div class="filters">
        <label>
          {t("period")}
          <select
            name="report_period"
            value={period}
            onChange={(e) => setPeriod(e.currentTarget.value as Period)}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                {translateValue(lang, "period", p)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("compare_by")}
          <select
            name="report_order"
            value={order}
            onChange={(e) => setOrder(e.currentTarget.value as Metric)}
          >
            {METRICS.map((m) => (
              <option key={m} value={m}>
                {translateValue(lang, "metric", m)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="muted">
        {range.from} – {range.until}
      </p>
      {preparing && <p class="muted">{t("expertise_fit_preparing")}</p>}
      {report.error && <p class="error">{report.error}</p>}
      {!report.data && !report.error && <p class="muted">{t("loading")}</p>}
      {report.data && items.length === 0 && <p class="muted">{t("no_networks")}</p>}
      <ul class="list compare">
        {sorted.map((r) => (
          <NetworkCard key={r.network_id} r={r} shares={shares} />
        ))}
      </ul>
    </section>
  );
}
