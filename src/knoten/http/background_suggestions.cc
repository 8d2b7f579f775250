#include "knoten/http/background_suggestions.h"

#include <utility>

#include "knoten/http/free_memory.h"

namespace knoten::http {

BackgroundSuggestions::BackgroundSuggestions(app::Context& ctx,
                                             const MatchWords& words,
                                             app::MatchIndex& index)
    : ctx_(ctx), words_(words), index_(index), thread_([this] { Run(); }) {}

BackgroundSuggestions::~BackgroundSuggestions() {
  {
    const std::lock_guard lock(mu_);
    stop_ = true;
  }
  wake_.notify_all();
  thread_.join();
}

Result<std::shared_ptr<const app::Suggestions>> BackgroundSuggestions::Latest()
    const {
  const std::lock_guard lock(mu_);
  if (error_ && latest_ == nullptr) return *error_;
  return latest_;
}

void BackgroundSuggestions::Poke() {
  {
    const std::lock_guard lock(mu_);
    poked_ = true;
  }
  wake_.notify_all();
}

bool BackgroundSuggestions::Stopping() const {
  const std::lock_guard lock(mu_);
  return stop_;
}

void BackgroundSuggestions::Run() {
  std::optional<uint64_t> done_at;
  std::unique_lock lock(mu_);
  while (!stop_) {
    poked_ = false;
    lock.unlock();
    Step(done_at);
    lock.lock();
    wake_.wait_for(lock, kPollInterval, [this] { return stop_ || poked_; });
  }
}

void BackgroundSuggestions::Step(std::optional<uint64_t>& done_at) {
  auto words = words_.Get();
  if (!words || *words == nullptr) {
    const std::lock_guard lock(mu_);
    if (!words) error_ = words.error();
    return;  // failed for good, or still loading
  }
  auto version = ctx_.store.Version();
  if (!version || *version == done_at) return;
  const app::SuggestOptions options{.keep_first = kPerSection,
                                    .cancelled = [this] { return Stopping(); }};
  auto suggestions = app::Suggest(ctx_, index_, options);
  {
    const std::lock_guard lock(mu_);
    if (suggestions) {
      latest_ = std::make_shared<const app::Suggestions>(
          std::move(suggestions).value());
      error_.reset();
      done_at = *version;
    } else if (suggestions.error().code != ErrorCode::kAborted) {
      error_ = suggestions.error();
    }
  }
  ReturnFreedMemory();
}

}  // namespace knoten::http
