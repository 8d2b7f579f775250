// knoten intro ... and knoten promise ...

#include <memory>
#include <string>
#include <utility>

#include "knoten/app/ledger.h"
#include "knoten/cli/internal/commands.h"

namespace knoten::cli {
namespace {

void RegisterIntro(CLI::App& app, Session& s) {
  CLI::App* intro = app.add_subcommand(
      "intro", s.Tr("introductions between two of your contacts",
                    "Vorstellungen zwischen zwei deiner Kontakte"));
  intro->require_subcommand(1);

  struct AddFlags {
    int64_t a = 0;
    int64_t b = 0;
    std::string notes, status = "proposed";
  };
  auto add_flags = std::make_shared<AddFlags>();
  CLI::App* add = intro->add_subcommand(
      "add", s.Tr("propose an introduction", "eine Vorstellung vorschlagen"));
  add->add_option("person_a", add_flags->a,
                  s.Tr("first person id", "erste Kontakt-ID"))
      ->required()
      ->check(CLI::PositiveNumber);
  add->add_option("person_b", add_flags->b,
                  s.Tr("second person id", "zweite Kontakt-ID"))
      ->required()
      ->check(CLI::PositiveNumber);
  add->add_option(
      "--notes", add_flags->notes,
      s.Tr("why they should meet", "warum sie sich kennenlernen sollten"));
  add->add_option("--status", add_flags->status,
                  "proposed, asked, made, declined");
  add->footer(
      s.Tr("Example: knoten intro add 4 9 --notes \"both work for craft "
           "businesses\"",
           "Beispiel: knoten intro add 4 9 --notes \"beide arbeiten fürs "
           "Handwerk\""));
  OnRun(add, s,
        [add_flags](app::Context& ctx) -> Result<Json> {
          core::Introduction i{.person_a = PersonId(add_flags->a),
                               .person_b = PersonId(add_flags->b),
                               .notes = add_flags->notes};
          KNOTEN_ASSIGN_OR_RETURN(
              i.status, core::ParseIntroductionStatus(add_flags->status));
          KNOTEN_ASSIGN_OR_RETURN(auto changed,
                                  app::ProposeIntroduction(ctx, i));
          return ToJson(changed);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Introduction {id} recorded.",
                      "Vorstellung {id} festgehalten.")});

  struct StatusFlags {
    int64_t id = 0;
    std::string status;
  };
  auto status_flags = std::make_shared<StatusFlags>();
  CLI::App* edit = intro->add_subcommand(
      "edit",
      s.Tr("move an introduction on; 'made' records it as given to both",
           "Vorstellung weiterführen; 'made' verbucht sie bei beiden als "
           "gegeben"));
  AddId(edit, status_flags->id, s.Tr("introduction id", "Vorstellungs-ID"));
  edit->add_option("--status", status_flags->status, "asked, made, declined")
      ->required();
  OnRun(edit, s,
        [status_flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              auto status, core::ParseIntroductionStatus(status_flags->status));
          KNOTEN_ASSIGN_OR_RETURN(
              auto changed, app::SetIntroductionStatus(
                                ctx, IntroductionId(status_flags->id), status));
          return ToJson(changed);
        },
        {.kind = TextView::Kind::kLine,
         .line =
             s.Tr("Updated introduction {id}.", "Vorstellung {id} geändert.")});

  struct ListFlags {
    int64_t person = 0;
    std::string status;
    PagingFlags paging;
  };
  auto list_flags = std::make_shared<ListFlags>();
  CLI::App* list = intro->add_subcommand(
      "list", s.Tr("list introductions", "Vorstellungen auflisten"));
  list->add_option("--person", list_flags->person,
                   s.Tr("only with this person", "nur mit diesem Kontakt"));
  list->add_option("--status", list_flags->status,
                   "proposed, asked, made, declined");
  AddPaging(list, list_flags->paging, s);
  OnRun(
      list, s,
      [list_flags](app::Context& ctx) -> Result<JsonList> {
        store::IntroductionFilter filter;
        if (list_flags->person > 0) {
          filter.person_id = PersonId(list_flags->person);
        }
        if (!list_flags->status.empty()) {
          KNOTEN_ASSIGN_OR_RETURN(
              filter.status, core::ParseIntroductionStatus(list_flags->status));
        }
        KNOTEN_ASSIGN_OR_RETURN(
            auto page,
            app::ListIntroductions(ctx, filter, list_flags->paging.ToPaging()));
        return ToJsonList(std::move(page));
      },
      {.kind = TextView::Kind::kTable,
       .columns = {"id", "person_a", "person_b", "status", "notes"}});

  auto show_id = std::make_shared<int64_t>(0);
  CLI::App* show = intro->add_subcommand(
      "show", s.Tr("show an introduction", "Vorstellung zeigen"));
  AddId(show, *show_id, s.Tr("introduction id", "Vorstellungs-ID"));
  OnRun(show, s,
        [show_id](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              auto i, app::GetIntroduction(ctx, IntroductionId(*show_id)));
          return ToJson(i);
        },
        {});

  auto delete_id = std::make_shared<int64_t>(0);
  CLI::App* remove = intro->add_subcommand(
      "delete", s.Tr("delete an introduction", "Vorstellung löschen"));
  AddId(remove, *delete_id, s.Tr("introduction id", "Vorstellungs-ID"));
  OnRun(
      remove, s,
      [delete_id](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(
            app::DeleteIntroduction(ctx, IntroductionId(*delete_id)));
        return Deleted(*delete_id);
      },
      DeletedView(s, "Introduction", "Vorstellung"));
}

struct PromiseFlags {
  std::string by = "me", to, text, due, status;
  CLI::Option* by_opt = nullptr;
  CLI::Option* to_opt = nullptr;
  CLI::Option* text_opt = nullptr;
  CLI::Option* due_opt = nullptr;
  CLI::Option* status_opt = nullptr;

  void Add(CLI::App* c, Session& s) {
    by_opt = c->add_option(
        "--by", by,
        s.Tr("who promised: person id or 'me' (default)",
             "wer zugesagt hat: Kontakt-ID oder 'me' (Standard)"));
    to_opt = c->add_option(
        "--to", to,
        s.Tr("to whom: person id or 'me'", "wem: Kontakt-ID oder 'me'"));
    text_opt = c->add_option("--text", text,
                             s.Tr("what was promised", "was zugesagt wurde"));
    due_opt = c->add_option("--due", due, s.Tr("due date", "fällig am"));
    status_opt = c->add_option("--status", status, "open, kept, broken");
  }

  Status Apply(core::Promise& p, const Clock& clock) const {
    if (by_opt->count() > 0 || !p.id.is_valid()) {
      KNOTEN_ASSIGN_OR_RETURN(p.promisor, ParseParty(by));
    }
    if (to_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(p.promisee, ParseParty(to));
    }
    if (text_opt->count() > 0) p.text = text;
    if (due_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(p.due_at, ParseWhen(due, clock));
    }
    if (status_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(p.status, core::ParsePromiseStatus(status));
    }
    return OkStatus();
  }
};

void RegisterPromiseStatus(CLI::App* promise, Session& s, const char* name,
                           core::PromiseStatus status,
                           const std::string& help) {
  auto id = std::make_shared<int64_t>(0);
  CLI::App* command = promise->add_subcommand(name, help);
  AddId(command, *id, s.Tr("promise id", "Zusage-ID"));
  OnRun(command, s,
        [id, status](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              core::Promise p,
              app::EditPromise(ctx, PromiseId(*id), [&](core::Promise& record) {
                record.status = status;
                return OkStatus();
              }));
          return ToJson(p);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Updated promise {id}.", "Zusage {id} geändert.")});
}

void RegisterPromise(CLI::App& app, Session& s) {
  CLI::App* promise = app.add_subcommand(
      "promise", s.Tr("who promised what to whom", "wer wem was zugesagt hat"));
  promise->require_subcommand(1);

  auto add_flags = std::make_shared<PromiseFlags>();
  CLI::App* add = promise->add_subcommand(
      "add", s.Tr("record a promise", "Zusage festhalten"));
  add_flags->Add(add, s);
  add_flags->to_opt->required();
  add_flags->text_opt->required();
  add->footer(
      s.Tr("Example: knoten promise add --to 12 --text \"send the grant link\" "
           "--due 2026-03-10",
           "Beispiel: knoten promise add --to 12 --text \"Link zum "
           "Förderprogramm schicken\" --due 2026-03-10"));
  OnRun(add, s,
        [&s, add_flags](app::Context& ctx) -> Result<Json> {
          core::Promise p;
          KNOTEN_RETURN_IF_ERROR(add_flags->Apply(p, s.clock()));
          KNOTEN_ASSIGN_OR_RETURN(core::Promise added, app::AddPromise(ctx, p));
          return ToJson(added);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Promise {id} recorded.", "Zusage {id} festgehalten.")});

  struct ListFlags {
    int64_t person = 0;
    std::string status;
    PagingFlags paging;
  };
  auto list_flags = std::make_shared<ListFlags>();
  CLI::App* list = promise->add_subcommand(
      "list",
      s.Tr("list promises by due date", "Zusagen nach Fälligkeit auflisten"));
  list->add_option("--person", list_flags->person,
                   s.Tr("only with this person", "nur mit diesem Kontakt"));
  list->add_option("--status", list_flags->status, "open, kept, broken");
  AddPaging(list, list_flags->paging, s);
  OnRun(list, s,
        [list_flags](app::Context& ctx) -> Result<JsonList> {
          store::PromiseFilter filter;
          if (list_flags->person > 0) {
            filter.person_id = PersonId(list_flags->person);
          }
          if (!list_flags->status.empty()) {
            KNOTEN_ASSIGN_OR_RETURN(
                filter.status, core::ParsePromiseStatus(list_flags->status));
          }
          KNOTEN_ASSIGN_OR_RETURN(
              auto page,
              app::ListPromises(ctx, filter, list_flags->paging.ToPaging()));
          return ToJsonList(std::move(page));
        },
        {.kind = TextView::Kind::kTable,
         .columns = {"id", "due_at", "promisor_id", "promisee_id", "status",
                     "text"}});

  auto show_id = std::make_shared<int64_t>(0);
  CLI::App* show =
      promise->add_subcommand("show", s.Tr("show a promise", "Zusage zeigen"));
  AddId(show, *show_id, s.Tr("promise id", "Zusage-ID"));
  OnRun(show, s,
        [show_id](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(auto p,
                                  app::GetPromise(ctx, PromiseId(*show_id)));
          return ToJson(p);
        },
        {});

  auto edit_id = std::make_shared<int64_t>(0);
  auto edit_flags = std::make_shared<PromiseFlags>();
  CLI::App* edit = promise->add_subcommand(
      "edit", s.Tr("change a promise", "Zusage ändern"));
  AddId(edit, *edit_id, s.Tr("promise id", "Zusage-ID"));
  edit_flags->Add(edit, s);
  OnRun(edit, s,
        [&s, edit_id, edit_flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(core::Promise p,
                                  app::EditPromise(ctx, PromiseId(*edit_id),
                                                   [&](core::Promise& record) {
                                                     return edit_flags->Apply(
                                                         record, s.clock());
                                                   }));
          return ToJson(p);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Updated promise {id}.", "Zusage {id} geändert.")});

  RegisterPromiseStatus(
      promise, s, "keep", core::PromiseStatus::kKept,
      s.Tr("mark a promise as kept", "Zusage als eingehalten markieren"));
  RegisterPromiseStatus(
      promise, s, "break", core::PromiseStatus::kBroken,
      s.Tr("mark a promise as broken", "Zusage als gebrochen markieren"));

  auto delete_id = std::make_shared<int64_t>(0);
  CLI::App* remove = promise->add_subcommand(
      "delete", s.Tr("delete a promise", "Zusage löschen"));
  AddId(remove, *delete_id, s.Tr("promise id", "Zusage-ID"));
  OnRun(
      remove, s,
      [delete_id](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(app::DeletePromise(ctx, PromiseId(*delete_id)));
        return Deleted(*delete_id);
      },
      DeletedView(s, "Promise", "Zusage"));
}

}  // namespace

void RegisterIntroPromiseCommands(CLI::App& app, Session& s) {
  RegisterIntro(app, s);
  RegisterPromise(app, s);
}

}  // namespace knoten::cli
