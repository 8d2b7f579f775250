-- knoten schema version 8: what a contact file said of a person that knoten
-- does not use itself (a birthday, the whole address, a photo, X- properties),
-- kept so that the vCard export gives it back (interop/vcard_kept.h):
-- unfolded vCard 4.0 content lines, one per line.
CREATE TABLE person_vcard (
  person_id INTEGER PRIMARY KEY REFERENCES person(id) ON DELETE CASCADE,
  kept      TEXT NOT NULL
            CHECK (kept <> '' AND instr(kept, char(13)) = 0 AND
                   instr(kept, char(10, 10)) = 0 AND
                   substr(kept, 1, 1) <> char(10) AND
                   substr(kept, -1, 1) <> char(10))
);
