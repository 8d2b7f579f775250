// Networks and memberships.

#include <string>

#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr RecordKind kNetwork{"network", "network"};
constexpr RecordKind kMembership{"membership", "network"};

constexpr const char* kColumns =
    "SELECT id, name, kind, url, yearly_fee_cents, currency, cadence, notes, "
    "created_at FROM network";

core::Network ReadNetwork(const SQLite::Statement& s) {
  core::Network n;
  n.id = ReadId<NetworkId>(s, 0);
  n.name = ReadText(s, 1);
  n.kind = ReadEnum<core::NetworkKind>(s, 2, core::ParseNetworkKind);
  n.url = ReadText(s, 3);
  n.yearly_fee_cents = s.getColumn(4).getInt64();
  n.currency = ReadText(s, 5);
  n.cadence = ReadEnum<core::Cadence>(s, 6, core::ParseCadence);
  n.notes = ReadText(s, 7);
  n.created_at = ReadTime(s, 8);
  return n;
}

void BindNetwork(SQLite::Statement& s, const core::Network& n) {
  BindText(s, 1, n.name);
  BindText(s, 2, core::NetworkKindName(n.kind));
  BindText(s, 3, n.url);
  s.bind(4, n.yearly_fee_cents);
  BindText(s, 5, n.currency);
  BindText(s, 6, core::CadenceName(n.cadence));
  BindText(s, 7, n.notes);
  BindTime(s, 8, n.created_at);
}

std::vector<core::Membership> ReadMemberships(SQLite::Statement& s) {
  std::vector<core::Membership> memberships;
  while (s.executeStep()) {
    core::Membership m;
    m.id = ReadId<MembershipId>(s, 0);
    m.network_id = ReadId<NetworkId>(s, 1);
    m.person_id = ReadOptionalId<PersonId>(s, 2);
    m.since = ReadOptionalTime(s, 3);
    m.role = ReadText(s, 4);
    memberships.push_back(std::move(m));
  }
  return memberships;
}

constexpr const char* kMembershipColumns =
    "SELECT id, network_id, person_id, since, role FROM membership";

}  // namespace

Result<NetworkId> SqliteNetworkStore::Create(const core::Network& network) {
  return Guard("saving a network", [&]() -> Result<NetworkId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO network(name, kind, url, yearly_fee_cents, currency, "
        "cadence, notes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    BindNetwork(*insert, network);
    insert->exec();
    return NetworkId(db_.getLastInsertRowid());
  });
}

Result<core::Network> SqliteNetworkStore::Get(NetworkId id) {
  return Guard("reading a network", [&]() -> Result<core::Network> {
    CachedStatement select =
        conn_.Prepare(std::string(kColumns) + " WHERE id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kNetwork, id.value());
    return ReadNetwork(*select);
  });
}

Status SqliteNetworkStore::Update(const core::Network& network) {
  return Guard("updating a network", [&]() -> Status {
    CachedStatement update = conn_.Prepare(
        "UPDATE network SET name = ?, kind = ?, url = ?, yearly_fee_cents = ?, "
        "currency = ?, cadence = ?, notes = ?, created_at = ? WHERE id = ?");
    BindNetwork(*update, network);
    update->bind(9, network.id.value());
    update->exec();
    return ExpectOneChange(db_, kNetwork, network.id.value());
  });
}

Status SqliteNetworkStore::Delete(NetworkId id) {
  return Guard("deleting a network", [&]() -> Status {
    return DeleteRow(db_, "network", kNetwork, id.value());
  });
}

Result<Page<core::Network>> SqliteNetworkStore::List(const Paging& paging) {
  return Guard("listing networks", [&]() -> Result<Page<core::Network>> {
    Page<core::Network> page;
    page.total = CountRows(db_, "FROM network", Filter{});
    SQLite::Statement select(db_, std::string(kColumns) +
                                      " ORDER BY name COLLATE NOCASE, id" +
                                      PagingSql(paging));
    while (select.executeStep()) page.items.push_back(ReadNetwork(select));
    return page;
  });
}

Result<MembershipId> SqliteNetworkStore::AddMembership(
    const core::Membership& membership) {
  return Guard("adding a membership", [&]() -> Result<MembershipId> {
    CachedStatement exists = conn_.Prepare(
        "SELECT 1 FROM membership WHERE network_id = ? AND person_id IS ?");
    BindId(*exists, 1, membership.network_id);
    BindId(*exists, 2, membership.person_id);
    if (exists->executeStep()) {
      return AlreadyExistsError(
          std::string(membership.person_id ? "This person is" : "You are") +
          " already a member of network " +
          std::to_string(membership.network_id.value()) + ".");
    }
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO membership(network_id, person_id, "
        "since, role) VALUES (?, ?, ?, ?)");
    BindId(*insert, 1, membership.network_id);
    BindId(*insert, 2, membership.person_id);
    BindTime(*insert, 3, membership.since);
    BindText(*insert, 4, membership.role);
    insert->exec();
    return MembershipId(db_.getLastInsertRowid());
  });
}

Status SqliteNetworkStore::RemoveMembership(MembershipId id) {
  return Guard("removing a membership", [&]() -> Status {
    return DeleteRow(db_, "membership", kMembership, id.value());
  });
}

Result<std::vector<core::Membership>> SqliteNetworkStore::Memberships(
    NetworkId network_id) {
  return Guard(
      "listing memberships", [&]() -> Result<std::vector<core::Membership>> {
        CachedStatement select =
            conn_.Prepare(std::string(kMembershipColumns) +
                          " WHERE network_id = ? ORDER BY person_id IS "
                          "NOT NULL, id");
        select->bind(1, network_id.value());
        return ReadMemberships(*select);
      });
}

Result<std::vector<core::Membership>> SqliteNetworkStore::MembershipsOf(
    std::optional<PersonId> person_id) {
  return Guard("listing memberships",
               [&]() -> Result<std::vector<core::Membership>> {
                 CachedStatement select =
                     conn_.Prepare(std::string(kMembershipColumns) +
                                   " WHERE person_id IS ? ORDER BY id");
                 BindId(*select, 1, person_id);
                 return ReadMemberships(*select);
               });
}

}  // namespace knoten::store::sqlite_internal
