#include "knoten/http/read_cache.h"

#include <utility>

#include "knoten/http/etag.h"

namespace knoten::http {

std::optional<Response> ReadCache::Find(const std::string& key,
                                        uint64_t version) {
  const std::lock_guard<std::mutex> lock(mu_);
  auto it = entries_.find(key);
  if (it == entries_.end() || it->second.version != version) {
    return std::nullopt;
  }
  recent_.splice(recent_.begin(), recent_, it->second.position);
  return it->second.response;
}

bool ReadCache::Put(const std::string& key, uint64_t version,
                    Response& response) {
  // A body in a file is large by design: it stays out of memory.
  if (response.status != 200 || response.body_file) return false;
  response.headers.Set("ETag", ContentETag(response.body));
  const size_t size = response.body.size();
  if (size > limits_.max_body || size > limits_.max_bytes) return false;
  const std::lock_guard<std::mutex> lock(mu_);
  if (auto it = entries_.find(key); it != entries_.end()) EraseLocked(it);
  while (!recent_.empty() && (entries_.size() >= limits_.max_entries ||
                              bytes_ + size > limits_.max_bytes)) {
    EraseLocked(entries_.find(recent_.back()));
  }
  if (limits_.max_entries == 0) return false;
  recent_.push_front(key);
  entries_.emplace(key, Entry{.version = version,
                              .response = response,
                              .position = recent_.begin()});
  bytes_ += size;
  return true;
}

void ReadCache::EraseLocked(
    std::unordered_map<std::string, Entry>::iterator it) {
  bytes_ -= it->second.response.body.size();
  recent_.erase(it->second.position);
  entries_.erase(it);
}

size_t ReadCache::size() const {
  const std::lock_guard<std::mutex> lock(mu_);
  return entries_.size();
}

size_t ReadCache::bytes() const {
  const std::lock_guard<std::mutex> lock(mu_);
  return bytes_;
}

bool MatchesETag(const Request& request, std::string_view etag) {
  const auto if_none_match = request.headers.Get("If-None-Match");
  return if_none_match && ETagMatches(*if_none_match, etag);
}

}  // namespace knoten::http
