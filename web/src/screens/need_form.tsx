// A new need of the user's own, or a change to one: title, description,
// the client it is for (if it is on someone's behalf) and its language.
import { useState } from "preact/hooks";
import type { Need, NewNeed, TextLang } from "../api";
import { useApp } from "../context";
import { FormStatus, useSubmit } from "./form_status";
import { PersonPicker } from "./person_picker";
import { TextLangSelect } from "./text_lang_select";
import { TitleTextFields } from "./title_text_fields";

interface Props {
  need?: Need;
  onDone: () => void;
}

export function NeedForm({ need, onDone }: Props) {
  const { api, lang, t } = useApp();
  const [title, setTitle] = useState(need?.title ?? "");
  const [text, setText] = useState(need?.text ?? "");
  const [client, setClient] = useState<number | null>(need?.on_behalf_of ?? null);
  const [textLang, setTextLang] = useState<TextLang>(need?.lang ?? lang);
  const { message, error, run } = useSubmit(onDone);
  const label = need ? t("edit_need") : t("new_need");
  return (
    <form
      class="card"
      aria-label={label}
      onSubmit={(e) =>
        run(e, async () => {
          const body: NewNeed = { title, text, lang: textLang, on_behalf_of: client };
          if (need) {
            await api.changeNeed(need.id, body);
          } else {
            await api.createNeed(body);
            setTitle("");
            setText("");
            setClient(null);
          }
          return t("saved");
        })
      }
    >
      <TitleTextFields
        prefix="need"
        title={title}
        text={text}
        onTitle={setTitle}
        onText={setText}
      />
      <PersonPicker
        name="need_on_behalf_of"
        label={t("on_behalf_of")}
        noneLabel={t("for_myself")}
        value={client}
        onChange={setClient}
      />
      <TextLangSelect name="need_lang" value={textLang} onChange={setTextLang} />
      <div class="row">
        <button type="submit" class="grow">
          {label}
        </button>
        {need && (
          <button type="button" class="secondary" onClick={onDone}>
            {t("cancel")}
          </button>
        )}
      </div>
      <FormStatus message={message} error={error} />
    </form>
  );
}
