// Account: someone who may log in to knoten's web app. For now there is one,
// the owner (`knoten init --password-stdin`); community mode adds members.
// The password is never stored, only its Argon2id hash (app/password.h).
//
// Thread-safety: plain value type and pure functions.

#ifndef KNOTEN_CORE_ACCOUNT_H_
#define KNOTEN_CORE_ACCOUNT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

inline constexpr size_t kMinPasswordLength = 10;   // characters (code points)
inline constexpr size_t kMaxPasswordBytes = 1024;  // hashing has a cost

struct Account {
  AccountId id;
  std::string username;       // 1–64 of a-z, 0-9, ".", "-", "_"; lower case
  std::string password_hash;  // libsodium's encoded Argon2id string
  Timestamp created_at;
};

// Returns `username` trimmed and lower-cased, or kInvalidArgument naming the
// rule it breaks.
Result<std::string> NormalizeUsername(std::string_view username);

// kInvalidArgument unless `password` is valid UTF-8 of at least
// kMinPasswordLength characters and at most kMaxPasswordBytes bytes. No
// other composition rules (NIST SP 800-63B).
Status CheckPassword(std::string_view password);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_ACCOUNT_H_
