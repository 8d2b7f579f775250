// Reciprocal pairs across a whole network: two members, each with a need
// the other's offer meets. A business network runs this over all its
// members at once; knoten's own suggestions do the same for one person.
//
// Thread-safety: FindReciprocalPairs reads the Matcher from several threads
// at once; it must not change meanwhile.

#ifndef KNOTEN_MATCH_RECIPROCAL_H_
#define KNOTEN_MATCH_RECIPROCAL_H_

#include <cstddef>
#include <string>
#include <vector>

#include "knoten/match/matcher.h"
#include "knoten/match/pipeline.h"

namespace knoten::match {

// The harmonic mean of two shares: high only when both are (0 for two 0s).
double HarmonicMean(double a, double b);

struct ReciprocalPair {
  std::string member_a;  // the smaller of the two names
  std::string member_b;
  double share_a = 0;  // how well b's offers meet a's needs (best share)
  double share_b = 0;  // how well a's offers meet b's needs
  double score = 0;    // harmonic mean of share_a and share_b
};

struct ReciprocalOptions {
  size_t per_need = 10;     // offers looked at per need
  double min_share = 0.25;  // weaker matches do not count
  unsigned threads = 1;     // needs are shared out among this many threads
};

// Every pair of members whose needs (in `needs`) and offers (in `matcher`)
// meet both ways, best score first (ties by names). Member names (the items'
// owners) must not contain NUL, which separates them internally.
std::vector<ReciprocalPair> FindReciprocalPairs(
    const Matcher& matcher, const std::vector<Item>& needs,
    const ReciprocalOptions& options);

}  // namespace knoten::match

#endif  // KNOTEN_MATCH_RECIPROCAL_H_
