// The record endpoints of the API: create, read, list (paging, search,
// filters), change and delete, each with the CLI's field names; bad input
// is a 4xx that changes nothing; idempotency keys store a record once.

#include <string>

#include <gtest/gtest.h>

#include "knoten/http/api_test_fixture.h"

namespace knoten::http {
namespace {

class ApiRecordsTest : public ApiTest {
 protected:
  int64_t CountOf(const std::string& list) {
    return Expect(200, "GET", list)["total"].get<int64_t>();
  }
};

TEST_F(ApiRecordsTest, PeopleCreateReadListChangeDelete) {
  const Json anna = Expect(201, "POST", "/api/v1/people",
                           {{"display_name", "Anna Berg"},
                            {"role", "Fotografin"},
                            {"tags", {"foto"}}});
  ASSERT_TRUE(anna.contains("id"));
  const std::string path = "/api/v1/people/" + anna["id"].dump();
  EXPECT_EQ(anna["created_at"], "2026-03-05T10:00:00Z");
  Expect(201, "POST", "/api/v1/people", {{"display_name", "Ben Kurz"}});

  const Json details = Expect(200, "GET", path);
  EXPECT_EQ(details["display_name"], "Anna Berg");
  EXPECT_TRUE(details["timeline"].is_array());
  EXPECT_TRUE(details["offers"].is_array());

  const Json page = Expect(200, "GET", "/api/v1/people?limit=1");
  EXPECT_EQ(page["total"], 2);
  EXPECT_EQ(page["limit"], 1);
  ASSERT_EQ(page["items"].size(), 1U);
  EXPECT_EQ(page["items"][0]["display_name"], "Anna Berg");
  EXPECT_EQ(
      Expect(200, "GET", "/api/v1/people?offset=1")["items"][0]["display_name"],
      "Ben Kurz");
  EXPECT_EQ(CountOf("/api/v1/people?tag=foto"), 1);
  EXPECT_EQ(CountOf("/api/v1/people?q=Fotografin"), 1);

  const Json changed = Expect(200, "PATCH", path, {{"city", "Köln"}});
  EXPECT_EQ(changed["city"], "Köln");
  EXPECT_EQ(changed["role"], "Fotografin");
  Expect(200, "PATCH", path, {{"archived", true}});
  EXPECT_EQ(CountOf("/api/v1/people"), 1);
  EXPECT_EQ(CountOf("/api/v1/people?archived=true"), 2);
  // An archived person is read-only and cannot be referenced until restored.
  Expect(409, "PATCH", path, {{"city", "Bonn"}});
  Expect(409, "POST", "/api/v1/offers",
         {{"person_id", anna["id"]}, {"title", "Porträts"}});
  EXPECT_EQ(CountOf("/api/v1/offers"), 0);
  Expect(200, "PATCH", path, {{"archived", false}});
  Expect(201, "POST", "/api/v1/offers",
         {{"person_id", anna["id"]}, {"title", "Porträts"}});

  Expect(204, "DELETE", path);
  Expect(404, "GET", path);
}

TEST_F(ApiRecordsTest, OffersAndNeedsOfPeopleAndMine) {
  const Json anna =
      Expect(201, "POST", "/api/v1/people", {{"display_name", "Anna"}});
  Expect(201, "POST", "/api/v1/offers",
         {{"person_id", anna["id"]}, {"title", "Pressearbeit"}});
  const Json mine = Expect(201, "POST", "/api/v1/offers",
                           {{"title", "Webdesign"}, {"audience", "Cafés"}});
  EXPECT_TRUE(mine["person_id"].is_null());
  Expect(201, "POST", "/api/v1/needs",
         {{"title", "Buchhaltung"}, {"text", "jemand für meine Zahlen"}});
  EXPECT_EQ(CountOf("/api/v1/offers"), 2);
  EXPECT_EQ(CountOf("/api/v1/offers?mine=true"), 1);
  EXPECT_EQ(CountOf("/api/v1/offers?person_id=" + anna["id"].dump()), 1);
  EXPECT_EQ(CountOf("/api/v1/offers?q=presse"), 1);
  EXPECT_EQ(CountOf("/api/v1/needs?mine=true"), 1);
  const Json person = Expect(200, "GET", "/api/v1/people/" + anna["id"].dump());
  ASSERT_EQ(person["offers"].size(), 1U);
  EXPECT_EQ(person["offers"][0]["title"], "Pressearbeit");
  Expect(200, "PATCH", "/api/v1/offers/" + mine["id"].dump(),
         {{"active", false}});
  EXPECT_EQ(CountOf("/api/v1/offers?active=true"), 1);
}

TEST_F(ApiRecordsTest, NetworksEventsMembersAndAnEncounterWithNewPeople) {
  const Json bni = Expect(201, "POST", "/api/v1/networks",
                          {{"name", "BNI Köln"},
                           {"kind", "referral_group"},
                           {"yearly_fee", 1200.5}});
  EXPECT_EQ(bni["yearly_fee"], 1200.5);
  const std::string network = bni["id"].dump();
  const Json event = Expect(201, "POST", "/api/v1/events",
                            {{"title", "Frühstück"},
                             {"network_id", bni["id"]},
                             {"starts_at", "2026-03-06T07:00:00Z"}});
  Expect(201, "POST", "/api/v1/networks/" + network + "/members",
         {{"role", "member"}});
  EXPECT_EQ(
      Expect(200, "GET", "/api/v1/networks/" + network + "/members")["total"],
      1);
  const Json met = Expect(
      201, "POST", "/api/v1/encounters",
      {{"event_id", event["id"]},
       {"topics", "Pressearbeit"},
       {"new_people",
        {{{"display_name", "Jana Keller"}}, {{"display_name", "Tom"}}}}});
  ASSERT_EQ(met["created_people"].size(), 2U);
  EXPECT_EQ(met["people"].size(), 2U);
  EXPECT_EQ(met["occurred_at"], "2026-03-05T10:00:00Z");
  EXPECT_EQ(CountOf("/api/v1/encounters?event_id=" + event["id"].dump()), 1);
  EXPECT_EQ(CountOf("/api/v1/events?network_id=" + network), 1);
  Expect(201, "POST", "/api/v1/networks/" + network + "/members",
         {{"person_id", met["created_people"][0]["id"]}});
  const Json members =
      Expect(200, "GET", "/api/v1/people?network_id=" + network);
  ASSERT_EQ(members["items"].size(), 1U);
  EXPECT_EQ(members["items"][0]["id"], met["created_people"][0]["id"]);
  Expect(400, "GET", "/api/v1/people?network_id=x");
}

TEST_F(ApiRecordsTest, EventModeCapturesAPersonWithOfferAndNeedAtOnce) {
  const Json event = Expect(
      201, "POST", "/api/v1/events",
      {{"title", "Netzwerkabend"}, {"starts_at", "2026-03-05T18:00:00Z"}});
  const std::string captures =
      "/api/v1/events/" + event["id"].dump() + "/captures";
  const Json captured = Expect(201, "POST", captures,
                               {{"name", "Jana Keller"},
                                {"offers", "Pressearbeit\nfür Gründerinnen"},
                                {"needs", ""},
                                {"note", "will über Podcasts reden"}});
  EXPECT_EQ(captured["person"]["display_name"], "Jana Keller");
  EXPECT_EQ(captured["person"]["first_met_event_id"], event["id"]);
  EXPECT_EQ(captured["offer"]["title"], "Pressearbeit");
  EXPECT_EQ(captured["offer"]["person_id"], captured["person"]["id"]);
  EXPECT_TRUE(captured["need"].is_null());
  EXPECT_EQ(captured["encounter"]["notes"], "will über Podcasts reden");
  EXPECT_EQ(CountOf("/api/v1/encounters?event_id=" + event["id"].dump()), 1);

  // All or nothing: without a name nothing is stored.
  Expect(400, "POST", captures, {{"name", ""}, {"offers", "Webdesign"}});
  Expect(400, "POST", captures, {{"name", "X"}, {"phone", "1"}});
  Expect(404, "POST", "/api/v1/events/999/captures", {{"name", "Y"}});
  EXPECT_EQ(CountOf("/api/v1/people"), 1);
  EXPECT_EQ(CountOf("/api/v1/offers"), 1);
}

TEST_F(ApiRecordsTest, LedgerIntroductionsPromisesAndFollowUps) {
  const Json a = Expect(201, "POST", "/api/v1/people", {{"display_name", "A"}});
  const Json b = Expect(201, "POST", "/api/v1/people", {{"display_name", "B"}});
  const Json tip = Expect(201, "POST", "/api/v1/ledger",
                          {{"person_id", a["id"]},
                           {"direction", "given"},
                           {"kind", "tip"},
                           {"text", "Förderprogramm"}});
  EXPECT_EQ(tip["occurred_at"], "2026-03-05T10:00:00Z");
  EXPECT_EQ(CountOf("/api/v1/ledger?direction=given"), 1);

  const Json intro = Expect(201, "POST", "/api/v1/introductions",
                            {{"person_a", a["id"]}, {"person_b", b["id"]}});
  EXPECT_EQ(intro["status"], "proposed");
  const Json made =
      Expect(200, "PATCH", "/api/v1/introductions/" + intro["id"].dump(),
             {{"status", "made"}});
  EXPECT_EQ(made["status"], "made");
  EXPECT_FALSE(made["ledger_entries"].empty());
  Expect(400, "PATCH", "/api/v1/introductions/" + intro["id"].dump(),
         {{"notes", "x"}});

  const Json promise = Expect(201, "POST", "/api/v1/promises",
                              {{"promisee_id", a["id"]},
                               {"text", "Kontakt zu Jana schicken"},
                               {"due_at", "2026-03-10"}});
  EXPECT_EQ(promise["status"], "open");
  const Json follow_up = Expect(201, "POST", "/api/v1/followups",
                                {{"person_id", b["id"]},
                                 {"kind", "call"},
                                 {"due_at", "2026-03-12T09:00:00Z"},
                                 {"about", "in Ruhe weiterreden"}});
  const std::string fpath = "/api/v1/followups/" + follow_up["id"].dump();
  EXPECT_EQ(Expect(200, "PATCH", fpath, {{"status", "done"}})["status"],
            "done");
  Expect(409, "PATCH", fpath, {{"status", "open"}});
  EXPECT_EQ(CountOf("/api/v1/followups?status=done"), 1);
}

TEST_F(ApiRecordsTest, BadInputIs4xxAndChangesNothing) {
  const Json anna =
      Expect(201, "POST", "/api/v1/people", {{"display_name", "Anna"}});
  const std::string path = "/api/v1/people/" + anna["id"].dump();
  const auto send = [&](const std::string& method, const std::string& target,
                        const std::string& body) {
    return Send(method, target, body);
  };
  for (const auto& [method, target, body] :
       std::vector<std::tuple<std::string, std::string, std::string>>{
           {"POST", "/api/v1/people", "{"},
           {"POST", "/api/v1/people", "[]"},
           {"POST", "/api/v1/people", R"({"display_name": 5})"},
           {"POST", "/api/v1/people", R"({"display_name": "X", "nick": "x"})"},
           {"POST", "/api/v1/people", "{\"display_name\": \"\xff\"}"},
           {"POST", "/api/v1/people", R"({"display_name": "X", "id": 99})"},
           {"PATCH", path, R"({"emails": "a@b.c"})"},
           {"PATCH", path, R"({"first_met_at": "gestern"})"},
           {"POST", "/api/v1/offers", R"({"title": "X", "person_id": 999})"},
           {"POST", "/api/v1/ledger", R"({"person_id": 1, "kind": "bribe"})"},
       }) {
    const Response response = send(method, target, body);
    EXPECT_GE(response.status, 400) << body;
    EXPECT_LT(response.status, 500) << body;
    EXPECT_TRUE(Json::parse(response.body).contains("error")) << body;
  }
  EXPECT_EQ(CountOf("/api/v1/people"), 1);
  EXPECT_EQ(CountOf("/api/v1/offers"), 0);
  EXPECT_EQ(Expect(200, "GET", path)["emails"], Json::array());

  Expect(404, "GET", "/api/v1/people/999");
  Expect(404, "GET", "/api/v1/people/abc");
  Expect(404, "PATCH", "/api/v1/people/999", {{"city", "Bonn"}});
  Expect(404, "DELETE", "/api/v1/offers/999");
  Expect(400, "GET", "/api/v1/people?limit=0");
  Expect(400, "GET", "/api/v1/people?limit=100000");
  Expect(400, "GET", "/api/v1/people?colour=blue");
  Expect(400, "GET", "/api/v1/offers?person_id=-1");
  Expect(400, "GET", "/api/v1/people?q=%ff");
  Expect(405, "PUT", "/api/v1/people");
}

TEST_F(ApiRecordsTest, AnIdempotencyKeyStoresARecordOnce) {
  const std::string body = R"({"display_name": "Jana"})";
  const std::vector<std::pair<std::string, std::string>> key = {
      {"Idempotency-Key", "capture-7f3a"}};
  const Response first = Send("POST", "/api/v1/people", body, key);
  ASSERT_EQ(first.status, 201);
  const Response again = Send("POST", "/api/v1/people", body, key);
  EXPECT_EQ(again.status, 201);
  EXPECT_EQ(again.body, first.body);
  EXPECT_EQ(again.headers.Get("Idempotent-Replayed"), "true");
  EXPECT_EQ(CountOf("/api/v1/people"), 1);

  EXPECT_EQ(Send("POST", "/api/v1/people", R"({"display_name": "Other"})", key)
                .status,
            422);
  EXPECT_EQ(
      Send("POST", "/api/v1/people", body, {{"Idempotency-Key", "ä"}}).status,
      400);
  // A failed request does not keep its key: the corrected retry stores.
  const std::vector<std::pair<std::string, std::string>> other = {
      {"Idempotency-Key", "capture-8"}};
  EXPECT_EQ(Send("POST", "/api/v1/offers", R"({"title": ""})", other).status,
            400);
  EXPECT_EQ(Send("POST", "/api/v1/offers", R"({"title": ""})", other).status,
            400);
  // After a day the key is forgotten.
  clock_.Advance(IdempotencyKeys::kLifetimeSeconds);
  cookie_.clear();
  EXPECT_EQ(Send("POST", "/api/v1/people", body, key).status, 201);
  EXPECT_EQ(CountOf("/api/v1/people"), 2);
}

TEST_F(ApiRecordsTest, ProfileAndToday) {
  const Json profile =
      Expect(200, "PATCH", "/api/v1/profile",
             {{"name", "Sabine"}, {"expertise_areas", {"Pressearbeit"}}});
  EXPECT_EQ(profile["name"], "Sabine");
  EXPECT_EQ(Expect(200, "GET", "/api/v1/profile")["expertise_areas"][0],
            "Pressearbeit");
  Expect(400, "PATCH", "/api/v1/profile", {{"nme", "x"}});

  const Json reflection = Expect(200, "GET", "/api/v1/reflection");
  ASSERT_EQ(reflection["total"], 10);
  EXPECT_EQ(reflection["items"][2]["item"], "know_who_i_am");
  EXPECT_EQ(reflection["items"][2]["evidence"]["facts"]["expertise_areas"], 1);
  const Json answered =
      Expect(200, "PUT", "/api/v1/reflection/small_talk",
             {{"answer", "not_yet"}, {"note", "lieber zu zweit"}});
  EXPECT_EQ(answered["answer"], "not_yet");
  EXPECT_EQ(answered["note"], "lieber zu zweit");
  EXPECT_EQ(Expect(200, "GET", "/api/v1/reflection")["items"][7]["answer"],
            "not_yet");
  Expect(404, "PUT", "/api/v1/reflection/smalltalk", {{"answer", "yes"}});
  Expect(400, "PUT", "/api/v1/reflection/small_talk", {{"answer", "maybe"}});
  Expect(400, "PUT", "/api/v1/reflection/small_talk", {{"note", "x"}});
  Expect(400, "PUT", "/api/v1/reflection/small_talk",
         {{"answer", "yes"}, {"mood", "x"}});
  EXPECT_EQ(Expect(200, "GET", "/api/v1/reflection")["items"][7]["answer"],
            "not_yet");

  const Json empty = Expect(200, "GET", "/api/v1/balance");
  EXPECT_EQ(empty["given"], 0);
  EXPECT_EQ(empty["received_by_kind"]["tip"], 0);
  Expect(404, "GET", "/api/v1/balance?person_id=77");
  Expect(400, "GET", "/api/v1/balance?from=yesterday-ish");
  Expect(400, "GET", "/api/v1/balance?to=2026-01-01");

  const Json today = Expect(200, "GET", "/api/v1/today");
  EXPECT_TRUE(today["nudges"].is_array());
  EXPECT_TRUE(today["followups_due"].is_array());
  EXPECT_EQ(today["suggestions_ready"], false);
  const Response suggestions = Send("GET", "/api/v1/suggestions");
  EXPECT_EQ(suggestions.status, 503);
  EXPECT_EQ(suggestions.headers.Get("Retry-After"), "2");
}

TEST_F(ApiRecordsTest, JudgementsClientFitAndATooEarlyPitch) {
  const Json anna =
      Expect(201, "POST", "/api/v1/people", {{"display_name", "Anna Berg"}});
  const std::string path = "/api/v1/people/" + anna["id"].dump();
  Expect(201, "POST", "/api/v1/needs",
         {{"person_id", anna["id"]}, {"title", "Webdesign für Unternehmen"}});
  Expect(201, "POST", "/api/v1/offers",
         {{"title", "Webdesign für kleine Unternehmen"}});

  Json fit = Expect(200, "GET", path)["client_fit"];
  EXPECT_TRUE(fit["level"].is_null());  // not judged yet
  EXPECT_GT(fit["factors"]["fit"].get<double>(), 0.25);
  EXPECT_EQ(fit["fit_why"]["need_title"], "Webdesign für Unternehmen");

  const Json judged = Expect(
      200, "PUT", path + "/judgements/competence",
      {{"value", 0.9}, {"evidence", "seen_work"}, {"note", "Portfolio"}});
  ASSERT_EQ(judged["judgements"].size(), 1U);
  EXPECT_EQ(judged["judgements"][0]["evidence"], "seen_work");
  Expect(200, "PUT", path + "/judgements/chemistry", {{"value", 0.8}});
  fit = Expect(200, "GET", path)["client_fit"];
  EXPECT_EQ(fit["weakest"], "trust");  // a stranger: trust decides
  EXPECT_EQ(fit["level"], fit["factors"]["trust"]);
  Expect(400, "PUT", path + "/judgements/chemistry", {{"value", 1.5}});
  Expect(400, "PUT", path + "/judgements/chemistry", {{"valeu", 0.5}});
  Expect(404, "PUT", path + "/judgements/trust", {{"value", 0.5}});
  Expect(404, "PUT", "/api/v1/people/99/judgements/chemistry",
         {{"value", 0.5}});
  EXPECT_EQ(Expect(200, "DELETE", path + "/judgements/chemistry")["judgements"]
                .size(),
            1U);

  const Json check = Expect(200, "GET", path + "/pitch-check");
  EXPECT_TRUE(check["too_early"].get<bool>());
  EXPECT_EQ(check["reasons"][0]["reason"], "little_trust");
  const Json refused =
      Expect(200, "POST", path + "/pitches", {{"about", "Website"}});
  EXPECT_FALSE(refused["recorded"].get<bool>());
  EXPECT_TRUE(refused["pitch"].is_null());
  Expect(400, "POST", path + "/pitches", {{"about", ""}});
  const Json recorded =
      Expect(201, "POST", path + "/pitches",
             {{"about", "Website"}, {"despite_too_early", true}});
  EXPECT_TRUE(recorded["pitch"]["too_early"].get<bool>());
  EXPECT_EQ(Expect(200, "GET", path)["timeline"][0]["kind"], "pitch");
}

TEST_F(ApiRecordsTest, TheNetworkReportComparesNetworksOverAPeriod) {
  const Json anna =
      Expect(201, "POST", "/api/v1/people", {{"display_name", "Anna Berg"}});
  const Json chapter = Expect(201, "POST", "/api/v1/networks",
                              {{"name", "Chapter"}, {"yearly_fee", 365}});
  Expect(201, "POST", "/api/v1/networks/" + chapter["id"].dump() + "/members",
         Json::object());  // the user
  Expect(201, "POST", "/api/v1/events",
         {{"network_id", chapter["id"]},
          {"title", "Breakfast"},
          {"starts_at", "2026-01-15T08:00:00Z"},
          {"duration_minutes", 90},
          {"cost", 20},
          {"attendees", {anna["id"]}}});
  Expect(201, "POST", "/api/v1/networks", {{"name", "Alumni"}});

  const Json report = Expect(
      200, "GET",
      "/api/v1/network-report?from=2026-01-01T00:00:00Z&until=2026-01-31T00:"
      "00:00Z");
  EXPECT_EQ(report["from"], "2026-01-01T00:00:00Z");
  ASSERT_EQ(report["total"], 2);
  const Json& alumni = report["items"][0];  // by name
  EXPECT_EQ(alumni["name"], "Alumni");
  EXPECT_EQ(alumni["people"], 0);
  const Json& c = report["items"][1];
  EXPECT_TRUE(c["member"].get<bool>());
  EXPECT_EQ(c["events"], 1);
  EXPECT_EQ(c["hours"], 1.5);
  EXPECT_EQ(c["money"], 50);  // 30 days of the fee and the breakfast
  EXPECT_EQ(c["people_met"], 1);
  EXPECT_EQ(c["expertise_fit"]["my_needs"], 0);
  EXPECT_EQ(report["expertise_fit_ready"], false);  // no word lists here

  Expect(400, "GET",
         "/api/v1/network-report?from=2026-02-01T00:00:00Z&until=2026-01-"
         "01T00:00:00Z");
  Expect(400, "GET", "/api/v1/network-report?since=2026-01-01");
  Expect(404, "GET", "/api/v1/network-report?network_id=99");
}

TEST_F(ApiRecordsTest, RelationshipsListEveryoneInOneOrder) {
  const Json anna =
      Expect(201, "POST", "/api/v1/people", {{"display_name", "Anna"}});
  Expect(201, "POST", "/api/v1/people",
         {{"display_name", "Ben"}, {"rhythm_days", 14}});
  Expect(200, "PUT",
         "/api/v1/people/" + anna["id"].dump() + "/judgements/competence",
         {{"value", 0.8}});
  Expect(200, "PUT",
         "/api/v1/people/" + anna["id"].dump() + "/judgements/chemistry",
         {{"value", 0.6}});

  const Json by_fit =
      Expect(200, "GET", "/api/v1/relationships?order=client_fit&limit=1");
  EXPECT_EQ(by_fit["total"], 2);
  EXPECT_EQ(by_fit["order"], "client_fit");
  ASSERT_EQ(by_fit["items"].size(), 1U);
  EXPECT_EQ(by_fit["items"][0]["person_name"], "Anna");  // the one judged
  EXPECT_EQ(by_fit["client_fit_ready"], false);          // no word lists here
  const Json by_touch =
      Expect(200, "GET", "/api/v1/relationships?order=keep_in_touch");
  EXPECT_EQ(by_touch["items"][0]["person_name"],
            "Ben");  // the one with a rhythm
  EXPECT_EQ(by_touch["items"][0]["keep_in_touch"]["rhythm_days"], 14);
  EXPECT_EQ(by_touch["items"][0]["keep_in_touch"]["chosen"], true);

  Expect(400, "GET", "/api/v1/relationships?order=love");
  Expect(400, "GET", "/api/v1/relationships?sort=trust");
}

}  // namespace
}  // namespace knoten::http
