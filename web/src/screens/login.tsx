import { useState } from "preact/hooks";
import { useApp } from "../context";
import { useLoad } from "../use_load";

interface SetupState {
  needs_account: boolean;
  allowed_here: boolean;
}

export function Login({ onLoggedIn }: { onLoggedIn: (user: string) => void }) {
  const { api, t } = useApp();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const setup = useLoad(() => api.get<SetupState>("/setup"), []);
  const creating = setup.data?.needs_account && setup.data.allowed_here;
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      onLoggedIn(
        creating ? await api.setUp(username, password) : await api.login(username, password),
      );
    } catch (err) {
      setError((err as Error).message);
    }
  };
  if (setup.data?.needs_account && !setup.data.allowed_here) {
    return (
      <main>
        <p class="card">{t("setup_elsewhere")}</p>
      </main>
    );
  }
  return (
    <main>
      <form class="card" onSubmit={submit}>
        <h1>{creating ? t("create_account") : t("log_in")}</h1>
        {creating && <p>{t("first_visit")}</p>}
        <label>
          {t("username")}
          <input
            name="username"
            autocomplete="username"
            value={username}
            onInput={(e) => setUsername(e.currentTarget.value)}
            required
          />
        </label>
        <label>
          {t("password")}
          <input
            name="password"
            type="password"
            autocomplete={creating ? "new-password" : "current-password"}
            minLength={creating ? 10 : undefined}
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
            required
          />
        </label>
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit">{creating ? t("create_account") : t("log_in")}</button>
      </form>
    </main>
  );
}
