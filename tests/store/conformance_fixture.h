// The store conformance suite: every test is written against store.h only and
// runs once per backend (see kBackends in conformance_fixture.cc). A new
// backend joins by adding a factory there.

#ifndef KNOTEN_TESTS_STORE_CONFORMANCE_FIXTURE_H_
#define KNOTEN_TESTS_STORE_CONFORMANCE_FIXTURE_H_

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "knoten/base/result.h"
#include "knoten/store/store.h"

#include "testing/temp_dir.h"

namespace knoten::store {

struct Backend {
  std::string name;
  std::function<Result<std::unique_ptr<Store>>(const TempDir&)> open;
  // Opens what Store::CopyTo wrote at a path.
  std::function<Result<std::unique_ptr<Store>>(const std::string&)> open_copy;
};

inline void PrintTo(const Backend& backend, std::ostream* os) {
  *os << backend.name;
}

class StoreConformanceTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override;

  // Starts a write transaction; fails the test if it cannot.
  std::unique_ptr<Transaction> Write();
  std::unique_ptr<Transaction> Read();

  // Helpers that create records in their own committed transaction.
  PersonId AddPerson(const std::string& name, const std::string& notes = "");
  NetworkId AddNetwork(const std::string& name);
  // Creates a person inside `tx`.
  static PersonId AddPersonIn(Transaction& tx, const std::string& name,
                              const std::string& notes = "");

  TempDir dir_;
  std::unique_ptr<Store> store_;
};

std::string BackendName(const ::testing::TestParamInfo<Backend>& info);
const std::vector<Backend>& AllBackends();

}  // namespace knoten::store

#endif  // KNOTEN_TESTS_STORE_CONFORMANCE_FIXTURE_H_
