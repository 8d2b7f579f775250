// People, their channels and tags, and the full-text search over them.

#include <string>
#include <unordered_map>
#include <utility>

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

void WriteChildren(SQLite::Database& db, const core::Person& p) {
  SQLite::Statement clear_channels(
      db, "DELETE FROM person_channel WHERE person_id = ?");
  clear_channels.bind(1, p.id.value());
  clear_channels.exec();
  SQLite::Statement clear_tags(db,
                               "DELETE FROM person_tag WHERE person_id = ?");
  clear_tags.bind(1, p.id.value());
  clear_tags.exec();

  SQLite::Statement channel(db,
                            "INSERT INTO person_channel(person_id, kind, "
                            "position, value) VALUES (?, ?, ?, ?)");
  auto write = [&](const char* kind, const std::vector<std::string>& values) {
    for (size_t i = 0; i < values.size(); ++i) {
      channel.bind(1, p.id.value());
      channel.bind(2, kind);
      channel.bind(3, static_cast<int64_t>(i));
      channel.bind(4, values[i]);
      channel.exec();
      channel.reset();
    }
  };
  write("email", p.emails);
  write("phone", p.phones);
  write("url", p.urls);

  SQLite::Statement tag(
      db, "INSERT INTO person_tag(person_id, position, tag) VALUES (?, ?, ?)");
  for (size_t i = 0; i < p.tags.size(); ++i) {
    tag.bind(1, p.id.value());
    tag.bind(2, static_cast<int64_t>(i));
    tag.bind(3, p.tags[i]);
    tag.exec();
    tag.reset();
  }
}

// Loads channels and tags for the people in `by_id`, whose ids are the
// result of `id_subquery` (a SELECT of person ids bound by `filter`).
void ReadChildren(SQLite::Database& db, const std::string& id_subquery,
                  const Filter& filter,
                  const std::unordered_map<int64_t, core::Person*>& by_id) {
  SQLite::Statement channels(
      db,
      "SELECT person_id, kind, value FROM person_channel WHERE person_id "
      "IN (" +
          id_subquery + ") ORDER BY person_id, kind, position");
  filter.BindTo(channels);
  while (channels.executeStep()) {
    auto it = by_id.find(channels.getColumn(0).getInt64());
    if (it == by_id.end()) continue;
    const std::string kind = channels.getColumn(1).getString();
    std::string value = channels.getColumn(2).getString();
    if (kind == "email") {
      it->second->emails.push_back(std::move(value));
    } else if (kind == "phone") {
      it->second->phones.push_back(std::move(value));
    } else {
      it->second->urls.push_back(std::move(value));
    }
  }
  SQLite::Statement tags(
      db, "SELECT person_id, tag FROM person_tag WHERE person_id IN (" +
              id_subquery + ") ORDER BY person_id, position");
  filter.BindTo(tags);
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

void RefreshPersonSearch(SQLite::Database& db, PersonId person) {
  SQLite::Statement remove(db, "DELETE FROM person_search WHERE rowid = ?");
  remove.bind(1, person.value());
  remove.exec();
  SQLite::Statement insert(
      db,
      "INSERT INTO person_search(rowid, body) SELECT person_id, body FROM "
      "person_search_source WHERE person_id = ?");
  insert.bind(1, person.value());
  insert.exec();
}

void RefreshPersonSearch(SQLite::Database& db, std::optional<PersonId> person) {
  if (person) RefreshPersonSearch(db, *person);
}

Result<PersonId> SqlitePersonStore::Create(const core::Person& person) {
  return Guard("saving a person", [&]() -> Result<PersonId> {
    SQLite::Statement insert(
        db_,
        "INSERT INTO person(given_name, family_name, display_name, "
        "organisation, role, city, languages, notes, first_met_at, "
        "first_met_event_id, archived, created_at, updated_at) VALUES "
        "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BindPerson(insert, person);
    insert.exec();
    core::Person stored = person;
    stored.id = PersonId(db_.getLastInsertRowid());
    WriteChildren(db_, stored);
    RefreshPersonSearch(db_, stored.id);
    return stored.id;
  });
}

Result<core::Person> SqlitePersonStore::Get(PersonId id) {
  return Guard("reading a person", [&]() -> Result<core::Person> {
    SQLite::Statement select(
        db_, std::string(kColumns) + "FROM person p WHERE p.id = ?");
    select.bind(1, id.value());
    if (!select.executeStep()) return NotFound(kPerson, id.value());
    core::Person person = ReadPerson(select);
    Filter filter;
    filter.Add("id = ?", {id.value()});
    ReadChildren(db_, "SELECT id FROM person" + filter.Sql(), filter,
                 {{id.value(), &person}});
    return person;
  });
}

Status SqlitePersonStore::Update(const core::Person& person) {
  return Guard("updating a person", [&]() -> Status {
    SQLite::Statement update(
        db_,
        "UPDATE person SET given_name = ?, family_name = ?, display_name = ?, "
        "organisation = ?, role = ?, city = ?, languages = ?, notes = ?, "
        "first_met_at = ?, first_met_event_id = ?, archived = ?, "
        "created_at = ?, updated_at = ? WHERE id = ?");
    BindPerson(update, person);
    update.bind(14, person.id.value());
    update.exec();
    KNOTEN_RETURN_IF_ERROR(ExpectOneChange(db_, kPerson, person.id.value()));
    WriteChildren(db_, person);
    RefreshPersonSearch(db_, person.id);
    return OkStatus();
  });
}

Status SqlitePersonStore::Delete(PersonId id) {
  return Guard("deleting a person", [&]() -> Status {
    KNOTEN_RETURN_IF_ERROR(DeleteRow(db_, "person", kPerson, id.value()));
    SQLite::Statement search(db_, "DELETE FROM person_search WHERE rowid = ?");
    search.bind(1, id.value());
    search.exec();
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
    page.total = CountRows(db_, "FROM person p", where);
    const std::string order_and_page =
        " ORDER BY p.display_name COLLATE NOCASE, p.id" + PagingSql(paging);
    SQLite::Statement select(db_, std::string(kColumns) + "FROM person p" +
                                      where.Sql() + order_and_page);
    where.BindTo(select);
    while (select.executeStep()) page.items.push_back(ReadPerson(select));
    std::unordered_map<int64_t, core::Person*> by_id;
    for (core::Person& p : page.items) by_id[p.id.value()] = &p;
    if (!by_id.empty()) {
      ReadChildren(db_,
                   "SELECT p.id FROM person p" + where.Sql() + order_and_page,
                   where, by_id);
    }
    return page;
  });
}

Result<Page<PersonId>> SqlitePersonStore::Search(std::string_view query,
                                                 const Paging& paging) {
  return Guard("searching people", [&]() -> Result<Page<PersonId>> {
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
