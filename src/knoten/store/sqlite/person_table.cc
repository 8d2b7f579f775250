// People, their channels and tags, and the full-text search over them.

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "knoten/base/text.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr RecordKind kPerson{"person", "person"};

constexpr const char* kColumns =
    "SELECT p.id, p.given_name, p.family_name, p.display_name, "
    "p.organisation, p.role, p.city, p.languages, p.notes, p.first_met_at, "
    "p.first_met_event_id, p.archived, p.created_at, p.updated_at ";

core::Person ReadPerson(const SQLite::Statement& s) {
  core::Person p;
  p.id = ReadId<PersonId>(s, 0);
  p.given_name = ReadText(s, 1);
  p.family_name = ReadText(s, 2);
  p.display_name = ReadText(s, 3);
  p.organisation = ReadText(s, 4);
  p.role = ReadText(s, 5);
  p.city = ReadText(s, 6);
  p.languages = SplitLines(ReadText(s, 7));
  p.notes = ReadText(s, 8);
  p.first_met_at = ReadOptionalTime(s, 9);
  p.first_met_event = ReadOptionalId<EventId>(s, 10);
  p.archived = s.getColumn(11).getInt() != 0;
  p.created_at = ReadTime(s, 12);
  p.updated_at = ReadTime(s, 13);
  return p;
}

// Binds the columns shared by INSERT and UPDATE as parameters 1..13.
void BindPerson(SQLite::Statement& s, const core::Person& p) {
  BindText(s, 1, p.given_name);
  BindText(s, 2, p.family_name);
  BindText(s, 3, p.display_name);
  BindText(s, 4, p.organisation);
  BindText(s, 5, p.role);
  BindText(s, 6, p.city);
  BindText(s, 7, JoinLines(p.languages));
  BindText(s, 8, p.notes);
  BindTime(s, 9, p.first_met_at);
  BindId(s, 10, p.first_met_event);
  s.bind(11, p.archived ? 1 : 0);
  BindTime(s, 12, p.created_at);
  BindTime(s, 13, p.updated_at);
}

// Writes the channels and tags of `p`; `replace` first removes the stored
// ones (not needed for a person just created).
void WriteChildren(Connection& conn, const core::Person& p, bool replace) {
  if (replace) {
    CachedStatement clear_channels =
        conn.Prepare("DELETE FROM person_channel WHERE person_id = ?");
    clear_channels->bind(1, p.id.value());
    clear_channels->exec();
    CachedStatement clear_tags =
        conn.Prepare("DELETE FROM person_tag WHERE person_id = ?");
    clear_tags->bind(1, p.id.value());
    clear_tags->exec();
  }

  CachedStatement channel = conn.Prepare(
      "INSERT INTO person_channel(person_id, kind, "
      "position, value) VALUES (?, ?, ?, ?)");
  auto write = [&](const char* kind, const std::vector<std::string>& values) {
    for (size_t i = 0; i < values.size(); ++i) {
      channel->bind(1, p.id.value());
      channel->bind(2, kind);
      channel->bind(3, static_cast<int64_t>(i));
      channel->bind(4, values[i]);
      channel->exec();
      channel->reset();
    }
  };
  write("email", p.emails);
  write("phone", p.phones);
  write("url", p.urls);

  CachedStatement tag = conn.Prepare(
      "INSERT INTO person_tag(person_id, position, tag) VALUES (?, ?, ?)");
  for (size_t i = 0; i < p.tags.size(); ++i) {
    tag->bind(1, p.id.value());
    tag->bind(2, static_cast<int64_t>(i));
    tag->bind(3, p.tags[i]);
    tag->exec();
    tag->reset();
  }
}

// SQLite's NOCASE order: bytes compared with ASCII letters folded, then the
// shorter string first.
bool NoCaseLess(std::string_view a, std::string_view b) {
  const size_t n = std::min(a.size(), b.size());
  for (size_t i = 0; i < n; ++i) {
    const auto x = static_cast<unsigned char>(AsciiLowerChar(a[i]));
    const auto y = static_cast<unsigned char>(AsciiLowerChar(b[i]));
    if (x != y) return x < y;
  }
  return a.size() < b.size();
}

constexpr const char* kNameOrder =
    " ORDER BY p.display_name COLLATE NOCASE, p.id";

// `people` (in id order) in kNameOrder.
std::vector<core::Person> SortedByName(std::vector<core::Person> people) {
  std::vector<size_t> order(people.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    return NoCaseLess(people[a].display_name, people[b].display_name);
  });
  std::vector<core::Person> sorted;
  sorted.reserve(people.size());
  for (const size_t i : order) sorted.push_back(std::move(people[i]));
  return sorted;
}

void AddChannel(core::Person& p, const std::string& kind, std::string value) {
  if (kind == "email") {
    p.emails.push_back(std::move(value));
  } else if (kind == "phone") {
    p.phones.push_back(std::move(value));
  } else {
    p.urls.push_back(std::move(value));
  }
}

// Loads channels and tags for the people in `by_id`. A few people are found
// through `id_subquery` (a SELECT of their ids bound by `filter`); many are
// read in one pass over their id range in primary-key order, which avoids a
// B-tree seek per person and a sort (a list of 100k people).
void ReadChildren(SQLite::Database& db, const std::string& id_subquery,
                  const Filter& filter,
                  const std::unordered_map<int64_t, core::Person*>& by_id) {
  constexpr size_t kRangeScanFrom = 1000;
  const bool range = by_id.size() >= kRangeScanFrom;
  int64_t low = INT64_MAX;
  int64_t high = INT64_MIN;
  for (const auto& entry : by_id) {
    low = std::min(low, entry.first);
    high = std::max(high, entry.first);
  }
  const std::string people = range
                                 ? " WHERE person_id BETWEEN ? AND ?"
                                 : " WHERE person_id IN (" + id_subquery + ")";
  auto bind = [&](SQLite::Statement& s) {
    if (range) {
      s.bind(1, low);
      s.bind(2, high);
    } else {
      filter.BindTo(s);
    }
  };
  SQLite::Statement channels(
      db, "SELECT person_id, kind, value FROM person_channel" + people +
              " ORDER BY person_id, kind, position");
  bind(channels);
  while (channels.executeStep()) {
    auto it = by_id.find(channels.getColumn(0).getInt64());
    if (it == by_id.end()) continue;
    AddChannel(*it->second, channels.getColumn(1).getString(),
               channels.getColumn(2).getString());
  }
  SQLite::Statement tags(db, "SELECT person_id, tag FROM person_tag" + people +
                                 " ORDER BY person_id, position");
  bind(tags);
  while (tags.executeStep()) {
    auto it = by_id.find(tags.getColumn(0).getInt64());
    if (it != by_id.end()) {
      it->second->tags.push_back(tags.getColumn(1).getString());
    }
  }
}

// Turns user text into an FTS5 query: every word must occur as a word
// prefix. Each word is quoted, so FTS5 syntax in user input is inert.
std::string FtsQuery(std::string_view text) {
  std::string query;
  std::string word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!query.empty()) query += ' ';
    query += '"' + word + "\"*";
    word.clear();
  };
  for (char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
        (c >= 'A' && c <= 'Z')) {
      word += c;
    } else {
      flush();
    }
  }
  flush();
  return query;
}

}  // namespace

Result<PersonId> SqlitePersonStore::Create(const core::Person& person) {
  return Guard("saving a person", [&]() -> Result<PersonId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO person(given_name, family_name, display_name, "
        "organisation, role, city, languages, notes, first_met_at, "
        "first_met_event_id, archived, created_at, updated_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BindPerson(*insert, person);
    insert->exec();
    core::Person stored = person;
    stored.id = PersonId(db_.getLastInsertRowid());
    WriteChildren(conn_, stored, /*replace=*/false);
    conn_.MarkSearchNew(stored.id);
    return stored.id;
  });
}

Result<core::Person> SqlitePersonStore::Get(PersonId id) {
  return Guard("reading a person", [&]() -> Result<core::Person> {
    CachedStatement select =
        conn_.Prepare(std::string(kColumns) + "FROM person p WHERE p.id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kPerson, id.value());
    core::Person person = ReadPerson(*select);
    CachedStatement channels = conn_.Prepare(
        "SELECT kind, value FROM person_channel WHERE person_id = ? ORDER BY "
        "kind, position");
    channels->bind(1, id.value());
    while (channels->executeStep()) {
      AddChannel(person, channels->getColumn(0).getString(),
                 channels->getColumn(1).getString());
    }
    CachedStatement tags = conn_.Prepare(
        "SELECT tag FROM person_tag WHERE person_id = ? ORDER BY position");
    tags->bind(1, id.value());
    while (tags->executeStep()) person.tags.push_back(ReadText(*tags, 0));
    return person;
  });
}

Status SqlitePersonStore::Update(const core::Person& person) {
  return Guard("updating a person", [&]() -> Status {
    CachedStatement update = conn_.Prepare(
        "UPDATE person SET given_name = ?, family_name = ?, display_name = ?, "
        "organisation = ?, role = ?, city = ?, languages = ?, notes = ?, "
        "first_met_at = ?, first_met_event_id = ?, archived = ?, "
        "created_at = ?, updated_at = ? WHERE id = ?");
    BindPerson(*update, person);
    update->bind(14, person.id.value());
    update->exec();
    KNOTEN_RETURN_IF_ERROR(ExpectOneChange(db_, kPerson, person.id.value()));
    WriteChildren(conn_, person, /*replace=*/true);
    conn_.MarkSearchDirty(person.id);
    return OkStatus();
  });
}

Status SqlitePersonStore::Delete(PersonId id) {
  return Guard("deleting a person", [&]() -> Status {
    KNOTEN_RETURN_IF_ERROR(DeleteRow(db_, "person", kPerson, id.value()));
    conn_.MarkSearchDirty(id);
    return OkStatus();
  });
}

Result<Page<core::Person>> SqlitePersonStore::List(const PersonFilter& filter,
                                                   const Paging& paging) {
  return Guard("listing people", [&]() -> Result<Page<core::Person>> {
    Filter where;
    if (!filter.include_archived) where.Add("p.archived = 0");
    if (filter.tag) {
      where.Add(
          "EXISTS (SELECT 1 FROM person_tag t WHERE t.person_id = p.id AND "
          "t.tag = ?)",
          {AsciiLower(*filter.tag)});
    }
    Page<core::Person> page;
    // A whole list is read in table order and sorted here: walking the name
    // index would cost a table seek per person. Pages use the index.
    const bool whole = !paging.limit && paging.offset <= 0;
    if (whole) {
      SQLite::Statement select(db_, std::string(kColumns) + "FROM person p" +
                                        where.Sql() + " ORDER BY p.id");
      where.BindTo(select);
      std::vector<core::Person> read;
      while (select.executeStep()) read.push_back(ReadPerson(select));
      page.items = SortedByName(std::move(read));
      page.total = static_cast<int64_t>(page.items.size());
    } else {
      page.total = CountRows(db_, "FROM person p", where);
      SQLite::Statement select(db_, std::string(kColumns) + "FROM person p" +
                                        where.Sql() + kNameOrder +
                                        PagingSql(paging));
      where.BindTo(select);
      while (select.executeStep()) page.items.push_back(ReadPerson(select));
    }
    std::unordered_map<int64_t, core::Person*> by_id;
    by_id.reserve(page.items.size());
    for (core::Person& p : page.items) by_id[p.id.value()] = &p;
    if (!by_id.empty()) {
      ReadChildren(db_,
                   "SELECT p.id FROM person p" + where.Sql() + kNameOrder +
                       PagingSql(paging),
                   where, by_id);
    }
    return page;
  });
}

Result<Page<PersonId>> SqlitePersonStore::Search(std::string_view query,
                                                 const Paging& paging) {
  return Guard("searching people", [&]() -> Result<Page<PersonId>> {
    conn_.FlushSearch();  // see this transaction's own changes
    Page<PersonId> page;
    const std::string fts = FtsQuery(query);
    if (fts.empty()) return page;
    Filter where;
    where.Add("person_search MATCH ?", {fts});
    page.total = CountRows(db_, "FROM person_search", where);
    SQLite::Statement select(db_, "SELECT rowid FROM person_search" +
                                      where.Sql() + " ORDER BY rank" +
                                      PagingSql(paging));
    where.BindTo(select);
    while (select.executeStep()) {
      page.items.push_back(ReadId<PersonId>(select, 0));
    }
    return page;
  });
}

}  // namespace knoten::store::sqlite_internal
