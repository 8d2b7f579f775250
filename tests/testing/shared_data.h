// Where tests find the team's shared data (../shared beside the project):
// the matching datasets that some tests check against. Outside CI a test
// whose data is missing skips; under CI (CI=true) it fails.

#ifndef KNOTEN_TESTS_TESTING_SHARED_DATA_H_
#define KNOTEN_TESTS_TESTING_SHARED_DATA_H_

#include <string>

namespace knoten {

// KNOTEN_SHARED_DIR, else ../shared beside the project (ctest sets
// KNOTEN_SOURCE_DIR).
std::string SharedDataDir();

// Whether the tests run under CI (CI=true), where missing data is a failure.
bool InCi();

}  // namespace knoten

#endif  // KNOTEN_TESTS_TESTING_SHARED_DATA_H_
