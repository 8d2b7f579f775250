// The streamed JSON of a record must be byte for byte what the JSON tree
// prints, so `--json` output does not depend on which path printed it.

#include "knoten/cli/internal/json_codec.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace knoten::cli {
namespace {

core::Person AwkwardPerson() {
  core::Person p;
  p.id = PersonId(42);
  p.display_name = "Zoë \"Zee\" O'Brien";
  p.given_name = "Zoë";
  p.organisation = "Back\\slash & Co\t(KG)";
  p.role = "";
  p.emails = {"zoe@example.org", "z\"q@example.org"};
  p.urls = {};
  p.languages = {"de"};
  p.tags = {"ünicode", "日本"};
  p.notes = "line one\nline two\r\x01\x1f\b\f end \x7f";
  p.first_met_event = EventId(7);
  p.archived = true;
  p.created_at = Timestamp::FromUnixSeconds(0);
  p.updated_at = Timestamp::FromUnixSeconds(4'102'444'799);  // 2099-12-31
  return p;
}

TEST(JsonCodecTest, AppendedPersonEqualsTheTreeDump) {
  const core::Person p = AwkwardPerson();
  std::string streamed;
  AppendJson(p, 0, streamed);
  EXPECT_EQ(streamed, ToJson(p).dump(2));

  core::Person plain;
  plain.id = PersonId(1);
  plain.display_name = "A";
  plain.first_met_at = Timestamp::FromUnixSeconds(1'700'000'000);
  streamed.clear();
  AppendJson(plain, 0, streamed);
  EXPECT_EQ(streamed, ToJson(plain).dump(2));
}

TEST(JsonCodecTest, StreamedListEqualsTheTreeDump) {
  store::Page<core::Person> page;
  page.items = {AwkwardPerson(), AwkwardPerson()};
  page.items[1].id = PersonId(43);
  page.total = 5;
  const std::string tree = ToJson(page).dump(2) + "\n";

  std::ostringstream streamed;
  WriteJsonList(ToJsonList(page), streamed);
  EXPECT_EQ(streamed.str(), tree);

  std::ostringstream empty;
  WriteJsonList(ToJsonList(store::Page<core::Person>{}), empty);
  EXPECT_EQ(empty.str(), ToJson(store::Page<core::Person>{}).dump(2) + "\n");
}

}  // namespace
}  // namespace knoten::cli
