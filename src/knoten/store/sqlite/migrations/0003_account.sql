-- knoten schema version 3: the accounts that may log in to the web app.
-- password_hash is libsodium's encoded Argon2id string; the password itself
-- is never stored.

CREATE TABLE account (
  id INTEGER PRIMARY KEY,
  username TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
