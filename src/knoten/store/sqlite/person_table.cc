// People, their channels and tags, and the full-text search over them.

#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "knoten/base/text.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr const char* kColumns =
    "SELECT p.id, p.given_name, p.family_name, p.display_name, "
    "p.organisation, p.role, p.city, p.languages, p.notes, p.first_met_at, "
    "p.first_met_event_id, p.archived, p.created_at, p.updated_at, "
    "p.rhythm_days ";

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
  if (!s.getColumn(14).isNull()) p.rhythm_days = s.getColumn(14).getInt64();
  return p;
}

// Binds the columns shared by INSERT and UPDATE as parameters 1..14.
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
  if (p.rhythm_days) {
    s.bind(14, *p.rhythm_days);
  } else {
    s.bind(14);
  }
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

constexpr const char* kNameOrder =
    " ORDER BY p.display_name COLLATE NOCASE, p.id";

Filter PersonWhere(const PersonFilter& filter) {
  Filter where;
  if (!filter.include_archived) where.Add("p.archived = 0");
  if (filter.tag) {
    where.Add("p.id IN (SELECT person_id FROM person_tag WHERE tag = ?)",
              {AsciiLower(*filter.tag)});
  }
  if (filter.network_id) {
    where.Add("p.id IN (SELECT person_id FROM membership WHERE network_id = ?)",
              {filter.network_id->value()});
  }
  return where;
}

// A person's channels and tags, read apart from the person row.
struct Children {
  std::vector<std::string> emails;
  std::vector<std::string> phones;
  std::vector<std::string> urls;
  std::vector<std::string> tags;
};
using ChildrenById = std::unordered_map<int64_t, Children>;

// Adds a channel to a core::Person or Children.
template <typename Owner>
void AddChannel(Owner& owner, const std::string& kind, std::string value) {
  if (kind == "email") {
    owner.emails.push_back(std::move(value));
  } else if (kind == "phone") {
    owner.phones.push_back(std::move(value));
  } else {
    owner.urls.push_back(std::move(value));
  }
}

// Loads the channels and tags of the people whose ids `id_subquery` (a
// SELECT bound by `filter`) yields. With `all`, it reads both tables whole in
// primary-key order instead: for a list of (nearly) everyone that is one
// sequential pass rather than a B-tree seek per person.
ChildrenById ReadChildren(SQLite::Database& db, const std::string& id_subquery,
                          const Filter& filter, bool all) {
  ChildrenById by_id;
  const std::string people =
      all ? std::string() : " WHERE person_id IN (" + id_subquery + ")";
  SQLite::Statement channels(
      db, "SELECT person_id, kind, value FROM person_channel" + people +
              " ORDER BY person_id, kind, position");
  if (!all) filter.BindTo(channels);
  while (channels.executeStep()) {
    AddChannel(by_id[channels.getColumn(0).getInt64()],
               channels.getColumn(1).getString(),
               channels.getColumn(2).getString());
  }
  SQLite::Statement tags(db, "SELECT person_id, tag FROM person_tag" + people +
                                 " ORDER BY person_id, position");
  if (!all) filter.BindTo(tags);
  while (tags.executeStep()) {
    by_id[tags.getColumn(0).getInt64()].tags.push_back(
        tags.getColumn(1).getString());
  }
  return by_id;
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
        "first_met_event_id, archived, created_at, updated_at, rhythm_days) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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
    if (!select->executeStep()) return NotFound(kPersonRecord, id.value());
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
        "created_at = ?, updated_at = ?, rhythm_days = ? WHERE id = ?");
    BindPerson(*update, person);
    update->bind(15, person.id.value());
    update->exec();
    KNOTEN_RETURN_IF_ERROR(
        ExpectOneChange(db_, kPersonRecord, person.id.value()));
    WriteChildren(conn_, person, /*replace=*/true);
    conn_.MarkSearchDirty(person.id);
    return OkStatus();
  });
}

Status SqlitePersonStore::Delete(PersonId id) {
  return Guard("deleting a person", [&]() -> Status {
    KNOTEN_RETURN_IF_ERROR(DeleteRow(db_, "person", kPersonRecord, id.value()));
    conn_.MarkSearchDirty(id);
    return OkStatus();
  });
}

Result<Page<core::Person>> SqlitePersonStore::List(const PersonFilter& filter,
                                                   const Paging& paging) {
  Page<core::Person> page;
  KNOTEN_ASSIGN_OR_RETURN(page.total,
                          ForEach(filter, paging, [&](const core::Person& p) {
                            page.items.push_back(p);
                            return OkStatus();
                          }));
  return page;
}

Result<int64_t> SqlitePersonStore::ForEach(
    const PersonFilter& filter, const Paging& paging,
    const std::function<Status(const core::Person&)>& visit) {
  return Guard("listing people", [&]() -> Result<int64_t> {
    const Filter where = PersonWhere(filter);
    const bool whole = !paging.limit && paging.offset <= 0;
    const std::string from =
        "FROM person p" + where.Sql() + kNameOrder + PagingSql(paging);
    ChildrenById children =
        ReadChildren(db_, "SELECT p.id " + from, where,
                     /*all=*/whole && !filter.tag && !filter.network_id);
    SQLite::Statement select(db_, std::string(kColumns) + from);
    where.BindTo(select);
    int64_t visited = 0;
    while (select.executeStep()) {
      core::Person person = ReadPerson(select);
      if (auto it = children.find(person.id.value()); it != children.end()) {
        person.emails = std::move(it->second.emails);
        person.phones = std::move(it->second.phones);
        person.urls = std::move(it->second.urls);
        person.tags = std::move(it->second.tags);
      }
      KNOTEN_RETURN_IF_ERROR(visit(person));
      ++visited;
    }
    if (whole) return visited;
    return CountRows(db_, "FROM person p", where);
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
