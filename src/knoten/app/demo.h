// `knoten demo`: seeds a realistic, deterministic, bilingual demo network of
// a freelance PR consultant (the user) and her contacts. The same seed and
// size give the same people and history; dates are relative to the day it
// runs, so "today" always has something due.

#ifndef KNOTEN_APP_DEMO_H_
#define KNOTEN_APP_DEMO_H_

#include <cstdint>

#include "knoten/app/context.h"

namespace knoten::app {

inline constexpr int64_t kDemoDefaultPeople = 60;
inline constexpr int64_t kDemoMaxPeople = 1'000'000;

struct DemoOptions {
  int64_t people = kDemoDefaultPeople;
  uint64_t seed = 1;
};

struct DemoSummary {
  int64_t people = 0;
  int64_t networks = 0;
  int64_t events = 0;
  int64_t encounters = 0;
  int64_t ledger_entries = 0;
  int64_t offers = 0;
  int64_t needs = 0;
  int64_t promises = 0;
  int64_t follow_ups = 0;
  int64_t introductions = 0;
};

// Seeds the demo in one transaction. The network scales with `people`: about
// three encounters and two ledger entries per person, an event per five.
// Errors: kInvalidArgument for a size outside 1..kDemoMaxPeople;
// kFailedPrecondition if the database already holds people (the demo never
// mixes with real data).
Result<DemoSummary> SeedDemo(Context& ctx, const DemoOptions& options);

}  // namespace knoten::app

#endif  // KNOTEN_APP_DEMO_H_
