-- The calendar feed of an account (docs/interop.md): a calendar app reads
-- GET /api/v1/calendar-feed/TOKEN without logging in. Only a hash of the
-- token is kept, so that the database (or a backup of it) does not give
-- the feed away; a new token replaces the old, which stops working.
CREATE TABLE calendar_feed (
  account_id INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
