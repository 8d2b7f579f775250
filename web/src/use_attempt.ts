// attempt(body): runs an action of a button, disabling the buttons while it
// runs (busy) and keeping its error's message (an ApiError's is the
// server's) until the next attempt.
import { useState } from "preact/hooks";

export function useAttempt() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  async function attempt(body: () => Promise<void>) {
    setBusy(true);
    setError("");
    try {
      await body();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return { busy, error, attempt };
}
