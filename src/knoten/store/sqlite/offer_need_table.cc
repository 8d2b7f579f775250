// Offers and needs: the same shape apart from an offer's audience and a
// need's client. Both feed the owner's full-text search row.

#include <functional>
#include <string>
#include <utility>

#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr RecordKind kOffer{"offer", "offer"};
constexpr RecordKind kNeed{"need", "need"};

Filter OwnerWhere(const OwnerFilter& filter) {
  Filter where;
  switch (filter.scope) {
    case OwnerFilter::Scope::kAll:
      break;
    case OwnerFilter::Scope::kMine:
      where.Add("person_id IS NULL");
      break;
    case OwnerFilter::Scope::kPerson:
      where.Add("person_id = ?", {filter.person_id.value()});
      break;
  }
  if (filter.active_only) where.Add("active = 1");
  return where;
}

// `table` is "offer" or "need", never input.
std::optional<PersonId> OwnerOf(Connection& conn, const char* table,
                                int64_t id) {
  CachedStatement s = conn.Prepare(std::string("SELECT person_id FROM ") +
                                   table + " WHERE id = ?");
  s->bind(1, id);
  if (!s->executeStep()) return std::nullopt;
  return ReadOptionalId<PersonId>(*s, 0);
}

constexpr const char* kOfferColumns =
    "SELECT id, person_id, title, text, lang, audience, active, created_at "
    "FROM offer";

core::Offer ReadOffer(const SQLite::Statement& s) {
  core::Offer o;
  o.id = ReadId<OfferId>(s, 0);
  o.person_id = ReadOptionalId<PersonId>(s, 1);
  o.title = ReadText(s, 2);
  o.text = ReadText(s, 3);
  o.lang = ReadEnum<core::Lang>(s, 4, core::ParseLang);
  o.audience = ReadText(s, 5);
  o.active = s.getColumn(6).getInt() != 0;
  o.created_at = ReadTime(s, 7);
  return o;
}

void BindOffer(SQLite::Statement& s, const core::Offer& o) {
  BindId(s, 1, o.person_id);
  BindText(s, 2, o.title);
  BindText(s, 3, o.text);
  BindText(s, 4, core::LangName(o.lang.value_or(core::Lang::kDe)));
  BindText(s, 5, o.audience);
  s.bind(6, o.active ? 1 : 0);
  BindTime(s, 7, o.created_at);
}

constexpr const char* kNeedColumns =
    "SELECT id, person_id, title, text, lang, on_behalf_of_id, active, "
    "created_at FROM need";

core::Need ReadNeed(const SQLite::Statement& s) {
  core::Need n;
  n.id = ReadId<NeedId>(s, 0);
  n.person_id = ReadOptionalId<PersonId>(s, 1);
  n.title = ReadText(s, 2);
  n.text = ReadText(s, 3);
  n.lang = ReadEnum<core::Lang>(s, 4, core::ParseLang);
  n.on_behalf_of = ReadOptionalId<PersonId>(s, 5);
  n.active = s.getColumn(6).getInt() != 0;
  n.created_at = ReadTime(s, 7);
  return n;
}

void BindNeed(SQLite::Statement& s, const core::Need& n) {
  BindId(s, 1, n.person_id);
  BindText(s, 2, n.title);
  BindText(s, 3, n.text);
  BindText(s, 4, core::LangName(n.lang.value_or(core::Lang::kDe)));
  BindId(s, 5, n.on_behalf_of);
  s.bind(6, n.active ? 1 : 0);
  BindTime(s, 7, n.created_at);
}

// Hands each row of `columns` (a SELECT ... FROM table) that `filter` and
// `paging` select, in id order, read by `read`, to `visit` (as an rvalue).
template <typename T, typename Visit>
Status VisitRows(SQLite::Database& db, const char* columns,
                 const OwnerFilter& filter, const Paging& paging,
                 T (*read)(const SQLite::Statement&), const Visit& visit) {
  const Filter where = OwnerWhere(filter);
  SQLite::Statement select(db, std::string(columns) + where.Sql() +
                                   " ORDER BY id" + PagingSql(paging));
  where.BindTo(select);
  while (select.executeStep()) KNOTEN_RETURN_IF_ERROR(visit(read(select)));
  return OkStatus();
}

}  // namespace

Result<OfferId> SqliteOfferStore::Create(const core::Offer& offer) {
  return Guard("saving an offer", [&]() -> Result<OfferId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO offer(person_id, title, text, lang, audience, active, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    BindOffer(*insert, offer);
    insert->exec();
    const OfferId id(db_.getLastInsertRowid());
    conn_.MarkSearchDirty(offer.person_id);
    return id;
  });
}

Result<core::Offer> SqliteOfferStore::Get(OfferId id) {
  return Guard("reading an offer", [&]() -> Result<core::Offer> {
    CachedStatement select =
        conn_.Prepare(std::string(kOfferColumns) + " WHERE id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kOffer, id.value());
    return ReadOffer(*select);
  });
}

Status SqliteOfferStore::Update(const core::Offer& offer) {
  return Guard("updating an offer", [&]() -> Status {
    const auto old_owner = OwnerOf(conn_, "offer", offer.id.value());
    CachedStatement update = conn_.Prepare(
        "UPDATE offer SET person_id = ?, title = ?, text = ?, lang = ?, "
        "audience = ?, active = ?, created_at = ? WHERE id = ?");
    BindOffer(*update, offer);
    update->bind(8, offer.id.value());
    update->exec();
    KNOTEN_RETURN_IF_ERROR(ExpectOneChange(db_, kOffer, offer.id.value()));
    conn_.MarkSearchDirty(old_owner);
    conn_.MarkSearchDirty(offer.person_id);
    return OkStatus();
  });
}

Status SqliteOfferStore::Delete(OfferId id) {
  return Guard("deleting an offer", [&]() -> Status {
    const auto owner = OwnerOf(conn_, "offer", id.value());
    KNOTEN_RETURN_IF_ERROR(DeleteRow(db_, "offer", kOffer, id.value()));
    conn_.MarkSearchDirty(owner);
    return OkStatus();
  });
}

Result<Page<core::Offer>> SqliteOfferStore::List(const OwnerFilter& filter,
                                                 const Paging& paging) {
  return Guard("listing offers", [&]() -> Result<Page<core::Offer>> {
    Page<core::Offer> page;
    page.total = CountRows(db_, "FROM offer", OwnerWhere(filter));
    KNOTEN_RETURN_IF_ERROR(VisitRows(db_, kOfferColumns, filter, paging,
                                     &ReadOffer, [&](core::Offer&& o) {
                                       page.items.push_back(std::move(o));
                                       return OkStatus();
                                     }));
    return page;
  });
}

Status SqliteOfferStore::ForEach(
    const OwnerFilter& filter,
    const std::function<Status(const core::Offer&)>& visit) {
  return Guard("reading offers", [&]() -> Status {
    return VisitRows(db_, kOfferColumns, filter, {}, &ReadOffer, visit);
  });
}

Result<NeedId> SqliteNeedStore::Create(const core::Need& need) {
  return Guard("saving a need", [&]() -> Result<NeedId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO need(person_id, title, text, lang, on_behalf_of_id, "
        "active, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    BindNeed(*insert, need);
    insert->exec();
    const NeedId id(db_.getLastInsertRowid());
    conn_.MarkSearchDirty(need.person_id);
    return id;
  });
}

Result<core::Need> SqliteNeedStore::Get(NeedId id) {
  return Guard("reading a need", [&]() -> Result<core::Need> {
    CachedStatement select =
        conn_.Prepare(std::string(kNeedColumns) + " WHERE id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kNeed, id.value());
    return ReadNeed(*select);
  });
}

Status SqliteNeedStore::Update(const core::Need& need) {
  return Guard("updating a need", [&]() -> Status {
    const auto old_owner = OwnerOf(conn_, "need", need.id.value());
    CachedStatement update = conn_.Prepare(
        "UPDATE need SET person_id = ?, title = ?, text = ?, lang = ?, "
        "on_behalf_of_id = ?, active = ?, created_at = ? WHERE id = ?");
    BindNeed(*update, need);
    update->bind(8, need.id.value());
    update->exec();
    KNOTEN_RETURN_IF_ERROR(ExpectOneChange(db_, kNeed, need.id.value()));
    conn_.MarkSearchDirty(old_owner);
    conn_.MarkSearchDirty(need.person_id);
    return OkStatus();
  });
}

Status SqliteNeedStore::Delete(NeedId id) {
  return Guard("deleting a need", [&]() -> Status {
    const auto owner = OwnerOf(conn_, "need", id.value());
    KNOTEN_RETURN_IF_ERROR(DeleteRow(db_, "need", kNeed, id.value()));
    conn_.MarkSearchDirty(owner);
    return OkStatus();
  });
}

Result<Page<core::Need>> SqliteNeedStore::List(const OwnerFilter& filter,
                                               const Paging& paging) {
  return Guard("listing needs", [&]() -> Result<Page<core::Need>> {
    Page<core::Need> page;
    page.total = CountRows(db_, "FROM need", OwnerWhere(filter));
    KNOTEN_RETURN_IF_ERROR(VisitRows(db_, kNeedColumns, filter, paging,
                                     &ReadNeed, [&](core::Need&& n) {
                                       page.items.push_back(std::move(n));
                                       return OkStatus();
                                     }));
    return page;
  });
}

Status SqliteNeedStore::ForEach(
    const OwnerFilter& filter,
    const std::function<Status(const core::Need&)>& visit) {
  return Guard("reading needs", [&]() -> Status {
    return VisitRows(db_, kNeedColumns, filter, {}, &ReadNeed, visit);
  });
}

}  // namespace knoten::store::sqlite_internal
