#include "knoten/http/sessions.h"

#include "knoten/app/password.h"

namespace knoten::http {

namespace {

constexpr size_t kIdBytes = 32;
constexpr size_t kCsrfBytes = 32;
constexpr int64_t kSweepSeconds = 3600;

bool Expired(const Session& session, Timestamp now) {
  return now.unix_seconds() - session.last_seen.unix_seconds() >
             SessionTable::kIdleSeconds ||
         now.unix_seconds() - session.created_at.unix_seconds() >
             SessionTable::kLifetimeSeconds;
}

}  // namespace

std::pair<std::string, Session> SessionTable::Start(
    AccountId account, const std::string& username) {
  const Timestamp now = clock_.Now();
  std::string id = app::RandomToken(kIdBytes);
  Session session{.account = account,
                  .username = username,
                  .csrf_token = app::RandomToken(kCsrfBytes),
                  .created_at = now,
                  .last_seen = now};
  std::lock_guard lock(mutex_);
  ForgetExpired(now);
  sessions_.insert_or_assign(id, session);
  return {std::move(id), std::move(session)};
}

std::optional<Session> SessionTable::Find(const std::string& id) {
  const Timestamp now = clock_.Now();
  std::lock_guard lock(mutex_);
  auto it = sessions_.find(id);
  if (it == sessions_.end()) return std::nullopt;
  if (Expired(it->second, now)) {
    sessions_.erase(it);
    return std::nullopt;
  }
  it->second.last_seen = now;
  return it->second;
}

bool SessionTable::End(const std::string& id) {
  std::lock_guard lock(mutex_);
  return sessions_.erase(id) > 0;
}

void SessionTable::ForgetExpired(Timestamp now) {
  if (now.unix_seconds() - last_sweep_.unix_seconds() < kSweepSeconds) return;
  last_sweep_ = now;
  std::erase_if(sessions_,
                [&](const auto& entry) { return Expired(entry.second, now); });
}

}  // namespace knoten::http
