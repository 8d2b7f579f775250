#include "knoten/http/match_words.h"

#include <utility>

#include "knoten/http/free_memory.h"

namespace knoten::http {

MatchWords::MatchWords(Loader load)
    : thread_([this, load = std::move(load)] {
        auto loaded = load();
        // Loading parses each list into maps before packing it: give
        // what they took back before anything else grows.
        ReturnFreedMemory();
        const std::lock_guard lock(mu_);
        if (loaded) {
          lexicon_ = std::move(*loaded);
        } else {
          error_ = loaded.error();
        }
      }) {}

MatchWords::~MatchWords() { thread_.join(); }

Result<const app::MatchLexicon*> MatchWords::Get() const {
  const std::lock_guard lock(mu_);
  if (error_) return *error_;
  return static_cast<const app::MatchLexicon*>(lexicon_.get());
}

bool MatchWords::ready() const {
  const std::lock_guard lock(mu_);
  return lexicon_ != nullptr;
}

app::LexiconSource MatchWords::ReadyOrNone() const {
  return [this]() -> Result<match::Lexicon> {
    const std::lock_guard lock(mu_);
    if (lexicon_ == nullptr) return match::Lexicon{};
    return lexicon_->view();
  };
}

}  // namespace knoten::http
