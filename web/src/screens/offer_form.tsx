// A new offer of the user's own, or a change to one: title, description,
// for whom, and the language it is written in (for the matching).
import { useState } from "preact/hooks";
import type { NewOffer, Offer, TextLang } from "../api";
import { useApp } from "../context";
import { FormStatus, useSubmit } from "./form_status";
import { TextLangSelect } from "./text_lang_select";
import { TitleTextFields } from "./title_text_fields";

interface Props {
  offer?: Offer;
  onDone: () => void;
}

export function OfferForm({ offer, onDone }: Props) {
  const { api, lang, t } = useApp();
  const [title, setTitle] = useState(offer?.title ?? "");
  const [text, setText] = useState(offer?.text ?? "");
  const [audience, setAudience] = useState(offer?.audience ?? "");
  const [textLang, setTextLang] = useState<TextLang>(offer?.lang ?? lang);
  const { message, error, run } = useSubmit(onDone);
  const label = offer ? t("edit_offer") : t("new_offer");
  return (
    <form
      class="card"
      aria-label={label}
      onSubmit={(e) =>
        run(e, async () => {
          const body: NewOffer = { title, text, audience, lang: textLang };
          if (offer) {
            await api.changeOffer(offer.id, body);
          } else {
            await api.createOffer(body);
            setTitle("");
            setText("");
            setAudience("");
          }
          return t("saved");
        })
      }
    >
      <TitleTextFields
        prefix="offer"
        title={title}
        text={text}
        onTitle={setTitle}
        onText={setText}
      />
      <label>
        {t("audience")}
        <input
          name="offer_audience"
          placeholder={t("audience_example")}
          value={audience}
          onInput={(e) => setAudience(e.currentTarget.value)}
        />
      </label>
      <TextLangSelect name="offer_lang" value={textLang} onChange={setTextLang} />
      <div class="row">
        <button type="submit" class="grow">
          {label}
        </button>
        {offer && (
          <button type="button" class="secondary" onClick={onDone}>
            {t("cancel")}
          </button>
        )}
      </div>
      <FormStatus message={message} error={error} />
    </form>
  );
}
