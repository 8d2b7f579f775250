#include "knoten/core/trust.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace knoten::core {
namespace {

double EncounterPoints(EncounterKind kind, const TrustRules& rules) {
  switch (kind) {
    case EncounterKind::kSmallTalk:
      return rules.small_talk;
    case EncounterKind::kOneOnOne:
      return rules.one_on_one;
    case EncounterKind::kCall:
      return rules.call;
    case EncounterKind::kOnline:
      return rules.online;
    case EncounterKind::kOther:
      return rules.other_encounter;
  }
  return rules.other_encounter;
}

double Points(const TrustSignal& s, const TrustRules& rules) {
  switch (s.kind) {
    case TrustSignalKind::kEncounter:
      return EncounterPoints(s.encounter_kind, rules);
    case TrustSignalKind::kFollowUpHappened:
      return rules.follow_up_happened;
    case TrustSignalKind::kPromiseKept:
      return rules.promise_kept;
    case TrustSignalKind::kGiven:
    case TrustSignalKind::kReceived:
      return rules.ledger_entry;
    case TrustSignalKind::kPromiseBroken:
    case TrustSignalKind::kIntroductionDeclined:
      return 0;
  }
  return 0;
}

bool IsContact(TrustSignalKind kind) {
  return kind != TrustSignalKind::kPromiseBroken &&
         kind != TrustSignalKind::kIntroductionDeclined;
}

// Trust after `breach`: a share kept, and at least the minimum lost.
double Breach(const TrustSignal& breach, double level,
              const TrustRules& rules) {
  const bool broken = breach.kind == TrustSignalKind::kPromiseBroken;
  const double keeps =
      broken ? rules.broken_promise_keeps : rules.declined_introduction_keeps;
  const double min_loss = broken ? rules.broken_promise_min_loss
                                 : rules.declined_introduction_min_loss;
  return std::max(0.0, std::min(level * keeps, level - min_loss));
}

// The cap that time known puts on trust after `days`.
double Ceiling(int64_t days, const TrustRules& rules) {
  if (days >= rules.ceiling_days) return 1;
  return rules.ceiling_start +
         (1 - rules.ceiling_start) *
             static_cast<double>(std::max<int64_t>(days, 0)) /
             static_cast<double>(rules.ceiling_days);
}

Timestamp AtOrBefore(Timestamp t, Timestamp now) { return std::min(t, now); }

// What the why-sentences tell, counted over the whole history.
struct Tally {
  int64_t encounters = 0;
  int64_t deep_encounters = 0;  // 1:1 meetings and calls
  int64_t follow_ups = 0;
  int64_t kept = 0;
  int64_t broken = 0;
  int64_t given = 0;
  int64_t received = 0;
  int64_t both_ways_periods = 0;
  int64_t declined = 0;
  int64_t capped_periods = 0;
  int64_t faded_periods = 0;

  void Count(const TrustSignal& s) {
    switch (s.kind) {
      case TrustSignalKind::kEncounter:
        ++encounters;
        if (s.encounter_kind == EncounterKind::kOneOnOne ||
            s.encounter_kind == EncounterKind::kCall) {
          ++deep_encounters;
        }
        break;
      case TrustSignalKind::kFollowUpHappened:
        ++follow_ups;
        break;
      case TrustSignalKind::kPromiseKept:
        ++kept;
        break;
      case TrustSignalKind::kPromiseBroken:
        ++broken;
        break;
      case TrustSignalKind::kGiven:
        ++given;
        break;
      case TrustSignalKind::kReceived:
        ++received;
        break;
      case TrustSignalKind::kIntroductionDeclined:
        ++declined;
        break;
    }
  }
};

std::vector<TrustReason> Why(const Tally& t, int64_t days_known, double ceiling,
                             std::optional<int64_t> quiet_days,
                             const TrustRules& rules) {
  using K = TrustReasonKind;
  std::vector<TrustReason> why;
  if (t.encounters + t.follow_ups + t.kept + t.given + t.received == 0) {
    why.push_back({.kind = K::kNoHistory});
  }
  why.push_back(
      {.kind = K::kKnown, .count = days_known / 30, .value = ceiling});
  if (t.encounters > 0) {
    why.push_back({.kind = K::kEncounters,
                   .count = t.encounters,
                   .part = t.deep_encounters});
  }
  if (t.follow_ups > 0) {
    why.push_back({.kind = K::kFollowUps, .count = t.follow_ups});
  }
  if (t.kept > 0) why.push_back({.kind = K::kKept, .count = t.kept});
  if (t.given + t.received > 0) {
    why.push_back({.kind = K::kExchanges,
                   .count = t.given,
                   .part = t.both_ways_periods,
                   .other = t.received});
  }
  if (t.broken > 0) {
    why.push_back({.kind = K::kBroken,
                   .count = t.broken,
                   .value = rules.broken_promise_keeps});
  }
  if (t.declined > 0) {
    why.push_back({.kind = K::kDeclined,
                   .count = t.declined,
                   .value = rules.declined_introduction_keeps});
  }
  if (t.capped_periods > 0) {
    why.push_back({.kind = K::kCapped,
                   .count = t.capped_periods,
                   .value = rules.step * rules.max_points});
  }
  if (quiet_days && *quiet_days > rules.quiet_days) {
    why.push_back({.kind = K::kQuiet, .count = *quiet_days / 30});
  }
  return why;
}

}  // namespace

void TrustHistory::Add(const Encounter& encounter) {
  signals_.push_back({.at = encounter.occurred_at,
                      .kind = TrustSignalKind::kEncounter,
                      .encounter_kind = encounter.kind});
}

void TrustHistory::Add(const FollowUp& follow_up, Timestamp now) {
  if (follow_up.status != FollowUpStatus::kDone) return;
  signals_.push_back({.at = AtOrBefore(follow_up.due_at, now),
                      .kind = TrustSignalKind::kFollowUpHappened});
}

void TrustHistory::Add(const Promise& promise, Timestamp now) {
  if (promise.status == PromiseStatus::kOpen) return;
  signals_.push_back(
      {.at = AtOrBefore(promise.due_at.value_or(promise.created_at), now),
       .kind = promise.status == PromiseStatus::kKept
                   ? TrustSignalKind::kPromiseKept
                   : TrustSignalKind::kPromiseBroken});
}

void TrustHistory::Add(const LedgerEntry& entry) {
  signals_.push_back({.at = entry.occurred_at,
                      .kind = entry.direction == Direction::kGiven
                                  ? TrustSignalKind::kGiven
                                  : TrustSignalKind::kReceived});
}

void TrustHistory::Add(const Introduction& introduction) {
  if (introduction.status != IntroductionStatus::kDeclined) return;
  signals_.push_back({.at = introduction.created_at,
                      .kind = TrustSignalKind::kIntroductionDeclined});
}

Trust ComputeTrust(const TrustHistory& history, Timestamp now,
                   const TrustRules& rules) {
  std::vector<TrustSignal> signals;
  signals.reserve(history.signals().size());
  for (const TrustSignal& s : history.signals()) {
    if (s.at <= now) signals.push_back(s);
  }
  std::ranges::stable_sort(signals, {}, &TrustSignal::at);

  Timestamp start = std::min(history.known_since(), now);
  if (!signals.empty()) start = std::min(start, signals.front().at);
  const int64_t period = rules.period_days * kSecondsPerDay;

  Tally tally;
  double level = 0;
  std::optional<Timestamp> last_contact;
  size_t next = 0;
  for (int64_t begin = start.unix_seconds(); begin <= now.unix_seconds();
       begin += period) {
    const int64_t end = begin + period;
    double points = 0;
    bool gave = false;
    bool received = false;
    std::vector<const TrustSignal*> breaches;
    for (; next < signals.size() && signals[next].at.unix_seconds() < end;
         ++next) {
      const TrustSignal& s = signals[next];
      tally.Count(s);
      points += Points(s, rules);
      gave |= s.kind == TrustSignalKind::kGiven;
      received |= s.kind == TrustSignalKind::kReceived;
      if (IsContact(s.kind)) {
        last_contact = s.at;
      } else {
        breaches.push_back(&s);
      }
    }
    if (gave && received) {
      points += rules.both_ways;
      ++tally.both_ways_periods;
    }
    if (points > rules.max_points) ++tally.capped_periods;
    level += (1 - level) * rules.step * std::min(points, rules.max_points);
    const int64_t period_end = std::min(end, now.unix_seconds());
    level = std::min(
        level,
        Ceiling((period_end - start.unix_seconds()) / kSecondsPerDay, rules));
    // Losses come after the period's gains, so a good month cannot hide a
    // broken promise.
    for (const TrustSignal* breach : breaches) {
      level = Breach(*breach, level, rules);
    }
    const Timestamp quiet_since = last_contact.value_or(start);
    if (points == 0 &&
        (period_end - quiet_since.unix_seconds()) / kSecondsPerDay >
            rules.quiet_days) {
      level *= rules.fade_keeps;
      ++tally.faded_periods;
    }
  }

  const int64_t days_known =
      (now.unix_seconds() - start.unix_seconds()) / kSecondsPerDay;
  std::optional<int64_t> quiet;
  if (last_contact) {
    quiet =
        (now.unix_seconds() - last_contact->unix_seconds()) / kSecondsPerDay;
  }
  Trust trust;
  trust.level = std::clamp(level, 0.0, 1.0);
  trust.last_contact = last_contact;
  trust.why = Why(tally, days_known, Ceiling(days_known, rules), quiet, rules);
  return trust;
}

namespace {

std::string N(int64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string Percent(double share_kept) {
  return std::to_string(std::lround(100 * (1 - share_kept)));
}

std::string English(const TrustReason& r) {
  switch (r.kind) {
    case TrustReasonKind::kNoHistory:
      return "no shared history yet";
    case TrustReasonKind::kKnown:
      return "known for " + N(r.count, "month", "months") +
             (r.value < 1 ? ": trust can reach at most " +
                                FormatFixed2(r.value, Lang::kEn) + " so far"
                          : "");
    case TrustReasonKind::kEncounters:
      return N(r.count, "encounter", "encounters") +
             (r.part > 0 ? " (" + std::to_string(r.part) +
                               " of them 1:1 meetings or calls)"
                         : "");
    case TrustReasonKind::kFollowUps:
      return N(r.count, "follow-up", "follow-ups") + " happened";
    case TrustReasonKind::kKept:
      return N(r.count, "promise", "promises") + " kept";
    case TrustReasonKind::kExchanges:
      return "gave " + std::to_string(r.count) + ", received " +
             std::to_string(r.other) +
             (r.part > 0 ? "; both ways in " + N(r.part, "month", "months")
                         : "");
    case TrustReasonKind::kBroken:
      return N(r.count, "promise", "promises") + " broken: each one " +
             (r.value == 0.5 ? "halves trust"
                             : "costs " + Percent(r.value) + "% of trust");
    case TrustReasonKind::kDeclined:
      return N(r.count, "introduction", "introductions") +
             " declined: each one costs " + Percent(r.value) + "%";
    case TrustReasonKind::kCapped:
      return "capped in " + N(r.count, "month", "months") +
             ": trust grows by at most " + FormatFixed2(r.value, Lang::kEn) +
             " of the way a month";
    case TrustReasonKind::kQuiet:
      return "no contact for " + N(r.count, "month", "months") +
             ": trust fades slowly";
  }
  return {};
}

std::string German(const TrustReason& r) {
  switch (r.kind) {
    case TrustReasonKind::kNoHistory:
      return "noch keine gemeinsame Geschichte";
    case TrustReasonKind::kKnown:
      return "seit " + N(r.count, "Monat", "Monaten") + " bekannt" +
             (r.value < 1 ? ": Vertrauen kann bisher höchstens " +
                                FormatFixed2(r.value, Lang::kDe) + " erreichen"
                          : "");
    case TrustReasonKind::kEncounters:
      return N(r.count, "Begegnung", "Begegnungen") +
             (r.part > 0 ? " (davon " + std::to_string(r.part) +
                               " unter vier Augen oder am Telefon)"
                         : "");
    case TrustReasonKind::kFollowUps:
      return r.count == 1
                 ? "1 Nachfass-Termin fand statt"
                 : std::to_string(r.count) + " Nachfass-Termine fanden statt";
    case TrustReasonKind::kKept:
      return N(r.count, "Zusage", "Zusagen") + " eingehalten";
    case TrustReasonKind::kExchanges:
      return std::to_string(r.count) + "-mal gegeben, " +
             std::to_string(r.other) + "-mal bekommen" +
             (r.part > 0 ? "; in " + N(r.part, "Monat", "Monaten") +
                               " in beide Richtungen"
                         : "");
    case TrustReasonKind::kBroken:
      return N(r.count, "Zusage", "Zusagen") + " gebrochen: jede " +
             (r.value == 0.5
                  ? "halbiert das Vertrauen"
                  : "kostet " + Percent(r.value) + " % des Vertrauens");
    case TrustReasonKind::kDeclined:
      return N(r.count, "Vorstellung", "Vorstellungen") +
             " abgelehnt: jede kostet " + Percent(r.value) + " %";
    case TrustReasonKind::kCapped:
      return "in " + N(r.count, "Monat", "Monaten") +
             " gedeckelt: Vertrauen wächst pro Monat höchstens um " +
             FormatFixed2(r.value, Lang::kDe) + " des Weges";
    case TrustReasonKind::kQuiet:
      return "seit " + N(r.count, "Monat", "Monaten") +
             " kein Kontakt: Vertrauen verblasst langsam";
  }
  return {};
}

}  // namespace

std::string TrustReasonText(const TrustReason& reason, Lang lang) {
  return lang == Lang::kDe ? German(reason) : English(reason);
}

}  // namespace knoten::core
