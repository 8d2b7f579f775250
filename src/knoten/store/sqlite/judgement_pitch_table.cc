// Judgements (one row per person and factor) and pitches.

#include <string>
#include <vector>

#include "knoten/store/sqlite/internal/sql.h"
#include "knoten/store/sqlite/internal/tables.h"

namespace knoten::store::sqlite_internal {
namespace {

constexpr const char* kJudgementColumns =
    "SELECT person_id, factor, value, evidence, note, judged_at "
    "FROM judgement";
// 'competence' < 'chemistry' is not alphabetical; order by the enum instead.
constexpr const char* kJudgementOrder =
    " ORDER BY person_id, factor = 'chemistry'";

core::Judgement ReadJudgement(const SQLite::Statement& s) {
  return {.person_id = ReadId<PersonId>(s, 0),
          .factor =
              ReadEnum<core::JudgementFactor>(s, 1, core::ParseJudgementFactor),
          .value = s.getColumn(2).getDouble(),
          .evidence = ReadEnum<core::JudgementEvidence>(
              s, 3, core::ParseJudgementEvidence),
          .note = ReadText(s, 4),
          .judged_at = ReadTime(s, 5)};
}

constexpr RecordKind kPitch{"pitch", "pitch list"};

constexpr const char* kPitchColumns =
    "SELECT id, person_id, about, pitched_at, too_early FROM pitch";

core::Pitch ReadPitch(const SQLite::Statement& s) {
  return {.id = ReadId<PitchId>(s, 0),
          .person_id = ReadId<PersonId>(s, 1),
          .about = ReadText(s, 2),
          .pitched_at = ReadTime(s, 3),
          .too_early = s.getColumn(4).getInt() != 0};
}

void BindPitch(SQLite::Statement& s, const core::Pitch& p) {
  BindId(s, 1, p.person_id);
  BindText(s, 2, p.about);
  BindTime(s, 3, p.pitched_at);
  s.bind(4, p.too_early ? 1 : 0);
}

}  // namespace

Status SqliteJudgementStore::Put(const core::Judgement& j) {
  return Guard("saving a judgement", [&]() -> Status {
    CachedStatement upsert = conn_.Prepare(
        "INSERT INTO judgement(person_id, factor, value, evidence, note, "
        "judged_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(person_id, factor) "
        "DO UPDATE SET value = excluded.value, evidence = excluded.evidence, "
        "note = excluded.note, judged_at = excluded.judged_at");
    BindId(*upsert, 1, j.person_id);
    BindText(*upsert, 2, core::JudgementFactorName(j.factor));
    upsert->bind(3, j.value);
    BindText(*upsert, 4, core::JudgementEvidenceName(j.evidence));
    BindText(*upsert, 5, j.note);
    BindTime(*upsert, 6, j.judged_at);
    upsert->exec();
    return OkStatus();
  });
}

Status SqliteJudgementStore::Remove(PersonId person_id,
                                    core::JudgementFactor factor) {
  return Guard("removing a judgement", [&]() -> Status {
    CachedStatement remove = conn_.Prepare(
        "DELETE FROM judgement WHERE person_id = ? AND factor = ?");
    BindId(*remove, 1, person_id);
    BindText(*remove, 2, core::JudgementFactorName(factor));
    remove->exec();
    return OkStatus();
  });
}

Result<std::vector<core::Judgement>> SqliteJudgementStore::Of(
    PersonId person_id) {
  return Guard("reading judgements",
               [&]() -> Result<std::vector<core::Judgement>> {
                 CachedStatement select =
                     conn_.Prepare(std::string(kJudgementColumns) +
                                   " WHERE person_id = ?" + kJudgementOrder);
                 BindId(*select, 1, person_id);
                 std::vector<core::Judgement> judgements;
                 while (select->executeStep()) {
                   judgements.push_back(ReadJudgement(*select));
                 }
                 return judgements;
               });
}

Result<std::vector<core::Judgement>> SqliteJudgementStore::All() {
  return Guard(
      "reading judgements", [&]() -> Result<std::vector<core::Judgement>> {
        CachedStatement select =
            conn_.Prepare(std::string(kJudgementColumns) + kJudgementOrder);
        std::vector<core::Judgement> judgements;
        while (select->executeStep()) {
          judgements.push_back(ReadJudgement(*select));
        }
        return judgements;
      });
}

Result<PitchId> SqlitePitchStore::Create(const core::Pitch& p) {
  return Guard("saving a pitch", [&]() -> Result<PitchId> {
    CachedStatement insert = conn_.Prepare(
        "INSERT INTO pitch(person_id, about, pitched_at, too_early) "
        "VALUES (?, ?, ?, ?)");
    BindPitch(*insert, p);
    insert->exec();
    return PitchId(db_.getLastInsertRowid());
  });
}

Result<core::Pitch> SqlitePitchStore::Get(PitchId id) {
  return Guard("reading a pitch", [&]() -> Result<core::Pitch> {
    CachedStatement select =
        conn_.Prepare(std::string(kPitchColumns) + " WHERE id = ?");
    select->bind(1, id.value());
    if (!select->executeStep()) return NotFound(kPitch, id.value());
    return ReadPitch(*select);
  });
}

Status SqlitePitchStore::Update(const core::Pitch& p) {
  return Guard("updating a pitch", [&]() -> Status {
    CachedStatement update = conn_.Prepare(
        "UPDATE pitch SET person_id = ?, about = ?, pitched_at = ?, "
        "too_early = ? WHERE id = ?");
    BindPitch(*update, p);
    update->bind(5, p.id.value());
    update->exec();
    return ExpectOneChange(db_, kPitch, p.id.value());
  });
}

Status SqlitePitchStore::Delete(PitchId id) {
  return Guard("deleting a pitch", [&]() -> Status {
    return DeleteRow(db_, "pitch", kPitch, id.value());
  });
}

Result<Page<core::Pitch>> SqlitePitchStore::List(const PitchFilter& filter,
                                                 const Paging& paging) {
  return Guard("listing pitches", [&]() -> Result<Page<core::Pitch>> {
    Filter where;
    if (filter.person_id) {
      where.Add("person_id = ?", {filter.person_id->value()});
    }
    Page<core::Pitch> page;
    page.total = CountRows(db_, "FROM pitch", where);
    SQLite::Statement select(db_, std::string(kPitchColumns) + where.Sql() +
                                      " ORDER BY pitched_at DESC, id DESC" +
                                      PagingSql(paging));
    where.BindTo(select);
    while (select.executeStep()) page.items.push_back(ReadPitch(select));
    return page;
  });
}

}  // namespace knoten::store::sqlite_internal
