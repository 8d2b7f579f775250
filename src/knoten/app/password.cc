#include "knoten/app/password.h"

#include <array>
#include <vector>

#include <sodium.h>

namespace knoten::app {

namespace {

bool SodiumReady() {
  // sodium_init() is thread-safe and may be called more than once.
  static const bool ready = sodium_init() >= 0;
  return ready;
}

}  // namespace

Result<std::string> HashPassword(std::string_view password) {
  if (!SodiumReady()) return InternalError("libsodium could not start.");
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (crypto_pwhash_str_alg(hash.data(), password.data(), password.size(),
                            kPasswordPasses, kPasswordMemoryBytes,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    return InternalError(
        "Hashing the password ran out of memory; free some and retry.");
  }
  return std::string(hash.data());
}

bool VerifyPassword(std::string_view password, const std::string& hash) {
  if (!SodiumReady()) return false;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(),
                                  password.size()) == 0;
}

bool NeedsRehash(const std::string& hash) {
  if (!SodiumReady()) return false;
  return crypto_pwhash_str_needs_rehash(hash.c_str(), kPasswordPasses,
                                        kPasswordMemoryBytes) != 0;
}

bool SameToken(std::string_view a, std::string_view b) {
  return a.size() == b.size() && !a.empty() && SodiumReady() &&
         sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string RandomToken(size_t bytes) {
  // randombytes_buf needs no sodium_init() for correctness, but call it
  // so that the generator is seeded once, early.
  SodiumReady();
  std::vector<unsigned char> raw(bytes);
  randombytes_buf(raw.data(), raw.size());
  std::string hex(bytes * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
  hex.pop_back();
  return hex;
}

std::string TokenHash(std::string_view token) {
  SodiumReady();
  std::array<unsigned char, crypto_generichash_BYTES> raw{};
  crypto_generichash(raw.data(), raw.size(),
                     reinterpret_cast<const unsigned char*>(token.data()),
                     token.size(), nullptr, 0);
  std::string hex(raw.size() * 2 + 1, '\0');
  sodium_bin2hex(hex.data(), hex.size(), raw.data(), raw.size());
  hex.pop_back();
  return hex;
}

}  // namespace knoten::app
