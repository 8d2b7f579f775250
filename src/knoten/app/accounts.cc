#include "knoten/app/accounts.h"

#include <utility>

#include "knoten/app/password.h"
#include "knoten/core/account.h"

namespace knoten::app {

namespace {

Error WrongLogin() {
  return UnauthenticatedError(
      "The username or the password is wrong; check both and retry.");
}

// A hash of a password nobody has, checked when the username is unknown so
// that an unknown name takes as long as a wrong password.
const std::string& DecoyHash() {
  static const std::string decoy = [] {
    auto hash = HashPassword(RandomToken(16));
    return hash ? *hash : std::string();
  }();
  return decoy;
}

struct Credentials {
  std::string username;  // normalised
  std::string hash;
};

// Checks the username and the password and hashes the password. Hashing
// takes a while: callers do it before their transaction.
Result<Credentials> PrepareCredentials(std::string_view username,
                                       std::string_view password) {
  KNOTEN_ASSIGN_OR_RETURN(std::string name, core::NormalizeUsername(username));
  KNOTEN_RETURN_IF_ERROR(core::CheckPassword(password));
  KNOTEN_ASSIGN_OR_RETURN(std::string hash, HashPassword(password));
  return Credentials{.username = std::move(name), .hash = std::move(hash)};
}

}  // namespace

Result<AccountSummary> CreateOwnerAccount(Context& ctx,
                                          std::string_view username,
                                          std::string_view password) {
  KNOTEN_ASSIGN_OR_RETURN(Credentials credentials,
                          PrepareCredentials(username, password));
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<AccountSummary> {
    KNOTEN_ASSIGN_OR_RETURN(const int64_t accounts, tx.accounts().Count());
    if (accounts > 0) {
      return AlreadyExistsError(
          "The owner account exists already; log in with it.");
    }
    core::Account account{.username = credentials.username,
                          .password_hash = credentials.hash,
                          .created_at = ctx.clock.Now()};
    KNOTEN_ASSIGN_OR_RETURN(const AccountId id, tx.accounts().Create(account));
    return AccountSummary{.id = id, .username = credentials.username};
  });
}

Result<AccountSummary> CheckLogin(Context& ctx, std::string_view username,
                                  std::string_view password) {
  auto name = core::NormalizeUsername(username);
  if (!name || password.size() > core::kMaxPasswordBytes) {
    VerifyPassword(password.substr(0, core::kMaxPasswordBytes), DecoyHash());
    return WrongLogin();
  }
  auto account = InRead(ctx, [&](store::Transaction& tx) {
    return tx.accounts().FindByUsername(*name);
  });
  if (!account) {
    if (account.error().code != ErrorCode::kNotFound) {
      return std::move(account).error();
    }
    VerifyPassword(password, DecoyHash());
    return WrongLogin();
  }
  if (!VerifyPassword(password, account->password_hash)) return WrongLogin();
  if (NeedsRehash(account->password_hash)) {
    KNOTEN_ASSIGN_OR_RETURN(std::string hash, HashPassword(password));
    KNOTEN_RETURN_IF_ERROR(InWrite(ctx, [&](store::Transaction& tx) {
      return tx.accounts().SetPasswordHash(account->id, hash);
    }));
  }
  return AccountSummary{.id = account->id, .username = account->username};
}

Result<AccountSummary> SetAccountPassword(Context& ctx,
                                          std::string_view username,
                                          std::string_view password) {
  KNOTEN_ASSIGN_OR_RETURN(Credentials credentials,
                          PrepareCredentials(username, password));
  const std::string& name = credentials.username;
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<AccountSummary> {
    auto account = tx.accounts().FindByUsername(name);
    if (!account && account.error().code == ErrorCode::kNotFound) {
      return NotFoundError("There is no account '" + name +
                           "'; create it with 'knoten init --user " + name +
                           " --password-stdin'.");
    }
    if (!account) return std::move(account).error();
    KNOTEN_RETURN_IF_ERROR(
        tx.accounts().SetPasswordHash(account->id, credentials.hash));
    return AccountSummary{.id = account->id, .username = account->username};
  });
}

Result<bool> HasAccounts(Context& ctx) {
  KNOTEN_ASSIGN_OR_RETURN(const int64_t count,
                          InRead(ctx, [](store::Transaction& tx) {
                            return tx.accounts().Count();
                          }));
  return count > 0;
}

}  // namespace knoten::app
