// One store interface per aggregate, each reached through a Transaction
// (store.h). Filters name the optional conditions of a List call; empty
// fields do not filter. Lists are ordered as documented per method.

#ifndef KNOTEN_STORE_AGGREGATE_STORES_H_
#define KNOTEN_STORE_AGGREGATE_STORES_H_

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/base/ids.h"
#include "knoten/base/result.h"
#include "knoten/base/time.h"
#include "knoten/core/account.h"
#include "knoten/core/encounter.h"
#include "knoten/core/event.h"
#include "knoten/core/follow_up.h"
#include "knoten/core/introduction.h"
#include "knoten/core/judgement.h"
#include "knoten/core/ledger_entry.h"
#include "knoten/core/need.h"
#include "knoten/core/network.h"
#include "knoten/core/offer.h"
#include "knoten/core/person.h"
#include "knoten/core/pitch.h"
#include "knoten/core/profile.h"
#include "knoten/core/promise.h"
#include "knoten/core/reflection.h"
#include "knoten/store/crud_store.h"
#include "knoten/store/list_options.h"

namespace knoten::store {

// The accounts that may log in. Usernames are unique (stored normalised,
// see core::NormalizeUsername).
class AccountStore {
 public:
  AccountStore() = default;
  AccountStore(const AccountStore&) = delete;
  AccountStore& operator=(const AccountStore&) = delete;
  virtual ~AccountStore() = default;

  // kAlreadyExists if the username is taken.
  virtual Result<AccountId> Create(const core::Account& account) = 0;
  // kNotFound if there is no such account.
  virtual Result<core::Account> FindByUsername(std::string_view username) = 0;
  virtual Result<int64_t> Count() = 0;
  // Replaces the hash (a new password, or a rehash with stronger
  // parameters); kNotFound if there is no such account.
  virtual Status SetPasswordHash(AccountId id, const std::string& hash) = 0;

  // The account's calendar feed, known by a hash of its secret token: Put
  // replaces the account's feed (the old token stops working); Remove ends
  // it (not an error without one). kNotFound from Put if there is no such
  // account, from FindFeed if no feed has this hash.
  virtual Status PutFeed(AccountId id, const std::string& token_hash,
                         Timestamp created_at) = 0;
  virtual Status RemoveFeed(AccountId id) = 0;
  virtual Result<AccountId> FindFeed(const std::string& token_hash) = 0;
};

class ProfileStore {
 public:
  ProfileStore() = default;
  ProfileStore(const ProfileStore&) = delete;
  ProfileStore& operator=(const ProfileStore&) = delete;
  virtual ~ProfileStore() = default;

  // Returns the user's profile, or kNotFound before one was saved.
  virtual Result<core::Profile> Get() = 0;
  // Creates or replaces the profile.
  virtual Status Put(const core::Profile& profile) = 0;

  // The answered items of the reflection checklist, in the checklist's
  // order (items never answered are left out).
  virtual Result<std::vector<core::ReflectionEntry>> Reflection() = 0;
  // Creates or replaces the answer to `entry.item`.
  virtual Status PutReflection(const core::ReflectionEntry& entry) = 0;
};

struct PersonFilter {
  bool include_archived = false;
  std::optional<std::string> tag;
  // Only members of this network.
  std::optional<NetworkId> network_id;
};

class PersonStore : public CrudStore<core::Person, PersonId> {
 public:
  // Ordered by display name (case-insensitive), then id.
  virtual Result<Page<core::Person>> List(const PersonFilter& filter,
                                          const Paging& paging) = 0;
  // Calls `visit` for each person List(filter, paging) returns, in the same
  // order, one at a time, so that long lists need not fit in memory; the
  // reference is valid only during the call. Stops at the first error
  // `visit` returns and returns it. Returns what List's Page::total would be.
  virtual Result<int64_t> ForEach(
      const PersonFilter& filter, const Paging& paging,
      const std::function<Status(const core::Person&)>& visit) = 0;
  // Full-text search over name, organisation, role, city, tags, notes and the
  // person's offers and needs; every word of `query` must match (as a word
  // prefix). Returns ids, best match first; archived people are included.
  virtual Result<Page<PersonId>> Search(std::string_view query,
                                        const Paging& paging) = 0;

  // Moves what refers to person `from` over to `into`, for merging two
  // people: every row of every table that refers to a person (found from
  // the schema, so a table added later moves too), except `from`'s own
  // e-mail addresses, phone numbers, web addresses, tags and kept vCard
  // properties, which the caller merges as values. A row that cannot move stays
  // with `from` and goes when `from` is deleted: `into` has its like already
  // (attended the same event, a judgement of the same factor, a membership of
  // the same network), or it would link `into` with itself (an introduction or
  // a promise between the two). A need of `into` on behalf of `from` becomes
  // `into`'s own need. Returns the rows moved per table, in table
  // order, tables without any left out. kNotFound if either person does
  // not exist; kInvalidArgument if they are the same.
  virtual Result<std::vector<std::pair<std::string, int64_t>>> MoveReferences(
      PersonId from, PersonId into) = 0;

  // The vCard properties kept with a person for export
  // (interop/vcard_kept.h), as content lines in their order; empty when
  // there are none. kNotFound for an unknown person.
  virtual Result<std::vector<std::string>> KeptVCard(PersonId id) = 0;
  // Replaces them; no lines removes them. kInvalidArgument for an empty
  // line or one with a line break; kNotFound for an unknown person. Like
  // channels and tags, they are the person's own values: MoveReferences
  // leaves them, and the one who merges two people merges them.
  virtual Status SetKeptVCard(PersonId id,
                              const std::vector<std::string>& lines) = 0;
};

// Whose offers or needs to list.
struct OwnerFilter {
  enum class Scope { kAll, kMine, kPerson };
  Scope scope = Scope::kAll;
  PersonId person_id;  // for kPerson
  bool active_only = false;
};

class OfferStore : public CrudStore<core::Offer, OfferId> {
 public:
  // Ordered by id.
  virtual Result<Page<core::Offer>> List(const OwnerFilter& filter,
                                         const Paging& paging) = 0;
  // Calls `visit` for each offer List(filter, {}) returns, in the same
  // order, one at a time, so that all of them need not fit in memory; the
  // reference is valid only during the call. Stops at the first error
  // `visit` returns and returns it.
  virtual Status ForEach(
      const OwnerFilter& filter,
      const std::function<Status(const core::Offer&)>& visit) = 0;
};

class NeedStore : public CrudStore<core::Need, NeedId> {
 public:
  // Ordered by id.
  virtual Result<Page<core::Need>> List(const OwnerFilter& filter,
                                        const Paging& paging) = 0;
  // As OfferStore::ForEach, for needs.
  virtual Status ForEach(
      const OwnerFilter& filter,
      const std::function<Status(const core::Need&)>& visit) = 0;
};

class NetworkStore : public CrudStore<core::Network, NetworkId> {
 public:
  // Ordered by name, then id.
  virtual Result<Page<core::Network>> List(const Paging& paging) = 0;

  // Returns kAlreadyExists if the person (or the user) is already a member.
  virtual Result<MembershipId> AddMembership(
      const core::Membership& membership) = 0;
  virtual Status RemoveMembership(MembershipId id) = 0;
  // Memberships of one network, the user's first, then by id.
  virtual Result<std::vector<core::Membership>> Memberships(
      NetworkId network_id) = 0;
  // Memberships of a person, or of the user when `person_id` is empty.
  virtual Result<std::vector<core::Membership>> MembershipsOf(
      std::optional<PersonId> person_id) = 0;
};

struct EventFilter {
  std::optional<NetworkId> network_id;
  std::optional<PersonId> attendee;
  std::optional<Timestamp> from;   // starts at or after
  std::optional<Timestamp> until;  // starts before
};

class EventStore : public CrudStore<core::Event, EventId> {
 public:
  // Ordered by start time, latest first.
  virtual Result<Page<core::Event>> List(const EventFilter& filter,
                                         const Paging& paging) = 0;
};

struct EncounterFilter {
  std::optional<PersonId> person_id;
  std::optional<EventId> event_id;
  std::optional<Timestamp> from;
};

class EncounterStore : public CrudStore<core::Encounter, EncounterId> {
 public:
  // Ordered by time, latest first.
  virtual Result<Page<core::Encounter>> List(const EncounterFilter& filter,
                                             const Paging& paging) = 0;
};

struct LedgerFilter {
  std::optional<PersonId> person_id;
  std::optional<core::Direction> direction;
  std::optional<IntroductionId> introduction_id;
  std::optional<Timestamp> from;
};

class LedgerStore : public CrudStore<core::LedgerEntry, LedgerEntryId> {
 public:
  // Ordered by time, latest first.
  virtual Result<Page<core::LedgerEntry>> List(const LedgerFilter& filter,
                                               const Paging& paging) = 0;
};

struct IntroductionFilter {
  std::optional<PersonId> person_id;  // either side
  std::optional<core::IntroductionStatus> status;
};

class IntroductionStore : public CrudStore<core::Introduction, IntroductionId> {
 public:
  // Ordered by id, latest first.
  virtual Result<Page<core::Introduction>> List(
      const IntroductionFilter& filter, const Paging& paging) = 0;
};

struct PromiseFilter {
  std::optional<PersonId> person_id;  // either side
  std::optional<core::PromiseStatus> status;
  std::optional<Timestamp> due_before;  // due at or before
};

class PromiseStore : public CrudStore<core::Promise, PromiseId> {
 public:
  // Ordered by due date (undated last), then id.
  virtual Result<Page<core::Promise>> List(const PromiseFilter& filter,
                                           const Paging& paging) = 0;
};

struct FollowUpFilter {
  std::optional<PersonId> person_id;
  std::optional<core::FollowUpStatus> status;
  std::optional<Timestamp> due_before;  // due at or before
};

class FollowUpStore : public CrudStore<core::FollowUp, FollowUpId> {
 public:
  // Ordered by due date, then id.
  virtual Result<Page<core::FollowUp>> List(const FollowUpFilter& filter,
                                            const Paging& paging) = 0;
};

// The user's judgements of people (competence, chemistry): at most one per
// person and factor.
class JudgementStore {
 public:
  JudgementStore() = default;
  JudgementStore(const JudgementStore&) = delete;
  JudgementStore& operator=(const JudgementStore&) = delete;
  virtual ~JudgementStore() = default;

  // Creates or replaces the judgement of `judgement.factor` for the person;
  // kNotFound if the person does not exist.
  virtual Status Put(const core::Judgement& judgement) = 0;
  // Removes it; removing one that was never made is not an error.
  virtual Status Remove(PersonId person_id, core::JudgementFactor factor) = 0;
  // The judgements of one person, competence first.
  virtual Result<std::vector<core::Judgement>> Of(PersonId person_id) = 0;
  // Every judgement, by person id, competence first.
  virtual Result<std::vector<core::Judgement>> All() = 0;
};

// Receives the shared history of everyone (HistoryStore::Read) in the
// fields that figures over all people read (trust and the give and take,
// app/trust.h; who met whom at which event, app/network_report.h), one
// record at a time, so that a pass over 100,000s of records holds none of
// them. Texts are left empty (encounters' topics and notes, ledger
// entries' text, introductions' notes, promises' text, follow-ups'
// subject); every other field is filled. A record is valid only during the
// call that hands it over.
//
// The order is fixed: first everyone not archived, by id, with id, display
// name, first meeting (time and event), created_at and rhythm only; then
// the encounters with their people (one without anybody is left out), the
// ledger entries, the introductions, the promises and the follow-ups, each
// kind in no particular order.
class HistorySink {
 public:
  HistorySink() = default;
  HistorySink(const HistorySink&) = delete;
  HistorySink& operator=(const HistorySink&) = delete;
  virtual ~HistorySink() = default;

  virtual void OnPerson(const core::Person& /*person*/) {}
  virtual void OnEncounter(const core::Encounter& /*encounter*/) {}
  virtual void OnLedgerEntry(const core::LedgerEntry& /*entry*/) {}
  virtual void OnIntroduction(const core::Introduction& /*introduction*/) {}
  virtual void OnPromise(const core::Promise& /*promise*/) {}
  virtual void OnFollowUp(const core::FollowUp& /*follow_up*/) {}
};

class HistoryStore {
 public:
  HistoryStore() = default;
  HistoryStore(const HistoryStore&) = delete;
  HistoryStore& operator=(const HistoryStore&) = delete;
  virtual ~HistoryStore() = default;

  // Hands everyone's shared history to `sink`, in HistorySink's order.
  virtual Status Read(HistorySink& sink) = 0;
};

struct PitchFilter {
  std::optional<PersonId> person_id;
};

class PitchStore : public CrudStore<core::Pitch, PitchId> {
 public:
  // Ordered by time, latest first.
  virtual Result<Page<core::Pitch>> List(const PitchFilter& filter,
                                         const Paging& paging) = 0;
};

}  // namespace knoten::store

#endif  // KNOTEN_STORE_AGGREGATE_STORES_H_
