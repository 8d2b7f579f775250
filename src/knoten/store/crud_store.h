// CrudStore: the four operations every aggregate store offers. A record's id
// field is ignored by Create and names the record for Update.
//
// Errors: Get/Update/Delete return kNotFound for an unknown id; Create and
// Update return kNotFound when a referenced record (a person, event, ...) does
// not exist.

#ifndef KNOTEN_STORE_CRUD_STORE_H_
#define KNOTEN_STORE_CRUD_STORE_H_

#include "knoten/base/result.h"

namespace knoten::store {

template <typename Record, typename RecordId>
class CrudStore {
 public:
  CrudStore() = default;
  CrudStore(const CrudStore&) = delete;
  CrudStore& operator=(const CrudStore&) = delete;
  virtual ~CrudStore() = default;

  // Stores `record` and returns its new id.
  virtual Result<RecordId> Create(const Record& record) = 0;
  virtual Result<Record> Get(RecordId id) = 0;
  // Replaces the stored record with id `record.id`.
  virtual Status Update(const Record& record) = 0;
  // Deletes the record; rows that belong to it (attendance, participation,
  // links) go with it, references from other records are cleared.
  virtual Status Delete(RecordId id) = 0;
};

}  // namespace knoten::store

#endif  // KNOTEN_STORE_CRUD_STORE_H_
