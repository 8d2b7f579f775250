#!/usr/bin/env bash
# Importing many contacts (issue #6): PEOPLE generated vCards (default
# 100,000; names, e-mail, phone, organisation, role, city, note, tags, 1 in
# 20 of them a second card of someone already there, as address books have)
# imported by `knoten import` into a new database, duplicate detection on as
# always, beside sqlite3's own `.import` of the same contacts as CSV into a
# new table, in the same run. A third side is the floor of knoten's schema:
# sqlite3 itself puts the same CSV's rows into an empty knoten database
# (people, e-mail and phone channels, tags and the full-text index, with
# INSERT ... SELECT, all of them, no duplicate detection, no parsing of
# vCards), which is what any import into that schema costs at least. The
# sides alternate ROUNDS times (default 3); medians of wall time and peak
# memory (GNU time), and records/s.
#
# Usage: bench/import_bench.sh KNOTEN_BINARY [PEOPLE] [ROUNDS]
set -euo pipefail

knoten=$(realpath "${1:?usage: bench/import_bench.sh KNOTEN_BINARY [PEOPLE] [ROUNDS]}")
people=${2:-100000}
rounds=${3:-3}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

python3 - "$people" "$dir" <<'PY'
import random, sys
people, out = int(sys.argv[1]), sys.argv[2]
rng = random.Random(6)
given = ["Anna", "Ben", "Clara", "David", "Eva", "Felix", "Greta", "Hannes", "Ines",
         "Jonas", "Katrin", "Lukas", "Mia", "Nils", "Olga", "Paul", "Ronja", "Sven",
         "Tanja", "Ümit", "Zoë", "Jörg", "Priya", "Wei"]
family = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
          "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Nowak",
          "Okafor", "Yılmaz", "Rossi", "Kowalski", "Nguyen"]
cities = ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Bremen", "Dresden"]
roles = ["Texterin", "Webdesigner", "Steuerberaterin", "Fotograf", "Coach",
         "Übersetzerin", "Entwickler", "PR-Beraterin"]
tags = ["kunde", "netzwerk", "ihk", "bni", "presse", "partner"]
rows = []
for i in range(people):
    if i % 20 == 19:  # a second card of someone already there
        rows.append(rows[rng.randrange(len(rows))])
        continue
    g, f = rng.choice(given), rng.choice(family)
    rows.append((g, f, f"{g} {f}", f"{g.lower()}.{f.lower()}{i}@example.org",
                 f"+49 30 {1000000 + i}", f"{f} {rng.choice(['GmbH', 'Studio', 'Beratung'])}",
                 rng.choice(roles), rng.choice(cities), f"Kennengelernt {2020 + i % 6}",
                 ",".join(rng.sample(tags, 2))))
with open(f"{out}/people.vcf", "w", encoding="utf-8", newline="") as vcf:
    for g, f, fn, mail, tel, org, role, city, note, cats in rows:
        vcf.write(f"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:{fn}\r\nN:{f};{g};;;\r\n"
                  f"EMAIL:{mail}\r\nTEL:{tel}\r\nORG:{org}\r\nTITLE:{role}\r\n"
                  f"ADR:;;;{city};;;\r\nNOTE:{note}\r\nCATEGORIES:{cats}\r\nEND:VCARD\r\n")
with open(f"{out}/people.csv", "w", encoding="utf-8", newline="") as csv:
    csv.write("given,family,display,email,phone,organisation,role,city,notes,tags\n")
    for row in rows:
        csv.write(",".join('"' + v.replace('"', '""') + '"' for v in row) + "\n")
PY

# The floor: the CSV's rows into knoten's own (empty) schema by SQLite alone.
"$knoten" --db "$dir/empty.db" person list >/dev/null
cat >"$dir/floor.sql" <<SQL
.import --csv $dir/people.csv staging
BEGIN;
INSERT INTO person(id, given_name, family_name, display_name, organisation,
                   role, city, notes, created_at, updated_at)
  SELECT rowid, given, family, display, organisation, role, city, notes, 0, 0
  FROM staging;
INSERT INTO person_channel(person_id, kind, position, value)
  SELECT rowid, 'email', 0, email FROM staging;
INSERT INTO person_channel(person_id, kind, position, value)
  SELECT rowid, 'phone', 0, phone FROM staging;
INSERT INTO person_tag(person_id, position, tag)
  SELECT rowid, 0, substr(tags, 1, instr(tags, ',') - 1) FROM staging;
INSERT INTO person_tag(person_id, position, tag)
  SELECT rowid, 1, substr(tags, instr(tags, ',') + 1) FROM staging;
INSERT INTO person_search(rowid, body)
  SELECT person_id, body FROM person_search_source;
COMMIT;
SQL

# shellcheck source=bench/process_times.sh
source "$(dirname "$0")/process_times.sh"
for _ in $(seq "$rounds"); do
  rm -f "$dir"/knoten.db* "$dir"/sqlite.db* "$dir"/floor.db*
  measure "$dir/knoten-import" "$knoten" --db "$dir/knoten.db" import \
    "$dir/people.vcf" --quiet
  measure "$dir/sqlite-import" sqlite3 "$dir/sqlite.db" \
    ".import --csv $dir/people.csv contact"
  cp "$dir/empty.db" "$dir/floor.db"
  measure "$dir/schema-floor" sqlite3 "$dir/floor.db" ".read $dir/floor.sql"
done

created=$(sqlite3 "$dir/knoten.db" 'SELECT count(*) FROM person')
echo "cards: $people ($(($(stat -c %s "$dir/people.vcf") / 1048576)) MiB); knoten created $created people (the rest merged)"
echo "cores: $(nproc); rounds: $rounds (medians)"
printf '%-14s %9s %12s %10s\n' step seconds records/s peak_MiB
for step in knoten-import sqlite-import schema-floor; do
  seconds=$(median "$dir/$step" 1)
  printf '%-14s %9.2f %12.0f %10d\n' "$step" "$seconds" \
    "$(awk -v n="$people" -v t="$seconds" 'BEGIN { print (t > 0 ? n / t : 0) }')" "$(($(median "$dir/$step" 2) / 1024))"
done
