// Accounts: the owner account that logs in to the web app, and checking a
// login. Sessions live in the server (http).
//
// Thread-safety: as the Store.

#ifndef KNOTEN_APP_ACCOUNTS_H_
#define KNOTEN_APP_ACCOUNTS_H_

#include <string>
#include <string_view>

#include "knoten/app/context.h"
#include "knoten/base/ids.h"
#include "knoten/base/result.h"

namespace knoten::app {

struct AccountSummary {
  AccountId id;
  std::string username;
};

// Creates the owner account. kInvalidArgument for a bad username or a weak
// password, kAlreadyExists if an owner account exists (one per database
// until community mode).
Result<AccountSummary> CreateOwnerAccount(Context& ctx,
                                          std::string_view username,
                                          std::string_view password);

// The account if `password` is its password; kUnauthenticated otherwise,
// with the same message whether the username or the password was wrong
// (and a hash computed either way, so that the time does not tell).
// Rehashes a hash made with weaker parameters than today's.
Result<AccountSummary> CheckLogin(Context& ctx, std::string_view username,
                                  std::string_view password);

// Gives the account `username` a new password (for a forgotten one, or the
// demo's one-time password). kNotFound if there is no such account,
// kInvalidArgument for a weak password.
Result<AccountSummary> SetAccountPassword(Context& ctx,
                                          std::string_view username,
                                          std::string_view password);

// Whether any account exists (the web app offers to create the owner on
// first visit from this computer when none does).
Result<bool> HasAccounts(Context& ctx);

}  // namespace knoten::app

#endif  // KNOTEN_APP_ACCOUNTS_H_
