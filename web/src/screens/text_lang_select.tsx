// The language an offer or need is written in.
import type { TextLang } from "../api";
import { useApp } from "../context";
import { translateValue } from "../i18n";

interface Props {
  name: string;
  value: TextLang;
  onChange: (lang: TextLang) => void;
}

export function TextLangSelect({ name, value, onChange }: Props) {
  const { lang, t } = useApp();
  return (
    <label>
      {t("text_lang")}
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value as TextLang)}>
        {(["de", "en"] as const).map((l) => (
          <option key={l} value={l}>
            {translateValue(lang, "lang", l)}
          </option>
        ))}
      </select>
    </label>
  );
}
