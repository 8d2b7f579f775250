import { useState } from "preact/hooks";
import { useApp } from "../context";

export function Login({ onLoggedIn }: { onLoggedIn: (user: string) => void }) {
  const { api, t } = useApp();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      onLoggedIn(await api.login(username, password));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <main>
      <form class="card" onSubmit={submit}>
        <h1>{t("log_in")}</h1>
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
            autocomplete="current-password"
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
        <button type="submit">{t("log_in")}</button>
      </form>
    </main>
  );
}
