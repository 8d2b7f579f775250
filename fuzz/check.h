// Check: the invariant test of the fuzz targets. It aborts, which libFuzzer
// reports as a crash with the input, and names the line of the invariant.

#ifndef KNOTEN_FUZZ_CHECK_H_
#define KNOTEN_FUZZ_CHECK_H_

#include <cstdio>
#include <cstdlib>

namespace knoten::fuzz {

inline void Check(bool invariant, int line = __builtin_LINE()) {
  if (invariant) return;
  std::fprintf(stderr, "invariant broken on line %d\n", line);
  std::abort();
}

}  // namespace knoten::fuzz

#endif  // KNOTEN_FUZZ_CHECK_H_
