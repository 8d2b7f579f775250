-- knoten schema version 5: the user's judgements of a person's competence
-- and chemistry (core/judgement.h), one row per person and factor, and the
-- pitches the user made (core/pitch.h).

CREATE TABLE judgement (
  person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  factor    TEXT NOT NULL CHECK (factor IN ('competence', 'chemistry')),
  value     REAL NOT NULL CHECK (value >= 0 AND value <= 1),
  evidence  TEXT NOT NULL DEFAULT 'none',
  note      TEXT NOT NULL DEFAULT '',
  judged_at INTEGER NOT NULL,
  PRIMARY KEY (person_id, factor)
);

CREATE TABLE pitch (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
  about      TEXT NOT NULL CHECK (about <> ''),
  pitched_at INTEGER NOT NULL,
  too_early  INTEGER NOT NULL DEFAULT 0 CHECK (too_early IN (0, 1))
);
CREATE INDEX pitch_by_person ON pitch(person_id, pitched_at);
