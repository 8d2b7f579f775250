// The CLI's relationship figures end to end: give and take, trust, keeping
// in touch, the relationships list and the network report.

#include <string>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "knoten/cli/cli_test_fixture.h"
#include "knoten/cli/exit_codes.h"

namespace knoten::cli {
namespace {

using ::testing::HasSubstr;

TEST_F(CliTest, PersonShowDerivesTrustFromTheHistory) {
  Seed();  // person 1: met once at an event, a tip given, a promise open
  const Json met = Run({"person", "show", "1", "--json"}).json();
  const double first = met["trust"]["level"].get<double>();
  EXPECT_GT(first, 0);
  EXPECT_LT(first, 0.2);  // one evening makes nobody trusted
  EXPECT_EQ(met["trust"]["why"][0],
            "known for 0 months: trust can reach at most 0.20 so far");
  ASSERT_EQ(Run({"promise", "keep", "1"}).code, 0);
  const double kept =
      Run({"person", "show", "1", "--json"}).json()["trust"]["level"];
  EXPECT_GT(kept, first);
  ASSERT_EQ(Run({"promise", "add", "--to", "1", "--text", "Intro"}).code, 0);
  ASSERT_EQ(Run({"promise", "break", "2"}).code, 0);
  const Json broken = Run({"person", "show", "1", "--json"}).json();
  EXPECT_LT(broken["trust"]["level"].get<double>(), first);
  EXPECT_THAT(broken["trust"]["why"].dump(),
              HasSubstr("1 promise broken: each one halves trust"));
  clock_.Advance(200 * kSecondsPerDay);
  const Outcome german = Run({"person", "show", "1"}, "de");
  EXPECT_THAT(german.out, HasSubstr("Vertrauen: "));
  EXPECT_THAT(german.out,
              HasSubstr("seit 6 Monaten kein Kontakt: Vertrauen verblasst"));
  EXPECT_THAT(german.out, HasSubstr("Geben und Nehmen: 1 gegeben, 0 bekommen"));
}

TEST_F(CliTest, ARhythmIsChosenPerPersonAndTakenBack) {
  Seed();  // person 1: met once, a new acquaintance without a rhythm
  Json touch = Run({"person", "show", "1", "--json"}).json()["keep_in_touch"];
  EXPECT_TRUE(touch["rhythm_days"].is_null());
  EXPECT_THAT(Run({"person", "show", "1"}).out,
              HasSubstr("Keep in touch: no rhythm yet"));

  ASSERT_EQ(Run({"person", "edit", "1", "--rhythm", "14"}).code, 0);
  touch = Run({"person", "show", "1", "--json"}).json()["keep_in_touch"];
  EXPECT_EQ(touch["rhythm_days"], 14);
  EXPECT_EQ(touch["chosen"], true);
  EXPECT_FALSE(touch["due_at"].is_null());
  EXPECT_THAT(Run({"person", "show", "1"}, "de").out,
              HasSubstr("Kontakt halten: alle 14 Tage (deine Wahl)"));
  clock_.Advance(20 * kSecondsPerDay);
  const Json today = Run({"today", "--json"}).json();
  ASSERT_EQ(today["keep_in_touch"].size(), 1U);
  EXPECT_EQ(today["keep_in_touch"][0]["rhythm_chosen"], true);
  EXPECT_THAT(Run({"today"}).out, HasSubstr("every 14 days, as you chose"));

  EXPECT_EQ(Run({"person", "edit", "1", "--rhythm", "3"}).code, kExitInvalid);
  const Outcome word = Run({"person", "edit", "1", "--rhythm", "weekly"});
  EXPECT_EQ(word.code, kExitInvalid);
  EXPECT_THAT(word.err, HasSubstr("--rhythm 'weekly'"));
  ASSERT_EQ(Run({"person", "edit", "1", "--rhythm", "default"}).code, 0);
  touch = Run({"person", "show", "1", "--json"}).json()["keep_in_touch"];
  EXPECT_TRUE(touch["rhythm_days"].is_null());
  EXPECT_EQ(touch["chosen"], false);
  EXPECT_TRUE(Run({"today", "--json"}).json()["keep_in_touch"].empty());
}

TEST_F(CliTest, RelationshipsInEachOrder) {
  Seed();  // Anna: met, a tip given, a promise open; Ben: an introduction
  ASSERT_EQ(
      Run({"person", "judge", "1", "--competence", "4/5", "--chemistry", "5/5"})
          .code,
      0);
  const Json by_trust = Run({"relationships", "--json"}).json();
  ASSERT_EQ(by_trust["total"], 2);
  EXPECT_EQ(by_trust["order"], "trust");
  const Json& first = by_trust["items"][0];
  EXPECT_GE(first["trust"].get<double>(),
            by_trust["items"][1]["trust"].get<double>());
  const Json anna = Run({"relationships", "--order", "client_fit", "--json"})
                        .json()["items"][0];
  EXPECT_EQ(anna["person_id"], 1);  // the only one judged
  EXPECT_FALSE(anna["client_fit"]["level"].is_null());
  EXPECT_EQ(anna["balance"]["given"], 1);
  // The same figures as the person's page.
  const Json page = Run({"person", "show", "1", "--json"}).json();
  EXPECT_EQ(anna["trust"], page["trust"]["level"]);
  EXPECT_EQ(anna["client_fit"]["level"], page["client_fit"]["level"]);
  EXPECT_EQ(anna["keep_in_touch"], page["keep_in_touch"]);
  const Json one = Run({"relationships", "--limit", "1", "--offset", "1",
                        "--order", "balance", "--json"})
                       .json();
  EXPECT_EQ(one["items"].size(), 1U);
  EXPECT_EQ(one["total"], 2);
  EXPECT_THAT(Run({"relationships", "--order", "keep_in_touch"}, "de").out,
              HasSubstr("Beziehungen nach keep_in_touch (2 von 2):"));
  const Outcome bad = Run({"relationships", "--order", "love"});
  EXPECT_EQ(bad.code, kExitInvalid);
  EXPECT_THAT(bad.err, HasSubstr("client_fit"));
}

TEST_F(CliTest, LedgerBalanceCountsAndWeighs) {
  Seed();  // a tip given to person 1
  ASSERT_EQ(Run({"take", "referral", "--from", "1", "--status", "won",
                 "--value", "2500"})
                .code,
            0);
  const Json all = Run({"ledger", "balance", "--json"}).json();
  EXPECT_EQ(all["given"], 1);
  EXPECT_EQ(all["received"], 1);
  EXPECT_EQ(all["received_weight"], 3.0);
  EXPECT_EQ(all["business_value_received"]["EUR"], 2500);
  const Outcome text = Run({"ledger", "balance", "--person", "1"}, "de");
  EXPECT_THAT(text.out, HasSubstr("Bekommen: 1 (Gewicht 3"));
  EXPECT_THAT(text.out, HasSubstr("Aufträge für dich: 2500 EUR"));
  const Json later =
      Run({"ledger", "balance", "--since", "2030-01-01", "--json"}).json();
  EXPECT_EQ(later["given"], 0);
  EXPECT_EQ(Run({"ledger", "balance", "--person", "42"}).code, kExitNotFound);
  const Json person = Run({"person", "show", "1", "--json"}).json();
  EXPECT_EQ(person["balance"]["given_by_kind"]["tip"], 1);
}

TEST_F(CliTest, NetworkReportInBothLanguages) {
  Seed();  // Anna met at event 1, a tip given to her
  ASSERT_EQ(Run({"event", "edit", "1", "--network", "1"}).code, 0);
  ASSERT_EQ(Run({"network", "join", "1"}).code, 0);
  const Json report = Run({"network", "report", "--json"}).json();
  ASSERT_EQ(report["total"], 1);
  const Json& ihk = report["items"][0];
  EXPECT_EQ(ihk["name"], "IHK");
  EXPECT_TRUE(ihk["member"].get<bool>());
  EXPECT_EQ(ihk["events"], 1);
  EXPECT_EQ(ihk["people"], 1);
  EXPECT_EQ(ihk["people_met"], 1);
  EXPECT_EQ(ihk["given"], 1);
  EXPECT_EQ(ihk["expertise_fit"]["their_needs"], 0);
  const Outcome german = Run({"network", "report"}, "de");
  EXPECT_THAT(german.out, HasSubstr("IHK (Mitglied)"));
  EXPECT_THAT(german.out, HasSubstr("1 gegeben, 0 erhalten"));
  EXPECT_THAT(german.out, HasSubstr("1 Veranstaltung, "));
  EXPECT_THAT(Run({"network", "report"}).out,
              HasSubstr("0 introductions, 0 referrals"));
  // The day of --until counts whole: the event of 2026-03-01 is in.
  EXPECT_EQ(Run({"network", "report", "--from", "2026-03-01", "--until",
                 "2026-03-01", "--json"})
                .json()["items"][0]["events"],
            1);
  ExpectRejected(
      {"network", "report", "--from", "2026-04-01", "--until", "2026-03-01"},
      kExitInvalid);
  ExpectRejected({"network", "report", "--from", "neulich"}, kExitInvalid);
  ExpectRejected({"network", "report", "--network", "99"}, kExitNotFound);
}

}  // namespace
}  // namespace knoten::cli
