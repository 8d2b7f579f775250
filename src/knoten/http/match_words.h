// MatchWords: the matching engine's word lists (app::MatchLexicon), loaded
// on a thread of their own when the server starts, so that no request waits
// for them: until they are there, Get() answers nullptr and the API says
// the suggestions are still being prepared.
//
// Thread-safety: Get() may be called from any thread.

#ifndef KNOTEN_HTTP_MATCH_WORDS_H_
#define KNOTEN_HTTP_MATCH_WORDS_H_

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

#include "knoten/app/match_eval.h"
#include "knoten/app/suggestions.h"
#include "knoten/base/result.h"

namespace knoten::http {

class MatchWords {
 public:
  using Loader = std::function<Result<std::unique_ptr<app::MatchLexicon>>()>;

  // Starts `load` on a new thread.
  explicit MatchWords(Loader load);
  MatchWords(const MatchWords&) = delete;
  MatchWords& operator=(const MatchWords&) = delete;
  // Waits for the loading thread.
  ~MatchWords();

  // The word lists; nullptr while they load; the error that stopped them.
  Result<const app::MatchLexicon*> Get() const;
  // Whether Get() answers the word lists.
  bool ready() const;
  // The word lists as the app asks for them: while they load (or if they
  // failed) none at all, so that a page never waits; the matching then
  // finds the same words and stems only.
  app::LexiconSource ReadyOrNone() const;

 private:
  mutable std::mutex mu_;
  std::unique_ptr<app::MatchLexicon> lexicon_;
  std::optional<Error> error_;
  std::thread thread_;
};

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_MATCH_WORDS_H_
