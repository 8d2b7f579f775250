// The title and description fields an offer and a need share; `prefix`
// names them ("offer" gives offer_title and offer_text).
import { useApp } from "../context";

interface Props {
  prefix: string;
  title: string;
  text: string;
  onTitle: (value: string) => void;
  onText: (value: string) => void;
}

export function TitleTextFields({ prefix, title, text, onTitle, onText }: Props) {
  const { t } = useApp();
  return (
    <>
      <label>
        {t("title")}
        <input
          name={`${prefix}_title`}
          value={title}
          onInput={(e) => onTitle(e.currentTarget.value)}
          required
        />
      </label>
      <label>
        {t("description")}
        <textarea
          name={`${prefix}_text`}
          rows={2}
          value={text}
          onInput={(e) => onText(e.currentTarget.value)}
        />
      </label>
    </>
  );
}
