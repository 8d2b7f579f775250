// The app's frame: login, the navigation and the screen of the current
// location (#/today, #/people, #/people/7, #/event, #/matches).
import { useEffect, useMemo, useState } from "preact/hooks";
import { Api } from "./api";
import { Ctx } from "./context";
import { detectLang, type Lang, translate } from "./i18n";
import { EventMode } from "./screens/event_mode";
import { Login } from "./screens/login";
import { Matches } from "./screens/matches";
import { People } from "./screens/people";
import { PersonScreen } from "./screens/person";
import { TodayScreen } from "./screens/today";

function useHash(): string {
  const [hash, setHash] = useState(location.hash || "#/today");
  useEffect(() => {
    const changed = () => setHash(location.hash || "#/today");
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return hash;
}

function Screen({ hash }: { hash: string }) {
  const parts = hash.replace(/^#\/?/, "").split("/");
  switch (parts[0]) {
    case "people":
      return parts[1] ? <PersonScreen id={Number(parts[1])} /> : <People />;
    case "event":
      return <EventMode />;
    case "matches":
      return <Matches />;
    default:
      return <TodayScreen />;
  }
}

export function App() {
  const api = useMemo(() => new Api(), []);
  const [lang, setLang] = useState<Lang>(() =>
    detectLang(localStorage.getItem("knoten.lang"), navigator.languages),
  );
  const [user, setUser] = useState<string | null | undefined>(undefined);
  const hash = useHash();
  const t = useMemo(() => (w: Parameters<typeof translate>[1]) => translate(lang, w), [lang]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  useEffect(() => {
    api.whoAmI().then(setUser, () => setUser(null));
  }, [api]);

  const switchLang = () => {
    const next = lang === "de" ? "en" : "de";
    localStorage.setItem("knoten.lang", next);
    setLang(next);
  };

  const nav: [string, Parameters<typeof t>[0]][] = [
    ["#/today", "today"],
    ["#/people", "people"],
    ["#/event", "event_mode"],
    ["#/matches", "matches"],
  ];
  return (
    <Ctx.Provider value={{ api, lang, t }}>
      <header class="bar">
        <span class="brand">{t("app_name")}</span>
        <button type="button" class="link" onClick={switchLang}>
          {t("language")}
        </button>
        {user && (
          <button
            type="button"
            class="link"
            onClick={() => api.logout().then(() => setUser(null))}
          >
            {t("log_out")}
          </button>
        )}
      </header>
      {user === undefined && <p class="muted">{t("loading")}</p>}
      {user === null && <Login onLoggedIn={setUser} />}
      {user && (
        <>
          <nav class="tabs" aria-label="knoten">
            {nav.map(([href, word]) => (
              <a
                key={href}
                href={href}
                aria-current={hash.startsWith(href) ? "page" : undefined}
              >
                {t(word)}
              </a>
            ))}
          </nav>
          <main>
            <Screen hash={hash} />
          </main>
        </>
      )}
    </Ctx.Provider>
  );
}
