// Password hashing and random tokens, with libsodium (only in password.cc).
// Passwords are hashed with Argon2id at 19 MiB of memory and 2 passes (the
// OWASP minimum) and stored as libsodium's encoded string, which carries
// the parameters, so that a later, stronger setting can rehash at login.
//
// Thread-safety: all functions may be called from many threads.

#ifndef KNOTEN_APP_PASSWORD_H_
#define KNOTEN_APP_PASSWORD_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "knoten/base/result.h"

namespace knoten::app {

inline constexpr size_t kPasswordMemoryBytes = size_t{19} << 20U;
inline constexpr unsigned kPasswordPasses = 2;

// kInternal if libsodium cannot start or runs out of memory.
Result<std::string> HashPassword(std::string_view password);

// Whether `password` matches `hash` (in constant time for a given hash).
// False for a malformed hash.
bool VerifyPassword(std::string_view password, const std::string& hash);

// Whether `hash` was made with weaker parameters than today's.
bool NeedsRehash(const std::string& hash);

// Whether two tokens are equal and not empty, in time that does not depend
// on where they differ.
bool SameToken(std::string_view a, std::string_view b);

// `bytes` random bytes from the system's generator, as 2*bytes lower-case
// hex digits (session ids, CSRF tokens, one-time passwords).
std::string RandomToken(size_t bytes);

// A one-way hash of a random token, as 64 lower-case hex digits (BLAKE2b,
// 32 bytes): what is kept of a token that is looked up later (calendar
// feeds), so that the database does not give the token away.
std::string TokenHash(std::string_view token);

}  // namespace knoten::app

#endif  // KNOTEN_APP_PASSWORD_H_
