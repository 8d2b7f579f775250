// What a form says after it was sent: a status line, or the server's
// message as an alert.
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
