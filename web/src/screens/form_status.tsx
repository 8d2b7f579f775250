// What a form says after it was sent: a status line, or the server's
// message as an alert; useSubmit keeps both for a form's submit handler.
import { useState } from "preact/hooks";

export function FormStatus({ message, error }: { message: string | null; error: string | null }) {
  return (
    <>
      {message && <p role="status">{message}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}

// run(e, body): stops the browser's own submit, runs `body` and shows what
// it returns, or the error's message (an ApiError's is the server's).
export function useSubmit(onDone: () => void) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = async (e: Event, body: () => Promise<string>) => {
    e.preventDefault();
    setError(null);
    try {
      setMessage(await body());
      onDone();
    } catch (err) {
      setMessage(null);
      setError((err as Error).message);
    }
  };
  return { message, error, run };
}
