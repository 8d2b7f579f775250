// Conformance: profile, people, offers, needs and the search over them.

#include <algorithm>
#include <iterator>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "store/conformance_fixture.h"
#include "testing/status_matchers.h"

namespace knoten::store {
namespace {

using ::testing::ElementsAre;

class PeopleConformanceTest : public StoreConformanceTest {};

core::Person FullPerson() {
  core::Person p;
  p.given_name = "Anna";
  p.family_name = "Müller";
  p.display_name = "Anna Müller";
  p.organisation = "Presseküche GmbH";
  p.role = "Inhaberin";
  p.emails = {"anna@example.org", "presse@example.org"};
  p.phones = {"+49 30 1234567"};
  p.urls = {"https://example.org"};
  p.city = "Berlin";
  p.languages = {"de", "en"};
  p.tags = {"pr", "frauennetzwerk"};
  p.notes = "Met at the breakfast.\nLikes cycling.";
  p.first_met_at = Timestamp::FromUnixSeconds(1'700'000'000);
  p.rhythm_days = 45;
  p.archived = false;
  p.created_at = Timestamp::FromUnixSeconds(1'700'000'100);
  p.updated_at = Timestamp::FromUnixSeconds(1'700'000'200);
  return p;
}

void ExpectSamePerson(const core::Person& a, const core::Person& b) {
  EXPECT_EQ(a.given_name, b.given_name);
  EXPECT_EQ(a.family_name, b.family_name);
  EXPECT_EQ(a.display_name, b.display_name);
  EXPECT_EQ(a.organisation, b.organisation);
  EXPECT_EQ(a.role, b.role);
  EXPECT_EQ(a.emails, b.emails);
  EXPECT_EQ(a.phones, b.phones);
  EXPECT_EQ(a.urls, b.urls);
  EXPECT_EQ(a.city, b.city);
  EXPECT_EQ(a.languages, b.languages);
  EXPECT_EQ(a.tags, b.tags);
  EXPECT_EQ(a.notes, b.notes);
  EXPECT_EQ(a.first_met_at, b.first_met_at);
  EXPECT_EQ(a.first_met_event, b.first_met_event);
  EXPECT_EQ(a.rhythm_days, b.rhythm_days);
  EXPECT_EQ(a.archived, b.archived);
  EXPECT_EQ(a.created_at, b.created_at);
  EXPECT_EQ(a.updated_at, b.updated_at);
}

TEST_P(PeopleConformanceTest, ProfileRoundTrip) {
  auto tx = Write();
  EXPECT_THAT(tx->profile().Get(), HasError(ErrorCode::kNotFound));
  core::Profile me;
  me.name = "Sabine Berger";
  me.business_name = "Berger PR";
  me.positioning = "PR für Gründerinnen";
  me.languages = {"de", "en"};
  me.expertise_areas = {"Pressearbeit", "Social Media"};
  ASSERT_THAT(tx->profile().Put(me), IsOk());
  me.business_name = "Berger Kommunikation";
  ASSERT_THAT(tx->profile().Put(me), IsOk());
  ASSERT_THAT(tx->Commit(), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Profile got, Read()->profile().Get());
  EXPECT_EQ(got.name, me.name);
  EXPECT_EQ(got.business_name, "Berger Kommunikation");
  EXPECT_EQ(got.positioning, me.positioning);
  EXPECT_EQ(got.languages, me.languages);
  EXPECT_EQ(got.expertise_areas, me.expertise_areas);
}

TEST_P(PeopleConformanceTest, ReflectionAnswersAreKeptPerItemInChecklistOrder) {
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto none, Read()->profile().Reflection());
  EXPECT_TRUE(none.empty());
  auto tx = Write();
  const core::ReflectionEntry small_talk{
      .item = core::ReflectionItem::kSmallTalk,
      .answer = core::ReflectionAnswer::kPartly,
      .note = "Lieber Zweiergespräche",
      .answered_at = Timestamp::FromUnixSeconds(1000)};
  core::ReflectionEntry give{.item = core::ReflectionItem::kReadyToGive,
                             .answer = core::ReflectionAnswer::kNotYet,
                             .answered_at = Timestamp::FromUnixSeconds(1100)};
  ASSERT_THAT(tx->profile().PutReflection(small_talk), IsOk());
  ASSERT_THAT(tx->profile().PutReflection(give), IsOk());
  give.answer = core::ReflectionAnswer::kYes;
  give.answered_at = Timestamp::FromUnixSeconds(1200);
  ASSERT_THAT(tx->profile().PutReflection(give), IsOk());  // replaces
  ASSERT_THAT(tx->Commit(), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto got, Read()->profile().Reflection());
  ASSERT_EQ(got.size(), 2U);
  EXPECT_EQ(got[0].item, core::ReflectionItem::kReadyToGive);
  EXPECT_EQ(got[0].answer, core::ReflectionAnswer::kYes);
  EXPECT_EQ(got[0].note, "");
  EXPECT_EQ(got[0].answered_at, Timestamp::FromUnixSeconds(1200));
  EXPECT_EQ(got[1].item, core::ReflectionItem::kSmallTalk);
  EXPECT_EQ(got[1].answer, core::ReflectionAnswer::kPartly);
  EXPECT_EQ(got[1].note, "Lieber Zweiergespräche");
  EXPECT_EQ(got[1].answered_at, Timestamp::FromUnixSeconds(1000));
}

TEST_P(PeopleConformanceTest, PersonRoundTripUpdateDelete) {
  auto tx = Write();
  const core::Person anna = FullPerson();
  KNOTEN_ASSERT_OK_AND_ASSIGN(PersonId id, tx->people().Create(anna));
  EXPECT_TRUE(id.is_valid());
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person got, tx->people().Get(id));
  EXPECT_EQ(got.id, id);
  ExpectSamePerson(got, anna);

  got.emails = {"neu@example.org"};
  got.tags = {};
  got.rhythm_days.reset();  // back to the default
  got.archived = true;
  ASSERT_THAT(tx->people().Update(got), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person updated, tx->people().Get(id));
  ExpectSamePerson(updated, got);

  ASSERT_THAT(tx->people().Delete(id), IsOk());
  EXPECT_THAT(tx->people().Get(id), HasError(ErrorCode::kNotFound));
  EXPECT_THAT(tx->people().Delete(id), HasError(ErrorCode::kNotFound));
  got.id = PersonId(999);
  EXPECT_THAT(tx->people().Update(got), HasError(ErrorCode::kNotFound));
}

TEST_P(PeopleConformanceTest, KeptVCardPropertiesAreThePersonsOwn) {
  auto tx = Write();
  KNOTEN_ASSERT_OK_AND_ASSIGN(PersonId anna, tx->people().Create(FullPerson()));
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto none, tx->people().KeptVCard(anna));
  EXPECT_TRUE(none.empty());
  const std::vector<std::string> kept = {
      "BDAY:1985-04-12", "item1.X-ABLABEL:Büro ", " X-SPACED:a",
      "PHOTO:data:image/png;base64,iVBORw0KGgo="};
  ASSERT_THAT(tx->people().SetKeptVCard(anna, kept), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto got, tx->people().KeptVCard(anna));
  EXPECT_EQ(got, kept);
  ASSERT_THAT(tx->people().SetKeptVCard(anna, {"NICKNAME:Anni"}), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(got, tx->people().KeptVCard(anna));
  EXPECT_THAT(got, ElementsAre("NICKNAME:Anni"));

  // A refused list leaves what was kept.
  for (const char* bad : {"", "A:1\nB:2", "A:1\r"}) {
    EXPECT_THAT(tx->people().SetKeptVCard(anna, {"BDAY:2000", bad}),
                HasError(ErrorCode::kInvalidArgument));
  }
  KNOTEN_ASSERT_OK_AND_ASSIGN(got, tx->people().KeptVCard(anna));
  EXPECT_THAT(got, ElementsAre("NICKNAME:Anni"));

  ASSERT_THAT(tx->people().SetKeptVCard(anna, {}), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(got, tx->people().KeptVCard(anna));
  EXPECT_TRUE(got.empty());
  EXPECT_THAT(tx->people().KeptVCard(PersonId(999)),
              HasError(ErrorCode::kNotFound));
  EXPECT_THAT(tx->people().SetKeptVCard(PersonId(999), {"BDAY:2000"}),
              HasError(ErrorCode::kNotFound));

  // They go with the person: nothing is left for the next one.
  ASSERT_THAT(tx->people().SetKeptVCard(anna, kept), IsOk());
  ASSERT_THAT(tx->people().Delete(anna), IsOk());
  EXPECT_THAT(tx->people().KeptVCard(anna), HasError(ErrorCode::kNotFound));
  KNOTEN_ASSERT_OK_AND_ASSIGN(const auto shapes, tx->tables().Tables());
  const auto shape = std::find_if(shapes.begin(), shapes.end(), [](auto& t) {
    return t.name == "person_vcard";
  });
  ASSERT_NE(shape, shapes.end());
  KNOTEN_ASSERT_OK_AND_ASSIGN(const int64_t left,
                              tx->tables().CountRows(*shape));
  EXPECT_EQ(left, 0);
}

TEST_P(PeopleConformanceTest, FirstMetEventMustExist) {
  auto tx = Write();
  core::Person p = FullPerson();
  p.first_met_event = EventId(12345);
  EXPECT_THAT(tx->people().Create(p), HasError(ErrorCode::kNotFound));
}

TEST_P(PeopleConformanceTest, ListOrdersFiltersAndPages) {
  AddPerson("carla");
  const PersonId ben = AddPerson("Ben");
  AddPerson("Anna");
  {
    auto tx = Write();
    KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person b, tx->people().Get(ben));
    b.archived = true;
    b.tags = {"pr"};
    ASSERT_THAT(tx->people().Update(b), IsOk());
    ASSERT_THAT(tx->Commit(), IsOk());
  }
  auto tx = Read();
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto active, tx->people().List({}, {}));
  EXPECT_EQ(active.total, 2);
  ASSERT_EQ(active.items.size(), 2U);
  EXPECT_EQ(active.items[0].display_name, "Anna");
  EXPECT_EQ(active.items[1].display_name, "carla");

  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto all, tx->people().List({.include_archived = true}, {}));
  EXPECT_EQ(all.total, 3);
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto page,
      tx->people().List({.include_archived = true}, {.limit = 1, .offset = 1}));
  EXPECT_EQ(page.total, 3);
  ASSERT_EQ(page.items.size(), 1U);
  EXPECT_EQ(page.items[0].display_name, "Ben");
  EXPECT_EQ(page.items[0].tags, std::vector<std::string>{"pr"});

  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto tagged,
      tx->people().List({.include_archived = true, .tag = "PR"}, {}));
  ASSERT_EQ(tagged.items.size(), 1U);
  EXPECT_EQ(tagged.items[0].id, ben);
}

TEST_P(PeopleConformanceTest, SearchCoversPeopleOffersAndNeeds) {
  const PersonId anna = AddPerson("Anna Müller", "kennt alle in Kreuzberg");
  const PersonId ben = AddPerson("Ben Okafor");
  OfferId offer;
  {
    auto tx = Write();
    core::Offer o;
    o.person_id = ben;
    o.title = "Webdesign";
    o.text = "Websites für Handwerksbetriebe";
    o.lang = core::Lang::kDe;
    KNOTEN_ASSERT_OK_AND_ASSIGN(offer, tx->offers().Create(o));
    core::Need n;
    n.person_id = anna;
    n.title = "Bookkeeping";
    n.lang = core::Lang::kEn;
    ASSERT_THAT(tx->needs().Create(n), IsOk());
    ASSERT_THAT(tx->Commit(), IsOk());
  }
  auto search = [&](const char* q) {
    auto tx = Read();
    auto found = tx->people().Search(q, {});
    EXPECT_THAT(found, IsOk()) << q;
    return found ? found->items : std::vector<PersonId>{};
  };
  EXPECT_THAT(search("muller"), ElementsAre(anna));       // diacritics folded
  EXPECT_THAT(search("Kreuz"), ElementsAre(anna));        // word prefix
  EXPECT_THAT(search("handwerk"), ElementsAre(ben));      // offer text
  EXPECT_THAT(search("bookkeeping"), ElementsAre(anna));  // need title
  EXPECT_THAT(search("anna webdesign"), ElementsAre());   // all words
  // FTS syntax in user input is inert.
  EXPECT_THAT(search("\"unbalanced OR * NEAR("), ElementsAre());
  EXPECT_THAT(search("   "), ElementsAre());

  {
    auto tx = Write();
    ASSERT_THAT(tx->offers().Delete(offer), IsOk());
    ASSERT_THAT(tx->Commit(), IsOk());
  }
  EXPECT_THAT(search("handwerk"), ElementsAre());
  {
    auto tx = Write();
    ASSERT_THAT(tx->people().Delete(anna), IsOk());
    ASSERT_THAT(tx->Commit(), IsOk());
  }
  EXPECT_THAT(search("muller"), ElementsAre());
}

TEST_P(PeopleConformanceTest, WholeListAndPagesAgreeOnOrder) {
  // Case differences, equal names and non-ASCII letters: the whole list and
  // the list read page by page must give the same order.
  for (const char* name : {"zed", "Émile", "anna", "Bob", "Anna", "ábel",
                           "anna", "Anna-Lena", "ANNA", "bob"}) {
    AddPerson(name);
  }
  auto tx = Read();
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto whole, tx->people().List({}, {}));
  ASSERT_EQ(whole.items.size(), 10U);
  for (size_t i = 0; i < whole.items.size(); ++i) {
    KNOTEN_ASSERT_OK_AND_ASSIGN(
        auto page,
        tx->people().List({}, {.limit = 1, .offset = static_cast<int64_t>(i)}));
    ASSERT_EQ(page.items.size(), 1U);
    EXPECT_EQ(page.items[0].id, whole.items[i].id) << "position " << i;
  }
  // ASCII letters fold, others compare by their UTF-8 bytes (É < á).
  EXPECT_EQ(whole.items[0].display_name, "anna");
  EXPECT_EQ(whole.items[3].display_name, "ANNA");
  EXPECT_EQ(whole.items[8].display_name, "Émile");
  EXPECT_EQ(whole.items[9].display_name, "ábel");
}

TEST_P(PeopleConformanceTest, ForEachVisitsWhatListReturns) {
  for (const char* name : {"Dora", "ben", "Anna", "Carl"}) AddPerson(name);
  {
    auto tx = Write();
    const PersonId tagged = AddPersonIn(*tx, "Emil");
    KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person emil, tx->people().Get(tagged));
    emil.tags = {"pr"};
    emil.emails = {"emil@example.org"};
    ASSERT_THAT(tx->people().Update(emil), IsOk());
    ASSERT_THAT(tx->Commit(), IsOk());
  }
  auto tx = Read();
  const std::vector<std::pair<PersonFilter, Paging>> cases = {
      {{}, {}},
      {{}, {.limit = 2, .offset = 1}},
      {{.tag = "pr"}, {}},
      {{}, {.offset = 3}}};
  for (const auto& [filter, paging] : cases) {
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto listed, tx->people().List(filter, paging));
    std::vector<core::Person> visited;
    KNOTEN_ASSERT_OK_AND_ASSIGN(
        const int64_t total,
        tx->people().ForEach(filter, paging, [&](const core::Person& p) {
          visited.push_back(p);
          return OkStatus();
        }));
    EXPECT_EQ(total, listed.total);
    ASSERT_EQ(visited.size(), listed.items.size());
    for (size_t i = 0; i < visited.size(); ++i) {
      EXPECT_EQ(visited[i].id, listed.items[i].id);
      ExpectSamePerson(visited[i], listed.items[i]);
    }
  }

  int calls = 0;
  auto stopped = tx->people().ForEach({}, {}, [&](const core::Person&) {
    ++calls;
    return InvalidArgumentError("stop here");
  });
  EXPECT_THAT(stopped, HasError(ErrorCode::kInvalidArgument));
  EXPECT_EQ(calls, 1);
}

TEST_P(PeopleConformanceTest, SearchSeesOwnChangesAndForgetsRolledBackOnes) {
  const PersonId kept = AddPerson("Zora Kessler");
  auto found = [](Transaction& tx, const char* q) {
    auto result = tx.people().Search(q, {});
    EXPECT_THAT(result, IsOk()) << q;
    return result ? result->items : std::vector<PersonId>{};
  };
  {
    auto tx = Write();
    const PersonId added = AddPersonIn(*tx, "Yara Brandt");
    EXPECT_THAT(found(*tx, "yara"), ElementsAre(added));
    KNOTEN_ASSERT_OK_AND_ASSIGN(core::Person zora, tx->people().Get(kept));
    zora.display_name = "Zora Weiss";
    ASSERT_THAT(tx->people().Update(zora), IsOk());
    EXPECT_THAT(found(*tx, "weiss"), ElementsAre(kept));
    EXPECT_THAT(found(*tx, "kessler"), ElementsAre());
    // Dropped without Commit: rolled back.
  }
  auto tx = Read();
  EXPECT_THAT(found(*tx, "yara"), ElementsAre());
  EXPECT_THAT(found(*tx, "weiss"), ElementsAre());
  EXPECT_THAT(found(*tx, "kessler"), ElementsAre(kept));
}

TEST_P(PeopleConformanceTest, OffersAndNeedsByOwner) {
  const PersonId ben = AddPerson("Ben");
  const PersonId client = AddPerson("Client");
  auto tx = Write();
  core::Offer mine;
  mine.title = "Pressearbeit";
  mine.lang = core::Lang::kDe;
  mine.audience = "Gründerinnen";
  mine.created_at = Timestamp::FromUnixSeconds(5);
  KNOTEN_ASSERT_OK_AND_ASSIGN(OfferId mine_id, tx->offers().Create(mine));
  core::Offer his = mine;
  his.person_id = ben;
  his.title = "Fotografie";
  his.active = false;
  KNOTEN_ASSERT_OK_AND_ASSIGN(OfferId his_id, tx->offers().Create(his));

  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Offer got, tx->offers().Get(mine_id));
  EXPECT_EQ(got.title, "Pressearbeit");
  EXPECT_EQ(got.audience, "Gründerinnen");
  EXPECT_EQ(got.lang, core::Lang::kDe);
  EXPECT_FALSE(got.person_id.has_value());
  EXPECT_EQ(got.created_at, Timestamp::FromUnixSeconds(5));

  using Scope = OwnerFilter::Scope;
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto mine_only,
                              tx->offers().List({.scope = Scope::kMine}, {}));
  EXPECT_EQ(mine_only.total, 1);
  KNOTEN_ASSERT_OK_AND_ASSIGN(
      auto bens,
      tx->offers().List({.scope = Scope::kPerson, .person_id = ben}, {}));
  ASSERT_EQ(bens.total, 1);
  EXPECT_EQ(bens.items[0].id, his_id);
  KNOTEN_ASSERT_OK_AND_ASSIGN(auto active,
                              tx->offers().List({.active_only = true}, {}));
  EXPECT_EQ(active.total, 1);

  core::Need need;
  need.title = "Steuerberatung";
  need.lang = core::Lang::kDe;
  need.on_behalf_of = client;
  KNOTEN_ASSERT_OK_AND_ASSIGN(NeedId need_id, tx->needs().Create(need));
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Need got_need, tx->needs().Get(need_id));
  EXPECT_EQ(got_need.on_behalf_of, client);

  core::Offer orphan = mine;
  orphan.person_id = PersonId(4242);
  EXPECT_THAT(tx->offers().Create(orphan), HasError(ErrorCode::kNotFound));

  // Deleting a person removes their offers and clears needs held for them.
  ASSERT_THAT(tx->people().Delete(ben), IsOk());
  EXPECT_THAT(tx->offers().Get(his_id), HasError(ErrorCode::kNotFound));
  ASSERT_THAT(tx->people().Delete(client), IsOk());
  KNOTEN_ASSERT_OK_AND_ASSIGN(core::Need after, tx->needs().Get(need_id));
  EXPECT_FALSE(after.on_behalf_of.has_value());
  EXPECT_THAT(tx->needs().Delete(NeedId(999)), HasError(ErrorCode::kNotFound));
}

TEST_P(PeopleConformanceTest, ForEachOfferAndNeedAsListGivesThem) {
  const PersonId ben = AddPerson("Ben");
  auto tx = Write();
  using Scope = OwnerFilter::Scope;
  std::vector<OfferId> offers;
  std::vector<NeedId> needs;
  for (int i = 0; i < 4; ++i) {
    core::Offer o{
        .person_id = i % 2 == 0 ? std::optional<PersonId>(ben) : std::nullopt,
        .title = "Angebot " + std::to_string(i),
        .text = "Text " + std::to_string(i),
        .lang = core::Lang::kDe,
        .active = i != 2};
    KNOTEN_ASSERT_OK_AND_ASSIGN(OfferId id, tx->offers().Create(o));
    offers.push_back(id);
    core::Need n{.person_id = o.person_id,
                 .title = "Bedarf " + std::to_string(i),
                 .lang = core::Lang::kEn,
                 .active = i != 3};
    KNOTEN_ASSERT_OK_AND_ASSIGN(NeedId need_id, tx->needs().Create(n));
    needs.push_back(need_id);
  }
  for (const OwnerFilter& filter :
       {OwnerFilter{}, OwnerFilter{.active_only = true},
        OwnerFilter{.scope = Scope::kMine},
        OwnerFilter{
            .scope = Scope::kPerson, .person_id = ben, .active_only = true}}) {
    // Id, owner, title, text and activity of each, in order.
    using Row = std::tuple<int64_t, std::optional<PersonId>, std::string,
                           std::string, bool>;
    auto row = [](const auto& r) {
      return Row(r.id.value(), r.person_id, r.title, r.text, r.active);
    };
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto listed, tx->offers().List(filter, {}));
    std::vector<Row> want;
    std::ranges::transform(listed.items, std::back_inserter(want), row);
    std::vector<Row> visited;
    ASSERT_THAT(tx->offers().ForEach(filter,
                                     [&](const core::Offer& o) {
                                       visited.push_back(row(o));
                                       return OkStatus();
                                     }),
                IsOk());
    EXPECT_EQ(visited, want);
    KNOTEN_ASSERT_OK_AND_ASSIGN(auto listed_needs,
                                tx->needs().List(filter, {}));
    want.clear();
    std::ranges::transform(listed_needs.items, std::back_inserter(want), row);
    visited.clear();
    ASSERT_THAT(tx->needs().ForEach(filter,
                                    [&](const core::Need& n) {
                                      visited.push_back(row(n));
                                      return OkStatus();
                                    }),
                IsOk());
    EXPECT_EQ(visited, want);
  }
  std::vector<OfferId> active;
  ASSERT_THAT(tx->offers().ForEach({.active_only = true},
                                   [&](const core::Offer& o) {
                                     active.push_back(o.id);
                                     return OkStatus();
                                   }),
              IsOk());
  EXPECT_THAT(active, ElementsAre(offers[0], offers[1], offers[3]));

  // The visitor's first error ends the walk and comes back.
  int seen = 0;
  EXPECT_THAT(tx->needs().ForEach({},
                                  [&](const core::Need&) {
                                    ++seen;
                                    return AbortedError("enough");
                                  }),
              HasError(ErrorCode::kAborted));
  EXPECT_EQ(seen, 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, PeopleConformanceTest,
                         ::testing::ValuesIn(AllBackends()), BackendName);

}  // namespace
}  // namespace knoten::store
