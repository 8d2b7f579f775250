#include "knoten/app/import_contacts.h"

#include <algorithm>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "knoten/app/contact_keys.h"
#include "knoten/base/text.h"
#include "knoten/core/person.h"
#include "knoten/interop/contact_file.h"
#include "knoten/interop/vcard_kept.h"
#include "knoten/store/store.h"

namespace knoten::app {
namespace {

// The stored people by e-mail address, the end of their phone numbers and
// their display name. It keeps of each only what the check needs (not the
// whole person: 100k of them are a large part of an import's memory).
class PeopleIndex {
 public:
  struct Known {
    PersonId id;
    std::string name;  // the display name
    bool has_email = false;
    std::vector<std::string> phones;
  };

  void Add(const core::Person& person) {
    people_.emplace_back();
    Index(people_.size() - 1, person);
  }
  void Replace(size_t i, const core::Person& person) { Index(i, person); }
  const Known& at(size_t i) const { return people_[i]; }

  std::optional<size_t> Find(const core::Person& contact) const {
    for (const std::string& email : contact.emails) {
      auto it = by_email_.find(AsciiLower(email));
      if (it != by_email_.end()) return it->second;
    }
    // From here on no stored person shares an e-mail address with the
    // contact: every stored address is in by_email_.
    //
    // A shared number makes two records one only when the names fit (an
    // office's number is many people's). A namesake always fits, so after
    // this loop none shares a looked-up number with the contact.
    std::optional<std::string> folded;  // the contact's name, made on demand
    const auto names_fit = [&](size_t i) {
      if (!folded) folded = FoldedName(contact.display_name);
      return NamesFit(*folded, FoldedName(people_[i].name));
    };
    bool phones_looked_up = true;  // false: a short number may still match
    for (const std::string& phone : contact.phones) {
      const std::string key = PhoneKey(phone);
      if (key.size() < kPhoneTail) {
        // An empty key matches nothing; a short one only itself, which the
        // index of number ends does not hold.
        phones_looked_up = phones_looked_up && key.empty();
        continue;
      }
      auto it = by_phone_tail_.find(key.substr(key.size() - kPhoneTail));
      if (it == by_phone_tail_.end()) continue;
      for (const size_t i : it->second) {
        if (HasPhone(key, people_[i].phones) && names_fit(i)) return i;
      }
    }
    auto it = by_name_.find(NameKey(contact));
    if (it == by_name_.end()) return std::nullopt;
    // Someone of the same name is the contact unless both have e-mail
    // addresses (which differ, see above) or both have phone numbers that
    // differ. Many people share a name: a contact with an e-mail address
    // looks only at the namesakes that had none when they were indexed
    // (one who has one now is refused below).
    const Namesakes& namesakes = it->second;
    const std::optional<size_t> found =
        SameAs(contact, namesakes.without_email, phones_looked_up);
    if (!contact.emails.empty()) return found;
    // The one indexed first, as if there were one list.
    const std::optional<size_t> also =
        SameAs(contact, namesakes.with_email, phones_looked_up);
    if (!found || (also && *also < *found)) return also;
    return found;
  }

 private:
  struct Namesakes {
    std::vector<size_t> with_email;
    std::vector<size_t> without_email;
  };

  // The first of `candidates` (namesakes of `contact`) who is the contact.
  std::optional<size_t> SameAs(const core::Person& contact,
                               const std::vector<size_t>& candidates,
                               bool phones_looked_up) const {
    for (const size_t i : candidates) {
      const Known& stored = people_[i];
      const bool emails_differ = !contact.emails.empty() && stored.has_email;
      const bool phones_differ =
          !contact.phones.empty() && !stored.phones.empty() &&
          (phones_looked_up || !SharePhone(contact.phones, stored.phones));
      if (!emails_differ && !phones_differ) return i;
    }
    return std::nullopt;
  }

  void Index(size_t i, const core::Person& person) {
    people_[i] = {.id = person.id,
                  .name = person.display_name,
                  .has_email = !person.emails.empty(),
                  .phones = person.phones};
    for (const std::string& email : person.emails) {
      by_email_.emplace(AsciiLower(email), i);
    }
    for (const std::string& phone : person.phones) {
      const std::string key = PhoneKey(phone);
      if (key.size() < kPhoneTail) continue;
      AddOnce(by_phone_tail_[key.substr(key.size() - kPhoneTail)], i);
    }
    Namesakes& namesakes = by_name_[NameKey(person)];
    AddOnce(
        person.emails.empty() ? namesakes.without_email : namesakes.with_email,
        i);
  }
  static void AddOnce(std::vector<size_t>& list, size_t i) {
    if (list.empty() || list.back() != i) list.push_back(i);
  }

  std::vector<Known> people_;
  std::unordered_map<std::string, size_t> by_email_;
  std::unordered_map<std::string, std::vector<size_t>> by_phone_tail_;
  std::unordered_map<std::string, Namesakes> by_name_;
};

class Importer {
 public:
  Importer(Context& ctx, store::Transaction& tx, const ImportOptions& options,
           int64_t total)
      : ctx_(ctx),
        tx_(tx),
        dry_run_(options.dry_run),
        keep_photos_(options.keep_photos),
        progress_(options.progress),
        total_(total) {}

  Status ReadPeople() {
    auto visited = tx_.people().ForEach({.include_archived = true}, {},
                                        [this](const core::Person& person) {
                                          index_.Add(person);
                                          return OkStatus();
                                        });
    if (!visited) return visited.error();
    return OkStatus();
  }

  Status Run(interop::ContactFile& file, ImportedFile& report) {
    report_ = &report;
    for (interop::ContactEntry& entry : file.entries) {
      KNOTEN_RETURN_IF_ERROR(One(entry));
    }
    return OkStatus();
  }

 private:
  Status One(interop::ContactEntry& entry) {
    ImportedContact item;
    item.line = entry.line;
    std::optional<interop::ImportedPerson>& imported = entry.person;
    if (!imported) {
      item.remarks.push_back(std::move(entry.skipped_because));
      Finish(std::move(item), ImportOutcome::kSkipped);
      return OkStatus();
    }
    item.remarks = std::move(imported->remarks);
    if (!keep_photos_) {
      std::erase_if(imported->kept, [](const std::string& line) {
        return interop::KeptLineName(line) == "PHOTO";
      });
    }
    core::Person& contact = imported->person;
    item.name = contact.display_name;
    const std::optional<size_t> found = index_.Find(contact);
    if (!found) return Create(std::move(item), *imported);
    return MergeInto(*found, std::move(item), *imported);
  }

  Status Create(ImportedContact item, interop::ImportedPerson& imported) {
    core::Person& contact = imported.person;
    contact.created_at = ctx_.clock.Now();
    contact.updated_at = contact.created_at;
    KNOTEN_ASSIGN_OR_RETURN(contact.id, tx_.people().Create(contact));
    if (!imported.kept.empty()) {
      KNOTEN_RETURN_IF_ERROR(
          tx_.people().SetKeptVCard(contact.id, imported.kept));
    }
    if (!dry_run_) item.person_id = contact.id;
    index_.Add(contact);
    Finish(std::move(item), ImportOutcome::kCreated);
    return OkStatus();
  }

  // Merges the contact into the stored person index_.at(i).
  Status MergeInto(size_t i, ImportedContact item,
                   const interop::ImportedPerson& imported) {
    const PersonId id = index_.at(i).id;
    KNOTEN_ASSIGN_OR_RETURN(core::Person stored, tx_.people().Get(id));
    item.person_id = id;
    if (stored.archived) {
      item.remarks.push_back("the same as archived person " +
                             std::to_string(id.value()) +
                             ", who is left as they are");
      Finish(std::move(item), ImportOutcome::kUnchanged);
      return OkStatus();
    }
    const bool merged = MergeContact(stored, imported.person);
    if (merged) {
      stored.updated_at = ctx_.clock.Now();
      auto valid = core::ValidatePerson(std::move(stored));
      if (!valid) {
        item.remarks.push_back("not merged: " + valid.error().message);
        Finish(std::move(item), ImportOutcome::kSkipped);
        return OkStatus();
      }
      KNOTEN_RETURN_IF_ERROR(tx_.people().Update(*valid));
      index_.Replace(i, *valid);
    }
    KNOTEN_ASSIGN_OR_RETURN(const bool kept_more, MergeKept(id, imported.kept));
    Finish(std::move(item), merged || kept_more ? ImportOutcome::kMerged
                                                : ImportOutcome::kUnchanged);
    return OkStatus();
  }

  // Adds the contact's kept vCard properties that the stored person lacks;
  // whether there were any.
  Result<bool> MergeKept(PersonId stored,
                         const std::vector<std::string>& kept) {
    if (kept.empty()) return false;
    KNOTEN_ASSIGN_OR_RETURN(std::vector<std::string> had,
                            tx_.people().KeptVCard(stored));
    const size_t before = had.size();
    std::vector<std::string> merged =
        interop::UnionOfKeptLines(std::move(had), kept);
    if (merged.size() == before) return false;
    KNOTEN_RETURN_IF_ERROR(tx_.people().SetKeptVCard(stored, merged));
    return true;
  }

  void Finish(ImportedContact item, ImportOutcome outcome) {
    item.outcome = outcome;
    report_->counts.Count(outcome);
    report_->contacts.push_back(std::move(item));
    if (progress_) progress_(++done_, total_);
  }

  Context& ctx_;
  store::Transaction& tx_;
  const bool dry_run_;
  const bool keep_photos_;
  const std::function<void(int64_t, int64_t)>& progress_;
  const int64_t total_;
  int64_t done_ = 0;
  ImportedFile* report_ = nullptr;
  PeopleIndex index_;
};

}  // namespace

std::string_view ImportOutcomeName(ImportOutcome outcome) {
  switch (outcome) {
    case ImportOutcome::kCreated:
      return "created";
    case ImportOutcome::kMerged:
      return "merged";
    case ImportOutcome::kUnchanged:
      return "unchanged";
    case ImportOutcome::kSkipped:
      return "skipped";
  }
  return "skipped";
}

void ImportCounts::Count(ImportOutcome outcome) {
  switch (outcome) {
    case ImportOutcome::kCreated:
      ++created;
      break;
    case ImportOutcome::kMerged:
      ++merged;
      break;
    case ImportOutcome::kUnchanged:
      ++unchanged;
      break;
    case ImportOutcome::kSkipped:
      ++skipped;
      break;
  }
}

void ImportCounts::Add(const ImportCounts& other) {
  created += other.created;
  merged += other.merged;
  unchanged += other.unchanged;
  skipped += other.skipped;
}

Result<ImportReport> ImportContacts(Context& ctx,
                                    const std::vector<ImportFile>& files,
                                    const ImportOptions& options) {
  // Every file is read before anything is written.
  std::vector<interop::ContactFile> read;
  for (const ImportFile& file : files) {
    auto contacts = interop::ReadContactFile(file.bytes);
    if (!contacts) {
      return InvalidArgumentError(ValidUtf8(file.name) + ": " +
                                  contacts.error().message);
    }
    read.push_back(std::move(*contacts));
  }
  ImportReport report;
  report.dry_run = options.dry_run;
  auto tx = ctx.store.Begin(store::TransactionMode::kWrite);
  if (!tx) return std::move(tx).error();
  int64_t total = 0;
  for (const interop::ContactFile& file : read) {
    total += static_cast<int64_t>(file.entries.size());
  }
  Importer importer(ctx, **tx, options, total);
  KNOTEN_RETURN_IF_ERROR(importer.ReadPeople());
  for (size_t i = 0; i < files.size(); ++i) {
    ImportedFile& imported = report.files.emplace_back();
    imported.name = ValidUtf8(files[i].name);
    imported.format = read[i].format;
    imported.encoding = read[i].encoding;
    imported.problems = read[i].problems;
    KNOTEN_RETURN_IF_ERROR(importer.Run(read[i], imported));
    report.counts.Add(imported.counts);
  }
  // A dry run's transaction is dropped, so nothing it did is kept.
  if (!options.dry_run) KNOTEN_RETURN_IF_ERROR((*tx)->Commit());
  return report;
}

}  // namespace knoten::app
