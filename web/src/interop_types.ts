// The interop records of the JSON API (docs/interop.md): what an import
// did, the pairs of possible duplicates and a new calendar feed. api.ts
// re-exports them with the other records.

export type ImportOutcome = "created" | "merged" | "unchanged" | "skipped";

// What an import did or, as a dry run, would do (docs/interop.md).
export interface ImportCounts {
  created: number;
  merged: number;
  unchanged: number;
  skipped: number;
}

export interface ImportedFile extends ImportCounts {
  file: string;
  format: string;
  encoding: string;
  contacts: {
    outcome: ImportOutcome;
    line: number;
    name: string;
    person_id: number | null;
    remarks: string[];
  }[];
  problems: string[];
}

export interface ImportReport extends ImportCounts {
  dry_run: boolean;
  files: ImportedFile[];
}

// One side of a pair of possible duplicates.
export interface DuplicatePerson {
  id: number;
  display_name: string;
  organisation: string;
  emails: string[];
  phones: string[];
  archived: boolean;
}

export type DuplicateReason = "email" | "phone" | "name";

// Two people who may be one (a has the lower id), and why.
export interface DuplicatePair {
  a: DuplicatePerson;
  b: DuplicatePerson;
  reasons: DuplicateReason[];
}

// A new calendar feed: its path (with the token) is shown once.
export interface CalendarFeed {
  path: string;
  token: string;
}
