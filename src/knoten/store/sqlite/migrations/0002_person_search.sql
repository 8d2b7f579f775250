-- knoten schema version 2: full-text search over people.
-- person_search holds one row per person (rowid = person.id) with the text of
-- person_search_source: the person's names, organisation, role, city, notes,
-- tags, offers and needs. The store rewrites a person's row from the view
-- whenever one of these changes, inside the same transaction.

CREATE VIEW person_search_source AS
SELECT p.id AS person_id,
       p.display_name || ' ' || p.given_name || ' ' || p.family_name || ' ' ||
       p.organisation || ' ' || p.role || ' ' || p.city || ' ' || p.notes || ' ' ||
       coalesce((SELECT group_concat(t.tag, ' ') FROM person_tag t
                 WHERE t.person_id = p.id), '') || ' ' ||
       coalesce((SELECT group_concat(o.title || ' ' || o.text || ' ' || o.audience, ' ')
                 FROM offer o WHERE o.person_id = p.id), '') || ' ' ||
       coalesce((SELECT group_concat(n.title || ' ' || n.text, ' ')
                 FROM need n WHERE n.person_id = p.id), '') AS body
FROM person p;

CREATE VIRTUAL TABLE person_search USING fts5(
  body,
  tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO person_search(rowid, body)
SELECT person_id, body FROM person_search_source;
