-- knoten schema version 6: the rhythm in days the user chose for keeping in
-- touch with a person (core/keep_in_touch.h); NULL: the default from trust.

ALTER TABLE person ADD COLUMN rhythm_days INTEGER
  CHECK (rhythm_days IS NULL OR (rhythm_days >= 7 AND rhythm_days <= 730));
