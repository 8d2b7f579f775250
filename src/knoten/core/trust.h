// Trust (Vertrauen) in one person, derived from the shared history and
// never set by hand: it grows slowly (encounters, 1:1 meetings more than
// small talk, follow-ups that happened, promises kept, exchanges in both
// directions, time known), is capped per period so one good event cannot
// make a stranger trusted, drops fast on a broken promise or a declined
// introduction, and fades slowly without contact. docs/trust.md gives the
// formula, its reasoning and worked examples; every constant is here.
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_CORE_TRUST_H_
#define KNOTEN_CORE_TRUST_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "knoten/base/time.h"
#include "knoten/core/encounter.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/introduction.h"
#include "knoten/core/lang.h"
#include "knoten/core/ledger_entry.h"
#include "knoten/core/promise.h"

namespace knoten::core {

// The rules, in one place (docs/trust.md explains each).
struct TrustRules {
  int64_t period_days = 30;
  // Evidence points per signal.
  double small_talk = 1;
  double online = 1.5;
  double call = 2;
  double one_on_one = 3;
  double other_encounter = 1;
  double follow_up_happened = 3;
  double promise_kept = 3;
  double ledger_entry = 1;
  double both_ways = 2;  // once per period with something given AND received
  // Per period at most max_points count, each closing step of the distance
  // to 1: trust grows by at most step × max_points (0.15) of what is left.
  double max_points = 6;
  double step = 0.025;
  // Time known caps trust: ceiling_start at the first meeting, 1 after
  // ceiling_days.
  double ceiling_start = 0.2;
  int64_t ceiling_days = 540;
  // A breach keeps a share of trust and costs at least a minimum: a broken
  // promise halves trust and costs at least 0.15, twice what a kept promise
  // can earn (step × promise_kept), so one broken promise always outweighs
  // one kept promise.
  double broken_promise_keeps = 0.5;
  double broken_promise_min_loss = 0.15;
  double declined_introduction_keeps = 0.7;
  double declined_introduction_min_loss = 0.1;
  // After quiet_days without contact, each further period keeps fade_keeps.
  int64_t quiet_days = 90;
  double fade_keeps = 0.95;
};

inline constexpr TrustRules kTrustRules{};

enum class TrustSignalKind {
  kEncounter,
  kFollowUpHappened,
  kPromiseKept,
  kPromiseBroken,
  kGiven,
  kReceived,
  kIntroductionDeclined,
};

struct TrustSignal {
  Timestamp at;
  TrustSignalKind kind = TrustSignalKind::kEncounter;
  EncounterKind encounter_kind = EncounterKind::kSmallTalk;  // kEncounter
};

// The history with one person, collected from their records. Each Add
// takes `now` where the record does not say when it happened.
class TrustHistory {
 public:
  explicit TrustHistory(Timestamp known_since) : known_since_(known_since) {}

  void Add(const Encounter& encounter);
  // Counts only follow-ups that happened (done), at their due date.
  void Add(const FollowUp& follow_up, Timestamp now);
  // Kept and broken promises of either side, at their due date or, undated,
  // when recorded.
  void Add(const Promise& promise, Timestamp now);
  void Add(const LedgerEntry& entry);
  // Counts only declined introductions, when recorded.
  void Add(const Introduction& introduction);
  void Add(TrustSignal signal) { signals_.push_back(signal); }

  Timestamp known_since() const { return known_since_; }
  const std::vector<TrustSignal>& signals() const { return signals_; }

 private:
  Timestamp known_since_;
  std::vector<TrustSignal> signals_;
};

// One reason behind a trust level: what built it, what cost it, what caps
// it. The figures' meaning depends on the kind (see TrustReasonText).
enum class TrustReasonKind {
  kNoHistory,
  kKnown,       // count: months known; value: the cap of time known
  kEncounters,  // count; part: of them 1:1 meetings and calls
  kFollowUps,   // count that happened
  kKept,        // promises kept
  kExchanges,   // count: given; other: received; part: months both ways
  kBroken,      // promises broken; value: the share each one keeps
  kDeclined,    // introductions declined; value: the share each one keeps
  kCapped,      // count: months at the cap; value: the most a month adds
  kQuiet,       // count: months without contact
};

struct TrustReason {
  TrustReasonKind kind = TrustReasonKind::kNoHistory;
  int64_t count = 0;
  int64_t part = 0;
  int64_t other = 0;
  double value = 0;
};

struct Trust {
  double level = 0;  // 0..1
  std::vector<TrustReason> why;
  // The latest signal of contact (not a breach) up to now; empty: none.
  std::optional<Timestamp> last_contact;
};

// The reason as one sentence in `lang`, e.g. "2 promises kept" or
// "1 Zusage gebrochen: jede halbiert das Vertrauen".
std::string TrustReasonText(const TrustReason& reason, Lang lang);

Trust ComputeTrust(const TrustHistory& history, Timestamp now,
                   const TrustRules& rules = kTrustRules);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_TRUST_H_
