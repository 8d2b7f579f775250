// The accounts that may log in to the web app.

#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {

Result<AccountId> SqliteAccountStore::Create(const core::Account& account) {
  return Guard("creating an account", [&]() -> Result<AccountId> {
    CachedStatement taken =
        conn_.Prepare("SELECT 1 FROM account WHERE username = ?");
    BindText(*taken, 1, account.username);
    if (taken->executeStep()) {
      return AlreadyExistsError("The username '" + account.username +
                                "' is taken; choose another.");
    }
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO account(username, password_hash, created_at) "
        "VALUES (?, ?, ?)");
    BindText(*insert, 1, account.username);
    BindText(*insert, 2, account.password_hash);
    BindTime(*insert, 3, account.created_at);
    insert->exec();
    return AccountId(conn_.db().getLastInsertRowid());
  });
}

Result<core::Account> SqliteAccountStore::FindByUsername(
    std::string_view username) {
  return Guard("reading an account", [&]() -> Result<core::Account> {
    CachedStatement select = conn_.Prepare(
        "SELECT id, username, password_hash, created_at FROM account "
        "WHERE username = ?");
    BindText(*select, 1, username);
    if (!select->executeStep()) {
      return NotFoundError("There is no account '" + std::string(username) +
                           "'.");
    }
    core::Account account;
    account.id = AccountId(select->getColumn(0).getInt64());
    account.username = ReadText(*select, 1);
    account.password_hash = ReadText(*select, 2);
    account.created_at = ReadTime(*select, 3);
    return account;
  });
}

Result<int64_t> SqliteAccountStore::Count() {
  return Guard("counting accounts", [&]() -> Result<int64_t> {
    CachedStatement count = conn_.Prepare("SELECT count(*) FROM account");
    count->executeStep();
    return count->getColumn(0).getInt64();
  });
}

Status SqliteAccountStore::SetPasswordHash(AccountId id,
                                           const std::string& hash) {
  return Guard("changing a password", [&]() -> Status {
    CachedStatement update =
        conn_.Prepare("UPDATE account SET password_hash = ? WHERE id = ?");
    BindText(*update, 1, hash);
    update->bind(2, id.value());
    if (update->exec() == 0) {
      return NotFoundError("There is no account with id " +
                           std::to_string(id.value()) + ".");
    }
    return OkStatus();
  });
}

Status SqliteAccountStore::PutFeed(AccountId id, const std::string& token_hash,
                                   Timestamp created_at) {
  return Guard("saving a calendar feed", [&]() -> Status {
    CachedStatement upsert = conn_.Prepare(
        "INSERT INTO calendar_feed(account_id, token_hash, created_at) "
        "VALUES (?, ?, ?) ON CONFLICT(account_id) DO UPDATE SET "
        "token_hash = excluded.token_hash, created_at = excluded.created_at");
    upsert->bind(1, id.value());
    BindText(*upsert, 2, token_hash);
    BindTime(*upsert, 3, created_at);
    upsert->exec();
    return OkStatus();
  });
}

Status SqliteAccountStore::RemoveFeed(AccountId id) {
  return Guard("ending a calendar feed", [&]() -> Status {
    CachedStatement remove =
        conn_.Prepare("DELETE FROM calendar_feed WHERE account_id = ?");
    remove->bind(1, id.value());
    remove->exec();
    return OkStatus();
  });
}

Result<AccountId> SqliteAccountStore::FindFeed(const std::string& token_hash) {
  return Guard("reading a calendar feed", [&]() -> Result<AccountId> {
    CachedStatement select = conn_.Prepare(
        "SELECT account_id FROM calendar_feed WHERE token_hash = ?");
    BindText(*select, 1, token_hash);
    if (!select->executeStep()) {
      return NotFoundError("There is no calendar feed with this token.");
    }
    return AccountId(select->getColumn(0).getInt64());
  });
}

}  // namespace knoten::store::sqlite_internal
