// A new network: its name, kind and rhythm, and what it costs a year.
import { useState } from "preact/hooks";
import {
  CADENCES,
  type Cadence,
  NETWORK_KINDS,
  type Network,
  type NetworkKind,
  type NewNetwork,
} from "../api";
import { useApp } from "../context";
import { translateValue } from "../i18n";
import { FormStatus, useSubmit } from "./form_status";

export function NewNetworkForm({ onCreated }: { onCreated: (network: Network) => void }) {
  const { api, lang, t } = useApp();
  const [name, setName] = useState("");
  const [kind, setKind] = useState<NetworkKind>("business_network");
  const [cadence, setCadence] = useState<Cadence>("monthly");
  const [fee, setFee] = useState("");
  const [currency, setCurrency] = useState("EUR");
  const [url, setUrl] = useState("");
  const [notes, setNotes] = useState("");
  const { message, error, run } = useSubmit(() => {});
  return (
    <form
      class="card"
      aria-label={t("new_network")}
      onSubmit={(e) =>
        run(e, async () => {
          const body: NewNetwork = { name, kind, cadence, url, notes, currency };
          if (fee.trim()) body.yearly_fee = Number(fee);
          onCreated(await api.createNetwork(body));
          setName("");
          setFee("");
          setUrl("");
          setNotes("");
          return t("saved");
        })
      }
    >
      <h2>{t("new_network")}</h2>
      <label>
        {t("name")}
        <input
          name="network_name"
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
          required
        />
      </label>
      <label>
        {t("kind")}
        <select
          name="network_kind"
          value={kind}
          onChange={(e) => setKind(e.currentTarget.value as NetworkKind)}
        >
          {NETWORK_KINDS.map((k) => (
            <option key={k} value={k}>
              {translateValue(lang, "network_kind", k)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t("cadence")}
        <select
          name="network_cadence"
          value={cadence}
          onChange={(e) => setCadence(e.currentTarget.value as Cadence)}
        >
          {CADENCES.map((c) => (
            <option key={c} value={c}>
              {translateValue(lang, "cadence", c)}
            </option>
          ))}
        </select>
      </label>
      <div class="row">
        <label class="grow">
          {t("yearly_fee")}
          <input
            name="network_fee"
            type="number"
            min="0"
            step="0.01"
            inputMode="decimal"
            value={fee}
            onInput={(e) => setFee(e.currentTarget.value)}
          />
        </label>
        <label class="narrow">
          {t("currency")}
          <input
            name="network_currency"
            value={currency}
            maxLength={3}
            autocomplete="off"
            onInput={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
            required
          />
        </label>
      </div>
      <label>
        {t("web_address")}
        <input
          name="network_url"
          type="url"
          placeholder="https://"
          value={url}
          onInput={(e) => setUrl(e.currentTarget.value)}
        />
      </label>
      <label>
        {t("notes")}
        <textarea
          name="network_notes"
          rows={2}
          value={notes}
          onInput={(e) => setNotes(e.currentTarget.value)}
        />
      </label>
      <button type="submit">{t("new_network")}</button>
      <FormStatus message={message} error={error} />
    </form>
  );
}
