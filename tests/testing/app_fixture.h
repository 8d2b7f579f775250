// AppFixture: use cases over a real (in-memory) SQLite store with a fake
// clock at 2026-03-05 10:00, for the app layer's tests.

#ifndef KNOTEN_TESTING_APP_FIXTURE_H_
#define KNOTEN_TESTING_APP_FIXTURE_H_

#include <memory>
#include <string>
#include <utility>

#include <gtest/gtest.h>

#include "knoten/app/context.h"
#include "knoten/app/encounters.h"
#include "knoten/app/people.h"
#include "knoten/store/sqlite/sqlite_store.h"

#include "testing/fake_clock.h"
#include "testing/status_matchers.h"

namespace knoten::app {

class AppFixture : public ::testing::Test {
 protected:
  // Adds a person of that display name.
  PersonId Person(const std::string& name) {
    core::Person p;
    p.display_name = name;
    auto added = AddPerson(ctx_, p);
    EXPECT_THAT(added, IsOk());
    return added ? added->id : PersonId();
  }

  // Logs an encounter of `kind` with `who` at the clock's now.
  void MeetNow(PersonId who, core::EncounterKind kind) {
    Meeting meeting;
    meeting.encounter.occurred_at = clock_.Now();
    meeting.encounter.kind = kind;
    meeting.encounter.people = {who};
    ASSERT_THAT(Meet(ctx_, std::move(meeting)), IsOk());
  }

  FakeClock clock_{*ParseIsoTimestamp("2026-03-05T10:00")};
  std::unique_ptr<store::Store> store_ =
      std::move(store::OpenSqliteStore({.path = ":memory:"})).value();
  Context ctx_{*store_, clock_};
};

}  // namespace knoten::app

#endif  // KNOTEN_TESTING_APP_FIXTURE_H_
