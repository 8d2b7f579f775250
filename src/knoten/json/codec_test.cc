// The streamed JSON of a record must be byte for byte what the JSON tree
// prints, so `--json` output does not depend on which path printed it.

#include "knoten/json/codec.h"

#include <string>

#include <gtest/gtest.h>

namespace knoten::json {
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
  p.rhythm_days = 90;
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

// WriteJsonList into one string.
Result<int64_t> Write(const JsonList& list, std::string& out) {
  return WriteJsonList(list, [&out](std::string&& piece) { out += piece; });
}

TEST(JsonCodecTest, StreamedListEqualsTheTreeDump) {
  store::Page<core::Person> page;
  page.items = {AwkwardPerson(), AwkwardPerson()};
  page.items[1].id = PersonId(43);
  page.total = 5;
  const std::string tree = ToJson(page).dump(2) + "\n";

  std::string streamed;
  auto total = Write(ToJsonList(page), streamed);
  ASSERT_TRUE(total);
  EXPECT_EQ(*total, 5);
  EXPECT_EQ(streamed, tree);

  // The generic path (a list already in JSON form) prints the same.
  std::string generic;
  ASSERT_TRUE(Write(ToJsonList(ToJson(page)), generic));
  EXPECT_EQ(generic, tree);

  std::string empty;
  ASSERT_TRUE(Write(ToJsonList(store::Page<core::Person>{}), empty));
  EXPECT_EQ(empty, ToJson(store::Page<core::Person>{}).dump(2) + "\n");
}

TEST(JsonCodecTest, AFailingProducerReportsItsError) {
  JsonList failing{.produce = [](const ItemSink& sink) -> Result<int64_t> {
    core::Person p = AwkwardPerson();
    sink(RecordItem<core::Person>(p));
    return UnavailableError("The disk went away.");
  }};
  std::string out;
  auto total = Write(failing, out);
  ASSERT_FALSE(total);
  EXPECT_EQ(total.error().code, ErrorCode::kUnavailable);
}

}  // namespace
}  // namespace knoten::json
