// knoten followup ...: the undisturbed meeting or call after an encounter.

#include <memory>
#include <string>
#include <utility>

#include "knoten/app/follow_ups.h"
#include "knoten/cli/internal/commands.h"

namespace knoten::cli {
namespace {

struct FollowUpFlags {
  int64_t person = 0;
  std::string due, kind = "call", about;
  int64_t encounter = 0;
  CLI::Option* due_opt = nullptr;
  CLI::Option* kind_opt = nullptr;
  CLI::Option* about_opt = nullptr;
  CLI::Option* encounter_opt = nullptr;

  void Add(CLI::App* c, Session& s) {
    due_opt = c->add_option(
        "--due", due, s.Tr("due date or time", "fällig am (Datum oder Zeit)"));
    kind_opt = c->add_option("--kind", kind, "call, meeting");
    about_opt =
        c->add_option("--about", about,
                      s.Tr("what to talk about", "worüber ihr sprechen wollt"));
    encounter_opt = c->add_option("--encounter", encounter,
                                  s.Tr("the encounter it follows up",
                                       "die Begegnung, an die es anknüpft"))
                        ->check(CLI::PositiveNumber);
  }

  Status Apply(core::FollowUp& f, const Clock& clock) const {
    if (due_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(f.due_at, ParseWhen(due, clock));
    }
    if (kind_opt->count() > 0 || !f.id.is_valid()) {
      KNOTEN_ASSIGN_OR_RETURN(f.kind, core::ParseFollowUpKind(kind));
    }
    if (about_opt->count() > 0) f.about = about;
    if (encounter_opt->count() > 0) f.encounter_id = EncounterId(encounter);
    return OkStatus();
  }
};

void RegisterClose(CLI::App* followup, Session& s, const char* name,
                   core::FollowUpStatus status, const std::string& help) {
  auto id = std::make_shared<int64_t>(0);
  CLI::App* command = followup->add_subcommand(name, help);
  AddId(command, *id, s.Tr("follow-up id", "Nachfass-ID"));
  OnRun(command, s,
        [id, status](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              auto f, app::CloseFollowUp(ctx, FollowUpId(*id), status));
          return ToJson(f);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Follow-up {id} closed.",
                      "Nachfass-Termin {id} abgeschlossen.")});
}

}  // namespace

void RegisterFollowUpCommands(CLI::App& app, Session& s) {
  CLI::App* followup = app.add_subcommand(
      "followup", s.Tr("follow-ups: meet again or call, undisturbed",
                       "Nachfassen: in Ruhe treffen oder telefonieren"));
  followup->require_subcommand(1);

  auto add_flags = std::make_shared<FollowUpFlags>();
  CLI::App* add = followup->add_subcommand(
      "add", s.Tr("plan a follow-up", "Nachfassen planen"));
  add->add_option("person", add_flags->person, s.Tr("person id", "Kontakt-ID"))
      ->required()
      ->check(CLI::PositiveNumber);
  add_flags->Add(add, s);
  add_flags->due_opt->required();
  add->footer(
      s.Tr("Example: knoten followup add 12 --due 2026-03-10 --kind call "
           "--about \"press kit\"",
           "Beispiel: knoten followup add 12 --due 2026-03-10 --kind call "
           "--about \"Pressemappe\""));
  OnRun(add, s,
        [&s, add_flags](app::Context& ctx) -> Result<Json> {
          core::FollowUp f{.person_id = PersonId(add_flags->person)};
          KNOTEN_RETURN_IF_ERROR(add_flags->Apply(f, s.clock()));
          KNOTEN_ASSIGN_OR_RETURN(core::FollowUp added,
                                  app::AddFollowUp(ctx, f));
          return ToJson(added);
        },
        {.kind = TextView::Kind::kLine,
         .line =
             s.Tr("Follow-up {id} planned.", "Nachfass-Termin {id} geplant.")});

  RegisterClose(followup, s, "done", core::FollowUpStatus::kDone,
                s.Tr("mark a follow-up as done",
                     "Nachfass-Termin als erledigt markieren"));
  RegisterClose(followup, s, "cancel", core::FollowUpStatus::kCancelled,
                s.Tr("cancel a follow-up", "Nachfass-Termin absagen"));

  struct ListFlags {
    int64_t person = 0;
    std::string status = "open";
    PagingFlags paging;
  };
  auto list_flags = std::make_shared<ListFlags>();
  CLI::App* list = followup->add_subcommand(
      "list",
      s.Tr("list follow-ups by due date", "Nachfass-Termine nach Fälligkeit"));
  list->add_option("--person", list_flags->person,
                   s.Tr("only with this person", "nur mit diesem Kontakt"));
  list->add_option("--status", list_flags->status,
                   s.Tr("open (default), done, cancelled or all",
                        "open (Standard), done, cancelled oder all"));
  AddPaging(list, list_flags->paging, s);
  OnRun(list, s,
        [list_flags](app::Context& ctx) -> Result<JsonList> {
          store::FollowUpFilter filter;
          if (list_flags->person > 0) {
            filter.person_id = PersonId(list_flags->person);
          }
          if (list_flags->status != "all") {
            KNOTEN_ASSIGN_OR_RETURN(
                filter.status, core::ParseFollowUpStatus(list_flags->status));
          }
          KNOTEN_ASSIGN_OR_RETURN(
              auto page,
              app::ListFollowUps(ctx, filter, list_flags->paging.ToPaging()));
          return ToJsonList(std::move(page));
        },
        {.kind = TextView::Kind::kTable,
         .columns = {"id", "due_at", "kind", "person_id", "status", "about"}});

  auto show_id = std::make_shared<int64_t>(0);
  CLI::App* show = followup->add_subcommand(
      "show", s.Tr("show a follow-up", "Nachfass-Termin zeigen"));
  AddId(show, *show_id, s.Tr("follow-up id", "Nachfass-ID"));
  OnRun(show, s,
        [show_id](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(auto f,
                                  app::GetFollowUp(ctx, FollowUpId(*show_id)));
          return ToJson(f);
        },
        {});

  auto edit_id = std::make_shared<int64_t>(0);
  auto edit_flags = std::make_shared<FollowUpFlags>();
  CLI::App* edit = followup->add_subcommand(
      "edit", s.Tr("change a follow-up", "Nachfass-Termin ändern"));
  AddId(edit, *edit_id, s.Tr("follow-up id", "Nachfass-ID"));
  edit_flags->Add(edit, s);
  OnRun(edit, s,
        [&s, edit_id, edit_flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              core::FollowUp f, app::EditFollowUp(ctx, FollowUpId(*edit_id),
                                                  [&](core::FollowUp& record) {
                                                    return edit_flags->Apply(
                                                        record, s.clock());
                                                  }));
          return ToJson(f);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Updated follow-up {id}.",
                      "Nachfass-Termin {id} geändert.")});

  auto delete_id = std::make_shared<int64_t>(0);
  CLI::App* remove = followup->add_subcommand(
      "delete", s.Tr("delete a follow-up", "Nachfass-Termin löschen"));
  AddId(remove, *delete_id, s.Tr("follow-up id", "Nachfass-ID"));
  OnRun(
      remove, s,
      [delete_id](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(
            app::DeleteFollowUp(ctx, FollowUpId(*delete_id)));
        return Deleted(*delete_id);
      },
      DeletedView(s, "Follow-up", "Nachfass-Termin"));
}

}  // namespace knoten::cli
