// What every screen needs: the API client, the language and its words.
import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { Api } from "./api";
import { type Lang, type Word, translate } from "./i18n";

export interface AppContext {
  api: Api;
  lang: Lang;
  t: (word: Word) => string;
}

export const Ctx = createContext<AppContext>({
  api: new Api(),
  lang: "en",
  t: (word) => translate("en", word),
});

export function useApp(): AppContext {
  return useContext(Ctx);
}
