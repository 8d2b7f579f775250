-- knoten schema version 4: the user's answers to the seed's reflection
-- checklist (core/reflection.h), one row per answered item.

CREATE TABLE reflection_answer (
  item        TEXT PRIMARY KEY,
  answer      TEXT NOT NULL CHECK (answer IN ('yes', 'partly', 'not_yet')),
  note        TEXT NOT NULL DEFAULT '',
  answered_at INTEGER NOT NULL
);
