// The app's frame: login, the navigation and the screen of the current
// location (#/today, #/people, #/people/7, #/event, #/matches, #/ledger,
// #/networks, #/networks/3, #/map, #/me).
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { Api } from "./api";
import { Ctx } from "./context";
import { detectLang, type Lang, translate } from "./i18n";
import { EventMode } from "./screens/event_mode";
import { LedgerScreen } from "./screens/ledger";
import { Login } from "./screens/login";
import { Matches } from "./screens/matches";
import { MeScreen } from "./screens/me";
import { NetworkScreen } from "./screens/network";
import { NetworkMap } from "./screens/network_map";
import { NetworksScreen } from "./screens/networks";
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
    case "ledger":
      return <LedgerScreen />;
    case "networks":
      return parts[1] ? <NetworkScreen id={Number(parts[1])} /> : <NetworksScreen />;
    case "map":
      return <NetworkMap />;
    case "me":
      return <MeScreen />;
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
  const tabs = useRef<HTMLElement>(null);
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
    ["#/ledger", "ledger"],
    ["#/networks", "networks"],
    ["#/map", "map"],
    ["#/me", "me"],
  ];
  const current = nav.find(([href]) => hash === href || hash.startsWith(href + "/"))?.[0];
  // On a phone not every tab fits: the current one is scrolled into view.
  useEffect(() => {
    tabs.current
      ?.querySelector("[aria-current=page]")
      ?.scrollIntoView({ block: "nearest", inline: "nearest" });
  }, [current, user]);
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
          <nav class="tabs" aria-label="knoten" ref={tabs}>
            {nav.map(([href, word]) => (
              <a key={href} href={href} aria-current={href === current ? "page" : undefined}>
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
