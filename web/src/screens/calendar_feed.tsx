// The calendar feed: an address a calendar app subscribes to (events, open
// follow-ups and promises due), made here and shown once, since knoten
// keeps only a hash of its secret. A new address ends the old one; ending
// it stops it.
import { useState } from "preact/hooks";
import { useApp } from "../context";
import { useAttempt } from "../use_attempt";

export function CalendarFeedSection() {
  const { api, lang, t } = useApp();
  const [url, setUrl] = useState("");
  const [message, setMessage] = useState("");
  const { busy, error, attempt } = useAttempt();

  return (
    <section class="calendar-feed">
      <h3>{t("calendar_feed")}</h3>
      <p class="muted">{t("calendar_feed_hint")}</p>
      <p class="row">
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            attempt(async () => {
              setMessage("");
              const feed = await api.createCalendarFeed();
              setUrl(api.feedUrl(feed.path, lang));
            })
          }
        >
          {t("calendar_feed_new")}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() =>
            attempt(async () => {
              await api.endCalendarFeed();
              setUrl("");
              setMessage(t("calendar_feed_ended"));
            })
          }
        >
          {t("calendar_feed_end")}
        </button>
      </p>
      {url && (
        <label>
          {t("calendar_feed_address")}
          <input
            name="calendar_feed_url"
            readOnly
            value={url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
      {message && <p role="status">{message}</p>}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
