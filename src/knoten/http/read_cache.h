// ReadCache: the API's answers to GET requests, kept per account and
// request target for as long as the data they were computed from is
// unchanged (store::Store::Version()), so that a page the app shows again
// (a person, a list) is answered from memory, and the browser's own copy
// is confirmed with 304 (ETag) instead of being sent again.
//
// Only successful answers (200) are kept. Bounded in entries and in bytes;
// the least recently used entry goes first. An entry of another version is
// never answered: it is replaced when the target is asked for again.
//
// Thread-safety: every method may be called from many threads at once.

#ifndef KNOTEN_HTTP_READ_CACHE_H_
#define KNOTEN_HTTP_READ_CACHE_H_

#include <cstddef>
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "knoten/http/message.h"

namespace knoten::http {

class ReadCache {
 public:
  struct Limits {
    size_t max_entries = 4096;
    size_t max_bytes = size_t{64} << 20U;  // bodies, 64 MiB
    size_t max_body = size_t{1} << 20U;    // larger answers are not kept
  };

  ReadCache() : ReadCache(Limits{}) {}
  explicit ReadCache(Limits limits) : limits_(limits) {}

  // The answer kept for `key` at `version`, with its ETag header.
  std::optional<Response> Find(const std::string& key, uint64_t version);
  // Keeps `response` (a 200) for `key` at `version`; sets its ETag header
  // (also on `response`) and returns whether it was kept.
  bool Put(const std::string& key, uint64_t version, Response& response);

  size_t size() const;
  size_t bytes() const;

 private:
  struct Entry {
    uint64_t version = 0;
    Response response;
    std::list<std::string>::iterator position;  // in recent_
  };
  void EraseLocked(std::unordered_map<std::string, Entry>::iterator it);

  const Limits limits_;
  mutable std::mutex mu_;
  std::unordered_map<std::string, Entry> entries_;
  std::list<std::string> recent_;  // keys, most recently used first
  size_t bytes_ = 0;
};

// Whether `request` names `etag` in If-None-Match (a list, or "*").
bool MatchesETag(const Request& request, std::string_view etag);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_READ_CACHE_H_
