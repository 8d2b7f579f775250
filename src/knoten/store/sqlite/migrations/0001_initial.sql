-- knoten schema version 1: the personal relationship core.
-- Times are INTEGER seconds since the Unix epoch (UTC); money is INTEGER cents.
-- A NULL person_id on offer, need, membership and promise means "the user".

CREATE TABLE profile (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  name            TEXT NOT NULL,
  business_name   TEXT NOT NULL DEFAULT '',
  positioning     TEXT NOT NULL DEFAULT '',
  languages       TEXT NOT NULL DEFAULT '',  -- newline-separated ISO 639-1
  expertise_areas TEXT NOT NULL DEFAULT ''   -- newline-separated
);

CREATE TABLE network (
  id               INTEGER PRIMARY KEY,
  name             TEXT NOT NULL CHECK (name <> ''),
  kind             TEXT NOT NULL,
  url              TEXT NOT NULL DEFAULT '',
  yearly_fee_cents INTEGER NOT NULL DEFAULT 0 CHECK (yearly_fee_cents >= 0),
  currency         TEXT NOT NULL DEFAULT 'EUR',
  cadence          TEXT NOT NULL,
  notes            TEXT NOT NULL DEFAULT '',
  created_at       INTEGER NOT NULL
);

CREATE TABLE event (
  id               INTEGER PRIMARY KEY,
  network_id       INTEGER REFERENCES network(id) ON DELETE SET NULL,
  title            TEXT NOT NULL CHECK (title <> ''),
  starts_at        INTEGER NOT NULL,
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes >= 0),
  place            TEXT NOT NULL DEFAULT '',
  cost_cents       INTEGER NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
  currency         TEXT NOT NULL DEFAULT 'EUR',
  notes            TEXT NOT NULL DEFAULT ''
);
CREATE INDEX event_by_network ON event(network_id);
CREATE INDEX event_by_start ON event(starts_at);

CREATE TABLE person (
  id                 INTEGER PRIMARY KEY,
  given_name         TEXT NOT NULL DEFAULT '',
  family_name        TEXT NOT NULL DEFAULT '',
  display_name       TEXT NOT NULL CHECK (display_name <> ''),
  organisation       TEXT NOT NULL DEFAULT '',
  role               TEXT NOT NULL DEFAULT '',
  city               TEXT NOT NULL DEFAULT '',
  languages          TEXT NOT NULL DEFAULT '',  -- newline-separated ISO 639-1
  notes              TEXT NOT NULL DEFAULT '',
  first_met_at       INTEGER,
  first_met_event_id INTEGER REFERENCES event(id) ON DELETE SET NULL,
  archived           INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL
);
CREATE INDEX person_by_name ON person(display_name COLLATE NOCASE, id);
CREATE INDEX person_by_first_met_event ON person(first_met_event_id);

-- E-mail addresses, phone numbers and web addresses, in the user's order.
CREATE TABLE person_channel (
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind      TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'url')),
  position  INTEGER NOT NULL,
  value     TEXT NOT NULL,
  PRIMARY KEY (person_id, kind, position)
);
CREATE INDEX person_channel_by_value ON person_channel(kind, value);

CREATE TABLE person_tag (
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  position  INTEGER NOT NULL,
  tag       TEXT NOT NULL,
  PRIMARY KEY (person_id, position)
);
CREATE INDEX person_tag_by_tag ON person_tag(tag);

CREATE TABLE membership (
  id         INTEGER PRIMARY KEY,
  network_id INTEGER NOT NULL REFERENCES network(id) ON DELETE CASCADE,
  person_id  INTEGER REFERENCES person(id) ON DELETE CASCADE,
  since      INTEGER,
  role       TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX membership_unique_person ON membership(network_id, person_id)
  WHERE person_id IS NOT NULL;
CREATE UNIQUE INDEX membership_unique_me ON membership(network_id)
  WHERE person_id IS NULL;
CREATE INDEX membership_by_person ON membership(person_id);

CREATE TABLE event_attendee (
  event_id  INTEGER NOT NULL REFERENCES event(id) ON DELETE CASCADE,
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, person_id)
);
CREATE INDEX event_attendee_by_person ON event_attendee(person_id);

CREATE TABLE offer (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER REFERENCES person(id) ON DELETE CASCADE,
  title      TEXT NOT NULL CHECK (title <> ''),
  text       TEXT NOT NULL DEFAULT '',
  lang       TEXT NOT NULL CHECK (lang IN ('de', 'en')),
  audience   TEXT NOT NULL DEFAULT '',
  active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at INTEGER NOT NULL
);
CREATE INDEX offer_by_person ON offer(person_id);

CREATE TABLE need (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER REFERENCES person(id) ON DELETE CASCADE,
  title           TEXT NOT NULL CHECK (title <> ''),
  text            TEXT NOT NULL DEFAULT '',
  lang            TEXT NOT NULL CHECK (lang IN ('de', 'en')),
  on_behalf_of_id INTEGER REFERENCES person(id) ON DELETE SET NULL,
  active          INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at      INTEGER NOT NULL
);
CREATE INDEX need_by_person ON need(person_id);
CREATE INDEX need_by_on_behalf_of ON need(on_behalf_of_id);

CREATE TABLE encounter (
  id          INTEGER PRIMARY KEY,
  occurred_at INTEGER NOT NULL,
  kind        TEXT NOT NULL,
  event_id    INTEGER REFERENCES event(id) ON DELETE SET NULL,
  topics      TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX encounter_by_time ON encounter(occurred_at);
CREATE INDEX encounter_by_event ON encounter(event_id);

CREATE TABLE encounter_person (
  encounter_id INTEGER NOT NULL REFERENCES encounter(id) ON DELETE CASCADE,
  person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  PRIMARY KEY (encounter_id, person_id)
);
CREATE INDEX encounter_person_by_person ON encounter_person(person_id);

CREATE TABLE introduction (
  id         INTEGER PRIMARY KEY,
  person_a   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  person_b   INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  status     TEXT NOT NULL,
  notes      TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  made_at    INTEGER,
  CHECK (person_a <> person_b)
);
CREATE INDEX introduction_by_a ON introduction(person_a);
CREATE INDEX introduction_by_b ON introduction(person_b);

CREATE TABLE ledger_entry (
  id                   INTEGER PRIMARY KEY,
  occurred_at          INTEGER NOT NULL,
  direction            TEXT NOT NULL CHECK (direction IN ('given', 'received')),
  kind                 TEXT NOT NULL,
  person_id            INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  text                 TEXT NOT NULL DEFAULT '',
  referral_status      TEXT,
  business_value_cents INTEGER CHECK (business_value_cents >= 0),
  currency             TEXT NOT NULL DEFAULT 'EUR',
  introduction_id      INTEGER REFERENCES introduction(id) ON DELETE SET NULL
);
CREATE INDEX ledger_entry_by_person ON ledger_entry(person_id, occurred_at);
CREATE INDEX ledger_entry_by_time ON ledger_entry(occurred_at);
CREATE INDEX ledger_entry_by_introduction ON ledger_entry(introduction_id);

CREATE TABLE promise (
  id          INTEGER PRIMARY KEY,
  promisor_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
  promisee_id INTEGER REFERENCES person(id) ON DELETE CASCADE,
  text        TEXT NOT NULL CHECK (text <> ''),
  due_at      INTEGER,
  status      TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  CHECK (promisor_id IS NOT promisee_id)
);
CREATE INDEX promise_by_promisor ON promise(promisor_id);
CREATE INDEX promise_by_promisee ON promise(promisee_id);

CREATE TABLE follow_up (
  id           INTEGER PRIMARY KEY,
  person_id    INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  kind         TEXT NOT NULL,
  due_at       INTEGER NOT NULL,
  about        TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL,
  encounter_id INTEGER REFERENCES encounter(id) ON DELETE SET NULL,
  created_at   INTEGER NOT NULL
);
CREATE INDEX follow_up_by_person ON follow_up(person_id);
CREATE INDEX follow_up_by_due ON follow_up(status, due_at);
