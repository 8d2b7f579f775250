// A network in one line: kind, rhythm and yearly fee.
import type { Network } from "../api";
import { useApp } from "../context";
import { money } from "../format";
import { translateValue } from "../i18n";

export function NetworkFacts({ network }: { network: Network }) {
  const { lang, t } = useApp();
  const parts = [
    translateValue(lang, "network_kind", network.kind),
    translateValue(lang, "cadence", network.cadence),
  ];
  if (network.yearly_fee > 0) {
    parts.push(`${money(network.yearly_fee, network.currency, lang)} ${t("per_year")}`);
  }
  return <span class="muted">{parts.join(" · ")}</span>;
}
