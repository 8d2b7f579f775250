// BackgroundSuggestions: the matching engine's suggestions (app::Suggest),
// worked out in the server's kept app::MatchIndex (shared with the
// relationship figures) on a thread of their own once the word lists are
// loaded and
// again whenever the data changed (store::Store::Version(), checked every
// kPollInterval and at once after Poke()), so that no request waits for
// the matching: GET /today and /suggestions answer with the latest result.
// On a large network a run takes a while; until it is done, the previous
// result is answered. The thread stops (a run is cancelled between needs)
// when the object is destroyed.
//
// Thread-safety: Latest() and Poke() may be called from any thread.

#ifndef KNOTEN_HTTP_BACKGROUND_SUGGESTIONS_H_
#define KNOTEN_HTTP_BACKGROUND_SUGGESTIONS_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "knoten/app/context.h"
#include "knoten/app/match_index.h"
#include "knoten/app/suggestions.h"
#include "knoten/base/result.h"
#include "knoten/http/match_words.h"

namespace knoten::http {

class BackgroundSuggestions {
 public:
  static constexpr std::chrono::milliseconds kPollInterval{500};
  // The best this many of every section are kept (and answered).
  static constexpr size_t kPerSection = 200;

  // `ctx`, `words` and `index` must outlive this object.
  BackgroundSuggestions(app::Context& ctx, const MatchWords& words,
                        app::MatchIndex& index);
  BackgroundSuggestions(const BackgroundSuggestions&) = delete;
  BackgroundSuggestions& operator=(const BackgroundSuggestions&) = delete;
  ~BackgroundSuggestions();

  // The latest suggestions; nullptr until the first run finished; the
  // error that stopped the word lists or the last run.
  Result<std::shared_ptr<const app::Suggestions>> Latest() const;
  // The data changed: look at once instead of at the next poll.
  void Poke();

 private:
  void Run();
  // One look: works the suggestions out if the data changed since the
  // last successful run (`done_at`).
  void Step(std::optional<uint64_t>& done_at);
  bool Stopping() const;

  app::Context& ctx_;
  const MatchWords& words_;
  app::MatchIndex& index_;
  mutable std::mutex mu_;
  std::condition_variable wake_;
  bool stop_ = false;
  bool poked_ = false;
  std::shared_ptr<const app::Suggestions> latest_;
  std::optional<Error> error_;
  std::thread thread_;  // last: starts when everything above is ready
};

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_BACKGROUND_SUGGESTIONS_H_
