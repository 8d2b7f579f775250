// knoten meet and knoten encounter ...: who you met, when, where.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "knoten/app/encounters.h"
#include "knoten/cli/internal/commands.h"

namespace knoten::cli {
namespace {

struct EncounterFlags {
  std::vector<int64_t> with;
  std::string at = "now";
  std::string kind = "small_talk";
  int64_t event = 0;
  std::string topics, notes;
  CLI::Option* with_opt = nullptr;
  CLI::Option* at_opt = nullptr;
  CLI::Option* kind_opt = nullptr;
  CLI::Option* event_opt = nullptr;
  CLI::Option* topics_opt = nullptr;
  CLI::Option* notes_opt = nullptr;

  void Add(CLI::App* c, Session& s) {
    with_opt =
        c->add_option(
             "--with", with,
             s.Tr("person id of someone you met (repeatable)",
                  "Kontakt-ID einer Person, die du getroffen hast (mehrfach)"))
            ->check(CLI::PositiveNumber);
    at_opt = c->add_option(
        "--at", at, s.Tr("when (default: now)", "wann (Standard: jetzt)"));
    kind_opt = c->add_option("--kind", kind,
                             "small_talk, one_on_one, call, online, other");
    event_opt =
        c->add_option("--event", event, s.Tr("event id", "Veranstaltungs-ID"))
            ->check(CLI::PositiveNumber);
    topics_opt = c->add_option(
        "--topics", topics,
        s.Tr("what you talked about", "worüber ihr gesprochen habt"));
    notes_opt = c->add_option("--notes", notes, s.Tr("notes", "Notizen"));
  }

  Status Apply(core::Encounter& e, const Clock& clock) const {
    if (with_opt->count() > 0) {
      e.people.clear();
      for (int64_t id : with) e.people.emplace_back(id);
    }
    if (at_opt->count() > 0 || e.occurred_at == Timestamp()) {
      KNOTEN_ASSIGN_OR_RETURN(e.occurred_at, ParseWhen(at, clock));
    }
    if (kind_opt->count() > 0 || !e.id.is_valid()) {
      KNOTEN_ASSIGN_OR_RETURN(e.kind, core::ParseEncounterKind(kind));
    }
    if (event_opt->count() > 0) e.event_id = EventId(event);
    if (topics_opt->count() > 0) e.topics = topics;
    if (notes_opt->count() > 0) e.notes = notes;
    return OkStatus();
  }
};

void RegisterMeet(CLI::App& app, Session& s) {
  auto flags = std::make_shared<EncounterFlags>();
  auto new_people = std::make_shared<std::vector<std::string>>();
  CLI::App* meet = app.add_subcommand(
      "meet",
      s.Tr("log one encounter with one or several people",
           "eine Begegnung mit einer oder mehreren Personen festhalten"));
  flags->Add(meet, s);
  meet->add_option("--new", *new_people,
                   s.Tr("name of someone met for the first time (repeatable; "
                        "creates the person)",
                        "Name einer neuen Bekanntschaft (mehrfach; legt den "
                        "Kontakt an)"));
  meet->footer(
      s.Tr("Example: knoten meet --event 3 --with 12 --new \"Jana Keller\" "
           "--topics \"Pressearbeit\"",
           "Beispiel: knoten meet --event 3 --with 12 --new \"Jana Keller\" "
           "--topics \"Pressearbeit\""));
  OnRun(
      meet, s,
      [&s, flags, new_people](app::Context& ctx) -> Result<Json> {
        app::Meeting meeting;
        KNOTEN_RETURN_IF_ERROR(flags->Apply(meeting.encounter, s.clock()));
        for (const std::string& name : *new_people) {
          core::Person p;
          p.display_name = name;
          meeting.new_people.push_back(std::move(p));
        }
        KNOTEN_ASSIGN_OR_RETURN(app::MeetingLogged logged,
                                app::Meet(ctx, meeting));
        return ToJson(logged);
      },
      {.kind = TextView::Kind::kLine,
       .line = s.Tr("Encounter {id} logged.", "Begegnung {id} festgehalten.")});
}

}  // namespace

void RegisterEncounterCommands(CLI::App& app, Session& s) {
  RegisterMeet(app, s);
  CLI::App* encounter = app.add_subcommand(
      "encounter", s.Tr("encounters you logged with 'meet'",
                        "mit 'meet' festgehaltene Begegnungen"));
  encounter->require_subcommand(1);

  struct ListFlags {
    int64_t person = 0;
    int64_t event = 0;
    PagingFlags paging;
  };
  auto list_flags = std::make_shared<ListFlags>();
  CLI::App* list = encounter->add_subcommand(
      "list", s.Tr("list encounters, latest first",
                   "Begegnungen auflisten, neueste zuerst"));
  list->add_option("--person", list_flags->person,
                   s.Tr("only with this person", "nur mit diesem Kontakt"));
  list->add_option("--event", list_flags->event,
                   s.Tr("only at this event", "nur bei dieser Veranstaltung"));
  AddPaging(list, list_flags->paging, s);
  OnRun(list, s,
        [list_flags](app::Context& ctx) -> Result<JsonList> {
          store::EncounterFilter filter;
          if (list_flags->person > 0) {
            filter.person_id = PersonId(list_flags->person);
          }
          if (list_flags->event > 0) {
            filter.event_id = EventId(list_flags->event);
          }
          KNOTEN_ASSIGN_OR_RETURN(
              auto page,
              app::ListEncounters(ctx, filter, list_flags->paging.ToPaging()));
          return ToJsonList(std::move(page));
        },
        {.kind = TextView::Kind::kTable,
         .columns = {"id", "occurred_at", "kind", "people", "event_id",
                     "topics"}});

  auto show_id = std::make_shared<int64_t>(0);
  CLI::App* show = encounter->add_subcommand(
      "show", s.Tr("show an encounter", "Begegnung zeigen"));
  AddId(show, *show_id, s.Tr("encounter id", "Begegnungs-ID"));
  OnRun(show, s,
        [show_id](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              core::Encounter e, app::GetEncounter(ctx, EncounterId(*show_id)));
          return ToJson(e);
        },
        {});

  auto edit_id = std::make_shared<int64_t>(0);
  auto edit_flags = std::make_shared<EncounterFlags>();
  CLI::App* edit = encounter->add_subcommand(
      "edit", s.Tr("change an encounter (--with replaces the people)",
                   "Begegnung ändern (--with ersetzt die Personen)"));
  AddId(edit, *edit_id, s.Tr("encounter id", "Begegnungs-ID"));
  edit_flags->Add(edit, s);
  OnRun(edit, s,
        [&s, edit_id, edit_flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              core::Encounter e,
              app::EditEncounter(ctx, EncounterId(*edit_id),
                                 [&](core::Encounter& record) {
                                   return edit_flags->Apply(record, s.clock());
                                 }));
          return ToJson(e);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Updated encounter {id}.", "Begegnung {id} geändert.")});

  auto delete_id = std::make_shared<int64_t>(0);
  CLI::App* remove = encounter->add_subcommand(
      "delete", s.Tr("delete an encounter", "Begegnung löschen"));
  AddId(remove, *delete_id, s.Tr("encounter id", "Begegnungs-ID"));
  OnRun(
      remove, s,
      [delete_id](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(
            app::DeleteEncounter(ctx, EncounterId(*delete_id)));
        return Deleted(*delete_id);
      },
      DeletedView(s, "Encounter", "Begegnung"));
}

}  // namespace knoten::cli
