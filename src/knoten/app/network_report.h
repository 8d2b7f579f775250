// The network report (C10): for every network, what it cost and brought
// over a period (core/network_report.h), answering "which network moves me
// forward, and where am I well placed with my expertise?".
//
// A network's people are its members, the attendees of its events, the
// people met in encounters at its events and those first met at one of its
// events; a person in two networks counts for both. docs/network-report.md
// explains each figure.
//
// Thread-safety: as the Context's store.

#ifndef KNOTEN_APP_NETWORK_REPORT_H_
#define KNOTEN_APP_NETWORK_REPORT_H_

#include <optional>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/app/match_index.h"
#include "knoten/app/suggestions.h"
#include "knoten/core/network_report.h"

namespace knoten::app {

struct NetworkReportQuery {
  std::optional<Timestamp> from;        // empty: a year before `until`
  std::optional<Timestamp> until;       // empty: now
  std::optional<NetworkId> network_id;  // empty: every network
};

struct NetworkReports {
  core::Period period;
  std::vector<core::NetworkReport> items;  // in the order of the network list
};

// One report per network, in the order of the network list (by name).
// kInvalidArgument for a period that does not begin before it ends,
// kNotFound for an unknown network_id. The expertise fit comes from `index`.
Result<NetworkReports> ReportNetworks(Context& ctx,
                                      const NetworkReportQuery& query,
                                      MatchIndex& index);
// The same with an index of its own, matching with `lexicon`'s word lists
// when given (loaded only when there is something to match).
Result<NetworkReports> ReportNetworks(Context& ctx,
                                      const NetworkReportQuery& query,
                                      const LexiconSource& lexicon = {});

}  // namespace knoten::app

#endif  // KNOTEN_APP_NETWORK_REPORT_H_
