#include "knoten/app/demo.h"

#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <utility>
#include <vector>

#include "knoten/app/demo_content.h"
#include "knoten/base/text.h"
#include "knoten/core/encounter.h"
#include "knoten/core/event.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/introduction.h"
#include "knoten/core/ledger_entry.h"
#include "knoten/core/need.h"
#include "knoten/core/network.h"
#include "knoten/core/offer.h"
#include "knoten/core/person.h"
#include "knoten/core/profile.h"
#include "knoten/core/promise.h"

namespace knoten::app {
namespace {

// SplitMix64: tiny, fast and identical on every platform, unlike the
// distributions of <random>.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30U)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27U)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31U);
  }
  // Uniform in [0, n).
  int64_t Below(int64_t n) {
    return static_cast<int64_t>(Next() % static_cast<uint64_t>(n));
  }
  int64_t Between(int64_t lo, int64_t hi) { return lo + Below(hi - lo + 1); }
  bool Chance(int percent) { return Below(100) < percent; }
  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[static_cast<size_t>(
        Below(static_cast<int64_t>(items.size())))];
  }

 private:
  uint64_t state_;
};

// "Gül.Çelik" -> "guel.celik": a plausible e-mail local part.
std::string AsciiMail(const std::string& name) {
  constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kMap =
      {{{"ä", "ae"},
        {"ö", "oe"},
        {"ü", "ue"},
        {"ß", "ss"},
        {"Ä", "ae"},
        {"Ö", "oe"},
        {"Ü", "ue"},
        {"Ç", "c"},
        {"ç", "c"}}};
  std::string out;
  for (size_t i = 0; i < name.size();) {
    bool replaced = false;
    for (const auto& [from, to] : kMap) {
      if (name.compare(i, from.size(), from) == 0) {
        out += to;
        i += from.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    const char c = name[i++];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '.') {
      out += c;
    }
  }
  return AsciiLower(out);
}

// Minutes after midnight.
constexpr int64_t At(int64_t hour) { return hour * 60; }

struct Seeder {
  store::Transaction& tx;
  Rng rng;
  Timestamp today;  // midnight UTC of the day the demo runs
  Timestamp now;
  int64_t size;
  std::vector<PersonId> people;
  std::vector<NetworkId> networks;
  std::vector<core::Event> events;
  DemoSummary summary;

  Timestamp DaysFromToday(int64_t days, int64_t minute_of_day) const {
    return Timestamp::FromUnixSeconds(
        today.unix_seconds() + days * kSecondsPerDay + minute_of_day * 60);
  }
  template <typename T>
  const T& Any(const std::vector<T>& items) {
    return items[static_cast<size_t>(
        rng.Below(static_cast<int64_t>(items.size())))];
  }
  PersonId SomePerson() { return Any(people); }

  Status Profile();
  Status MyOffersAndNeeds();
  Status Networks();
  Result<core::Person> MakePerson(const demo::OfferText& offer);
  Status People();
  Status OffersAndNeeds(PersonId id, const demo::OfferText& main_offer);
  Status Events();
  Status Encounters();
  core::LedgerEntry MakeLedgerEntry();
  Status Ledger();
  Result<core::Introduction> MakeIntroduction();
  Status Introductions();
  Status Promises();
  Status FollowUps();
};

Status Seeder::Profile() {
  core::Profile me;
  me.name = "Sabine Berger";
  me.business_name = "Berger PR";
  me.positioning =
      "Freie PR-Beraterin: ich helfe Gründerinnen und kleinen Unternehmen, "
      "ihre Pressearbeit selbst zu machen.";
  me.languages = {"de", "en"};
  me.expertise_areas = {"Pressearbeit", "Öffentlichkeitsarbeit",
                        "Medientraining"};
  KNOTEN_ASSIGN_OR_RETURN(me, core::ValidateProfile(std::move(me)));
  return tx.profile().Put(me);
}

Status Seeder::MyOffersAndNeeds() {
  const std::array<core::Offer, 2> offers = {{
      {.title = "Pressearbeit zum Selbermachen",
       .text = "Workshop und Begleitung: Themen finden, Pressemitteilung "
               "schreiben, Redaktionen ansprechen.",
       .lang = core::Lang::kDe,
       .audience = "Gründerinnen und kleine Unternehmen",
       .created_at = now},
      {.title = "Media training",
       .text = "Interview practice for founders before their first press or "
               "podcast appearance.",
       .lang = core::Lang::kEn,
       .audience = "founders",
       .created_at = now},
  }};
  for (const core::Offer& offer : offers) {
    KNOTEN_RETURN_IF_ERROR(tx.offers().Create(offer));
    ++summary.offers;
  }
  // One need is held on behalf of a client (C6), one is the user's own.
  const std::array<core::Need, 2> needs = {{
      {.title = "Steuerberatung für eine Kundin",
       .text = "Meine Kundin gründet eine GmbH und sucht eine Steuerberatung.",
       .lang = core::Lang::kDe,
       .on_behalf_of = people.front(),
       .created_at = now},
      {.title = "Looking for a photographer for my new website",
       .lang = core::Lang::kEn,
       .created_at = now},
  }};
  for (const core::Need& need : needs) {
    KNOTEN_RETURN_IF_ERROR(tx.needs().Create(need));
    ++summary.needs;
  }
  return OkStatus();
}

Status Seeder::Networks() {
  int64_t index = 0;
  for (const demo::NetworkText& text : demo::Networks()) {
    core::Network n{.name = std::string(text.name),
                    .kind = text.kind,
                    .yearly_fee_cents = int64_t{text.yearly_fee_euros} * 100,
                    .cadence = text.cadence,
                    .created_at = now};
    KNOTEN_ASSIGN_OR_RETURN(n, core::ValidateNetwork(std::move(n)));
    KNOTEN_ASSIGN_OR_RETURN(NetworkId id, tx.networks().Create(n));
    networks.push_back(id);
    ++summary.networks;
    if (index++ >= 4) continue;  // the user is in four of the five
    KNOTEN_RETURN_IF_ERROR(tx.networks().AddMembership(
        {.network_id = id,
         .since = DaysFromToday(index * 60 - 400, 0),
         .role = "member"}));
  }
  return OkStatus();
}

Status Seeder::OffersAndNeeds(PersonId id, const demo::OfferText& main_offer) {
  std::vector<const demo::OfferText*> offers = {&main_offer};
  if (rng.Chance(40)) offers.push_back(&rng.Pick(demo::Offers()));
  for (const demo::OfferText* text : offers) {
    core::Offer offer{.person_id = id,
                      .title = std::string(text->title),
                      .text = std::string(text->text),
                      .lang = text->lang,
                      .audience = std::string(text->audience),
                      .created_at = now};
    KNOTEN_RETURN_IF_ERROR(tx.offers().Create(offer));
    ++summary.offers;
  }
  if (!rng.Chance(70)) return OkStatus();
  const demo::NeedText& text = rng.Pick(demo::Needs());
  core::Need need{.person_id = id,
                  .title = std::string(text.title),
                  .text = std::string(text.text),
                  .lang = text.lang,
                  .created_at = now};
  KNOTEN_RETURN_IF_ERROR(tx.needs().Create(need));
  ++summary.needs;
  return OkStatus();
}

Result<core::Person> Seeder::MakePerson(const demo::OfferText& offer) {
  core::Person p;
  p.given_name = std::string(rng.Pick(demo::GivenNames()));
  p.family_name = std::string(rng.Pick(demo::FamilyNames()));
  p.organisation = std::string(rng.Pick(demo::OrganisationPatterns()));
  p.organisation.replace(p.organisation.find("%s"), 2, p.family_name);
  p.role = std::string(offer.role);
  p.city = std::string(rng.Pick(demo::Cities()));
  p.languages = {"de"};
  if (offer.lang == core::Lang::kEn) p.languages = {"en", "de"};
  std::string email = AsciiMail(p.given_name + "." + p.family_name);
  email += "@example.org";
  p.emails = {std::move(email)};
  if (rng.Chance(60)) {
    p.phones = {"+49 30 " + std::to_string(rng.Between(1000000, 9999999))};
  }
  if (rng.Chance(30)) p.tags = {rng.Chance(50) ? "kundin" : "partner"};
  p.first_met_at = DaysFromToday(-rng.Between(20, 900), At(18));
  p.created_at = now;
  p.updated_at = now;
  return core::ValidatePerson(std::move(p));
}

Status Seeder::People() {
  for (int64_t i = 0; i < size; ++i) {
    const demo::OfferText& offer = rng.Pick(demo::Offers());
    KNOTEN_ASSIGN_OR_RETURN(core::Person p, MakePerson(offer));
    KNOTEN_ASSIGN_OR_RETURN(PersonId id, tx.people().Create(p));
    people.push_back(id);
    ++summary.people;
    KNOTEN_RETURN_IF_ERROR(OffersAndNeeds(id, offer));
    KNOTEN_RETURN_IF_ERROR(tx.networks().AddMembership(
        {.network_id = Any(networks), .person_id = id, .role = "member"}));
  }
  return OkStatus();
}

Status Seeder::Events() {
  const int64_t count = std::max<int64_t>(12, size / 5);
  const auto texts = demo::Networks();
  for (int64_t i = 0; i < count; ++i) {
    const size_t n = static_cast<size_t>(i) % texts.size();
    const demo::NetworkText& text = texts[n];
    core::Event e{.network_id = networks[n],
                  .title = std::string(text.event_title),
                  .starts_at = DaysFromToday(-rng.Between(-14, 360), At(18)),
                  .duration_minutes = text.event_minutes,
                  .place = std::string(text.place),
                  .cost_cents = int64_t{text.event_cost_euros} * 100};
    const int64_t attendees = std::min<int64_t>(rng.Between(3, 8), size);
    for (int64_t a = 0; a < attendees; ++a) e.attendees.push_back(SomePerson());
    KNOTEN_ASSIGN_OR_RETURN(e, core::ValidateEvent(std::move(e)));
    KNOTEN_ASSIGN_OR_RETURN(e.id, tx.events().Create(e));
    events.push_back(std::move(e));
    ++summary.events;
  }
  return OkStatus();
}

Status Seeder::Encounters() {
  const int64_t count = size * 3;
  for (int64_t i = 0; i < count; ++i) {
    core::Encounter e;
    const int64_t roll = rng.Below(100);
    e.kind = roll < 55   ? core::EncounterKind::kSmallTalk
             : roll < 75 ? core::EncounterKind::kOneOnOne
             : roll < 90 ? core::EncounterKind::kCall
                         : core::EncounterKind::kOnline;
    const core::Event& event = Any(events);
    const bool at_event = e.kind == core::EncounterKind::kSmallTalk &&
                          event.starts_at < now && !event.attendees.empty();
    if (at_event) {
      e.event_id = event.id;
      e.occurred_at = event.starts_at;
      e.people = {Any(event.attendees)};
      if (rng.Chance(30)) e.people.push_back(SomePerson());
    } else {
      e.occurred_at =
          DaysFromToday(-rng.Between(1, 365), rng.Between(At(8), At(19)));
      e.people = {SomePerson()};
    }
    e.topics = std::string(rng.Pick(demo::Topics()));
    KNOTEN_ASSIGN_OR_RETURN(e, core::ValidateEncounter(std::move(e)));
    KNOTEN_RETURN_IF_ERROR(tx.encounters().Create(e));
    ++summary.encounters;
  }
  return OkStatus();
}

core::LedgerEntry Seeder::MakeLedgerEntry() {
  core::LedgerEntry e;
  e.occurred_at = DaysFromToday(-rng.Between(1, 365), At(12));
  e.direction =
      rng.Chance(55) ? core::Direction::kGiven : core::Direction::kReceived;
  const int64_t roll = rng.Below(100);
  e.kind = roll < 35   ? core::LedgerKind::kTip
           : roll < 55 ? core::LedgerKind::kRecommendation
           : roll < 65 ? core::LedgerKind::kReferral
           : roll < 80 ? core::LedgerKind::kHelp
           : roll < 90 ? core::LedgerKind::kInvitation
                       : core::LedgerKind::kFeedback;
  e.person_id = SomePerson();
  e.text = std::string(rng.Pick(demo::TipTexts()));
  if (e.kind != core::LedgerKind::kReferral) return e;
  e.referral_status = static_cast<core::ReferralStatus>(rng.Below(4));
  if (e.referral_status == core::ReferralStatus::kWon) {
    e.business_value_cents = rng.Between(5, 80) * 10000;
  }
  return e;
}

Status Seeder::Ledger() {
  const int64_t count = size * 2;
  for (int64_t i = 0; i < count; ++i) {
    KNOTEN_ASSIGN_OR_RETURN(core::LedgerEntry e,
                            core::ValidateLedgerEntry(MakeLedgerEntry()));
    KNOTEN_RETURN_IF_ERROR(tx.ledger().Create(e));
    ++summary.ledger_entries;
  }
  return OkStatus();
}

Result<core::Introduction> Seeder::MakeIntroduction() {
  core::Introduction intro{
      .person_a = SomePerson(),
      .person_b = SomePerson(),
      .notes = "passen fachlich gut zusammen",
      .created_at = DaysFromToday(-rng.Between(5, 200), At(9))};
  const int64_t roll = rng.Below(10);
  intro.status = roll < 3   ? core::IntroductionStatus::kProposed
                 : roll < 5 ? core::IntroductionStatus::kAsked
                 : roll < 9 ? core::IntroductionStatus::kMade
                            : core::IntroductionStatus::kDeclined;
  if (intro.status == core::IntroductionStatus::kMade) {
    intro.made_at = Timestamp::FromUnixSeconds(intro.created_at.unix_seconds() +
                                               3 * kSecondsPerDay);
  }
  return core::ValidateIntroduction(std::move(intro));
}

Status Seeder::Introductions() {
  const int64_t count = std::max<int64_t>(3, size / 10);
  for (int64_t i = 0; i < count && people.size() >= 2; ++i) {
    auto made = MakeIntroduction();
    if (!made) continue;  // drew the same person twice
    core::Introduction intro = std::move(made).value();
    KNOTEN_ASSIGN_OR_RETURN(intro.id, tx.introductions().Create(intro));
    ++summary.introductions;
    if (!intro.made_at) continue;
    for (const core::LedgerEntry& e :
         core::LedgerEntriesForMadeIntroduction(intro, *intro.made_at)) {
      KNOTEN_RETURN_IF_ERROR(tx.ledger().Create(e));
      ++summary.ledger_entries;
    }
  }
  return OkStatus();
}

Status Seeder::Promises() {
  const int64_t count = std::max<int64_t>(6, size / 4);
  for (int64_t i = 0; i < count; ++i) {
    core::Promise p{.text = std::string(rng.Pick(demo::PromiseTexts())),
                    .due_at = DaysFromToday(rng.Between(-20, 20), At(17)),
                    .created_at = DaysFromToday(-rng.Between(10, 90), At(10))};
    if (rng.Chance(60)) {
      p.promisee = SomePerson();
    } else {
      p.promisor = SomePerson();
    }
    if (*p.due_at < now && rng.Chance(70)) {
      p.status = rng.Chance(85) ? core::PromiseStatus::kKept
                                : core::PromiseStatus::kBroken;
    }
    KNOTEN_ASSIGN_OR_RETURN(p, core::ValidatePromise(std::move(p)));
    KNOTEN_RETURN_IF_ERROR(tx.promises().Create(p));
    ++summary.promises;
  }
  return OkStatus();
}

Status Seeder::FollowUps() {
  const int64_t count = std::max<int64_t>(8, size / 3);
  for (int64_t i = 0; i < count; ++i) {
    // The first three are due today, so a fresh demo always has a plan.
    const int64_t day = i < 3 ? 0 : rng.Between(-10, 30);
    core::FollowUp f{
        .person_id = SomePerson(),
        .kind = rng.Chance(50) ? core::FollowUpKind::kCall
                               : core::FollowUpKind::kMeeting,
        .due_at = DaysFromToday(day, At(rng.Between(9, 16))),
        .about = std::string(rng.Pick(demo::FollowUpTopics())),
        .created_at = DaysFromToday(std::min<int64_t>(day, 0) - 7, At(9))};
    if (day < -3 && rng.Chance(70)) f.status = core::FollowUpStatus::kDone;
    KNOTEN_ASSIGN_OR_RETURN(f, core::ValidateFollowUp(std::move(f)));
    KNOTEN_RETURN_IF_ERROR(tx.follow_ups().Create(f));
    ++summary.follow_ups;
  }
  return OkStatus();
}

Status RefuseNonEmpty(store::Transaction& tx) {
  KNOTEN_ASSIGN_OR_RETURN(
      auto existing,
      tx.people().List({.include_archived = true}, {.limit = 1}));
  if (existing.total == 0) return OkStatus();
  return FailedPreconditionError(
      "This database already holds people; the demo only seeds an empty "
      "database (use another file with --db).");
}

}  // namespace

Result<DemoSummary> SeedDemo(Context& ctx, const DemoOptions& options) {
  if (options.people < 1 || options.people > kDemoMaxPeople) {
    return InvalidArgumentError("The demo size must be between 1 and " +
                                std::to_string(kDemoMaxPeople) +
                                " people; give --people N in that range.");
  }
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<DemoSummary> {
    KNOTEN_RETURN_IF_ERROR(RefuseNonEmpty(tx));
    const Timestamp now = ctx.clock.Now();
    Seeder seeder{.tx = tx,
                  .rng = Rng(options.seed),
                  .today = StartOfDay(now),
                  .now = now,
                  .size = options.people};
    constexpr std::array kSteps = {&Seeder::Profile,  &Seeder::Networks,
                                   &Seeder::People,   &Seeder::MyOffersAndNeeds,
                                   &Seeder::Events,   &Seeder::Encounters,
                                   &Seeder::Ledger,   &Seeder::Introductions,
                                   &Seeder::Promises, &Seeder::FollowUps};
    for (auto step : kSteps) KNOTEN_RETURN_IF_ERROR((seeder.*step)());
    return seeder.summary;
  });
}

}  // namespace knoten::app
