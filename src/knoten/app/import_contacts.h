// ImportContacts: people from contact files (vCard 2.1, 3.0 and 4.0, and
// the contact CSVs of LinkedIn, Google, Outlook and Thunderbird;
// interop/contact_file.h), created or merged into the people already there,
// in one transaction. A contact is the same person as a stored one when they
// share an e-mail address (ignoring case) or a phone number (its digits, the
// shorter at least 6 long and the end of the longer), or failing both the
// display name (ignoring case) while no e-mail addresses or phone numbers
// tell them apart. Merging fills the stored person's empty fields and adds
// the addresses, numbers, web addresses, tags and kept vCard properties
// (a birthday, a photo; interop/vcard_kept.h) they lack; nothing stored is
// overwritten. Importing the same file twice therefore creates nothing
// the second time.
//
// Thread-safety: as the store.

#ifndef KNOTEN_APP_IMPORT_CONTACTS_H_
#define KNOTEN_APP_IMPORT_CONTACTS_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "knoten/app/context.h"
#include "knoten/base/ids.h"

namespace knoten::app {

struct ImportOptions {
  // Work out and report everything, then write nothing.
  bool dry_run = false;
  // Keep the contacts' photos (vCard PHOTO) for export; false leaves them
  // out.
  bool keep_photos = true;
  // Called after each contact with those done and all of them (of every
  // file); for a progress bar.
  std::function<void(int64_t done, int64_t total)> progress;
};

enum class ImportOutcome { kCreated, kMerged, kUnchanged, kSkipped };
// "created", "merged", "unchanged", "skipped".
std::string_view ImportOutcomeName(ImportOutcome outcome);

struct ImportedContact {
  ImportOutcome outcome = ImportOutcome::kSkipped;
  int line = 0;      // where the contact begins in the file
  std::string name;  // as shown; empty when skipped
  // The person created or merged into (in a dry run: the one that would be
  // merged into; a created one has none).
  std::optional<PersonId> person_id;
  // What was left out of the contact, or why it was skipped ("line N: ...").
  std::vector<std::string> remarks;
};

struct ImportCounts {
  int64_t created = 0;
  int64_t merged = 0;
  int64_t unchanged = 0;
  int64_t skipped = 0;

  void Count(ImportOutcome outcome);
  void Add(const ImportCounts& other);
};

// One file to import: its name (for messages) and content.
struct ImportFile {
  std::string name;
  std::string bytes;
};

struct ImportedFile {
  std::string name;
  std::string format;    // "vcard", "csv-linkedin", "csv-google", ...
  std::string encoding;  // as read: "UTF-8", "UTF-16LE", "windows-1252", ...
  std::vector<ImportedContact> contacts;  // in the file's order
  // Lines of the file that were skipped or read in a relaxed way.
  std::vector<std::string> problems;
  ImportCounts counts;
};

struct ImportReport {
  bool dry_run = false;
  std::vector<ImportedFile> files;
  ImportCounts counts;  // over all files
};

// All of `files` in one transaction: a file that is no contact file knoten
// reads, or that its format refuses, is kInvalidArgument naming the file
// (and the line), and nothing is imported.
Result<ImportReport> ImportContacts(Context& ctx,
                                    const std::vector<ImportFile>& files,
                                    const ImportOptions& options = {});

}  // namespace knoten::app

#endif  // KNOTEN_APP_IMPORT_CONTACTS_H_
