// The give-and-take ledger.

#include <string>

#include "knoten/store/sqlite/internal/rows.h"
#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr RecordKind kLedgerEntry{"ledger entry", "ledger"};

constexpr const char* kColumns =
    "SELECT id, occurred_at, direction, kind, person_id, text, "
    "referral_status, business_value_cents, currency, introduction_id FROM "
    "ledger_entry";

void BindEntry(SQLite::Statement& s, const core::LedgerEntry& e) {
  BindTime(s, 1, e.occurred_at);
  BindText(s, 2, core::DirectionName(e.direction));
  BindText(s, 3, core::LedgerKindName(e.kind));
  BindId(s, 4, e.person_id);
  BindText(s, 5, e.text);
  if (e.referral_status) {
    BindText(s, 6, core::ReferralStatusName(*e.referral_status));
  } else {
    s.bind(6);
  }
  BindOptionalInt(s, 7, e.business_value_cents);
  BindText(s, 8, e.currency);
  BindId(s, 9, e.introduction_id);
}

}  // namespace

core::LedgerEntry ReadLedgerEntry(const SQLite::Statement& s) {
  core::LedgerEntry e;
  e.id = ReadId<LedgerEntryId>(s, 0);
  e.occurred_at = ReadTime(s, 1);
  e.direction = ReadEnum<core::Direction>(s, 2, core::ParseDirection);
  e.kind = ReadEnum<core::LedgerKind>(s, 3, core::ParseLedgerKind);
  e.person_id = ReadId<PersonId>(s, 4);
  e.text = ReadText(s, 5);
  if (!s.getColumn(6).isNull()) {
    e.referral_status =
        ReadEnum<core::ReferralStatus>(s, 6, core::ParseReferralStatus);
  }
  e.business_value_cents = ReadOptionalInt(s, 7);
  e.currency = ReadText(s, 8);
  e.introduction_id = ReadOptionalId<IntroductionId>(s, 9);
  return e;
}

Result<LedgerEntryId> SqliteLedgerStore::Create(
    const core::LedgerEntry& entry) {
  return Guard("saving a ledger entry", [&]() -> Result<LedgerEntryId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO ledger_entry(occurred_at, direction, kind, person_id, "
        "text, referral_status, business_value_cents, currency, "
        "introduction_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    BindEntry(*insert, entry);
    insert->exec();
    return LedgerEntryId(db_.getLastInsertRowid());
  });
}

Result<core::LedgerEntry> SqliteLedgerStore::Get(LedgerEntryId id) {
  return Guard("reading a ledger entry", [&]() -> Result<core::LedgerEntry> {
    CachedStatement select =
        conn_.Prepare(std::string(kColumns) + " WHERE id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kLedgerEntry, id.value());
    return ReadLedgerEntry(*select);
  });
}

Status SqliteLedgerStore::Update(const core::LedgerEntry& entry) {
  return Guard("updating a ledger entry", [&]() -> Status {
    CachedStatement update = conn_.Prepare(
        "UPDATE ledger_entry SET occurred_at = ?, direction = ?, kind = ?, "
        "person_id = ?, text = ?, referral_status = ?, "
        "business_value_cents = ?, currency = ?, introduction_id = ? WHERE "
        "id = ?");
    BindEntry(*update, entry);
    update->bind(10, entry.id.value());
    update->exec();
    return ExpectOneChange(db_, kLedgerEntry, entry.id.value());
  });
}

Status SqliteLedgerStore::Delete(LedgerEntryId id) {
  return Guard("deleting a ledger entry", [&]() -> Status {
    return DeleteRow(db_, "ledger_entry", kLedgerEntry, id.value());
  });
}

Result<Page<core::LedgerEntry>> SqliteLedgerStore::List(
    const LedgerFilter& filter, const Paging& paging) {
  return Guard("listing the ledger", [&]() -> Result<Page<core::LedgerEntry>> {
    Filter where;
    if (filter.person_id) {
      where.Add("person_id = ?", {filter.person_id->value()});
    }
    if (filter.direction) {
      where.Add("direction = ?",
                {std::string(core::DirectionName(*filter.direction))});
    }
    if (filter.introduction_id) {
      where.Add("introduction_id = ?", {filter.introduction_id->value()});
    }
    if (filter.from) {
      where.Add("occurred_at >= ?", {filter.from->unix_seconds()});
    }
    Page<core::LedgerEntry> page;
    page.total = CountRows(db_, "FROM ledger_entry", where);
    SQLite::Statement select(db_, std::string(kColumns) + where.Sql() +
                                      " ORDER BY occurred_at DESC, id DESC" +
                                      PagingSql(paging));
    where.BindTo(select);
    while (select.executeStep()) page.items.push_back(ReadLedgerEntry(select));
    return page;
  });
}

}  // namespace knoten::store::sqlite_internal
