// knoten event ...: dated gatherings and who was there.

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "knoten/app/networks.h"
#include "knoten/cli/internal/commands.h"

namespace knoten::cli {
namespace {

struct EventFlags {
  std::string title, at, place, cost, currency, notes;
  int64_t minutes = 120;
  int64_t network = 0;
  std::vector<int64_t> attendees;
  CLI::Option* title_opt = nullptr;
  CLI::Option* at_opt = nullptr;
  CLI::Option* place_opt = nullptr;
  CLI::Option* cost_opt = nullptr;
  CLI::Option* currency_opt = nullptr;
  CLI::Option* notes_opt = nullptr;
  CLI::Option* minutes_opt = nullptr;
  CLI::Option* network_opt = nullptr;
  CLI::Option* attendee_opt = nullptr;

  void Add(CLI::App* c, Session& s) {
    title_opt = c->add_option("--title", title, s.Tr("title", "Titel"));
    at_opt = c->add_option("--at", at,
                           s.Tr("start, e.g. 2026-03-05T18:30 (UTC)",
                                "Beginn, z. B. 2026-03-05T18:30 (UTC)"));
    minutes_opt = c->add_option("--minutes", minutes,
                                s.Tr("duration in minutes (default 120)",
                                     "Dauer in Minuten (Standard 120)"));
    network_opt =
        c->add_option("--network", network, s.Tr("network id", "Netzwerk-ID"))
            ->check(CLI::PositiveNumber);
    place_opt = c->add_option("--place", place, s.Tr("place", "Ort"));
    cost_opt =
        c->add_option("--cost", cost,
                      s.Tr("what attending cost", "was die Teilnahme kostete"));
    currency_opt =
        c->add_option("--currency", currency,
                      s.Tr("currency (default EUR)", "Währung (Standard EUR)"));
    notes_opt = c->add_option("--notes", notes, s.Tr("notes", "Notizen"));
    attendee_opt =
        c->add_option("--attendee", attendees,
                      s.Tr("person id of someone who was there (repeatable)",
                           "Kontakt-ID einer teilnehmenden Person (mehrfach)"))
            ->check(CLI::PositiveNumber);
  }

  Status Apply(core::Event& e, const Clock& clock) const {
    if (title_opt->count() > 0) e.title = title;
    if (at_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(e.starts_at, ParseWhen(at, clock));
    }
    if (minutes_opt->count() > 0) {
      if (minutes > core::kMaxEventMinutes ||
          minutes < -core::kMaxEventMinutes) {
        return InvalidArgumentError("--minutes is out of range; give at most " +
                                    std::to_string(core::kMaxEventMinutes) +
                                    ".");
      }
      e.duration_minutes = static_cast<int>(minutes);
    }
    if (network_opt->count() > 0) e.network_id = NetworkId(network);
    if (place_opt->count() > 0) e.place = place;
    if (cost_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(e.cost_cents, ParseMoney(cost, "cost"));
    }
    if (currency_opt->count() > 0) e.currency = currency;
    if (notes_opt->count() > 0) e.notes = notes;
    if (attendee_opt->count() > 0) {
      e.attendees.clear();
      for (int64_t id : attendees) e.attendees.emplace_back(id);
    }
    return OkStatus();
  }
};

void RegisterEventList(CLI::App* event, Session& s) {
  struct ListFlags {
    int64_t network = 0;
    int64_t person = 0;
    std::string from, until;
    PagingFlags paging;
  };
  auto list_flags = std::make_shared<ListFlags>();
  CLI::App* list = event->add_subcommand(
      "list", s.Tr("list events, latest first",
                   "Veranstaltungen auflisten, neueste zuerst"));
  list->add_option("--network", list_flags->network,
                   s.Tr("only this network's", "nur dieses Netzwerks"));
  list->add_option(
      "--person", list_flags->person,
      s.Tr("only those this person attended", "nur mit diesem Kontakt"));
  list->add_option("--from", list_flags->from,
                   s.Tr("starting at or after", "ab Datum"));
  list->add_option("--until", list_flags->until,
                   s.Tr("starting before", "vor Datum"));
  AddPaging(list, list_flags->paging, s);
  OnRun(list, s,
        [&s, list_flags](app::Context& ctx) -> Result<JsonList> {
          store::EventFilter filter;
          if (list_flags->network > 0) {
            filter.network_id = NetworkId(list_flags->network);
          }
          if (list_flags->person > 0) {
            filter.attendee = PersonId(list_flags->person);
          }
          if (!list_flags->from.empty()) {
            KNOTEN_ASSIGN_OR_RETURN(filter.from,
                                    ParseWhen(list_flags->from, s.clock()));
          }
          if (!list_flags->until.empty()) {
            KNOTEN_ASSIGN_OR_RETURN(filter.until,
                                    ParseWhen(list_flags->until, s.clock()));
          }
          KNOTEN_ASSIGN_OR_RETURN(
              auto page,
              app::ListEvents(ctx, filter, list_flags->paging.ToPaging()));
          return ToJsonList(std::move(page));
        },
        {.kind = TextView::Kind::kTable,
         .columns = {"id", "starts_at", "title", "network_id", "place",
                     "attendees"}});
}

}  // namespace

void RegisterEventCommands(CLI::App& app, Session& s) {
  CLI::App* event = app.add_subcommand(
      "event", s.Tr("events you go to, with who was there",
                    "Veranstaltungen, zu denen du gehst, und wer dort war"));
  event->require_subcommand(1);

  auto add_flags = std::make_shared<EventFlags>();
  CLI::App* add = event->add_subcommand(
      "add", s.Tr("add an event", "Veranstaltung anlegen"));
  add_flags->Add(add, s);
  add_flags->title_opt->required();
  add_flags->at_opt->required();
  add->footer(
      s.Tr("Example: knoten event add --title \"Breakfast\" --at "
           "2026-03-05T08:00 --network 2 --attendee 4 --attendee 9",
           "Beispiel: knoten event add --title \"Frühstück\" --at "
           "2026-03-05T08:00 --network 2 --attendee 4 --attendee 9"));
  OnRun(add, s,
        [&s, add_flags](app::Context& ctx) -> Result<Json> {
          core::Event e;
          KNOTEN_RETURN_IF_ERROR(add_flags->Apply(e, s.clock()));
          KNOTEN_ASSIGN_OR_RETURN(core::Event added, app::AddEvent(ctx, e));
          return ToJson(added);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Added event {id}.", "Veranstaltung {id} angelegt.")});

  RegisterEventList(event, s);

  auto show_id = std::make_shared<int64_t>(0);
  CLI::App* show = event->add_subcommand(
      "show", s.Tr("show an event", "Veranstaltung zeigen"));
  AddId(show, *show_id, s.Tr("event id", "Veranstaltungs-ID"));
  OnRun(show, s,
        [show_id](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(core::Event e,
                                  app::GetEvent(ctx, EventId(*show_id)));
          return ToJson(e);
        },
        {});

  auto edit_id = std::make_shared<int64_t>(0);
  auto edit_flags = std::make_shared<EventFlags>();
  CLI::App* edit = event->add_subcommand(
      "edit", s.Tr("change an event (--attendee replaces the list)",
                   "Veranstaltung ändern (--attendee ersetzt die Liste)"));
  AddId(edit, *edit_id, s.Tr("event id", "Veranstaltungs-ID"));
  edit_flags->Add(edit, s);
  OnRun(edit, s,
        [&s, edit_id, edit_flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              core::Event e,
              app::EditEvent(ctx, EventId(*edit_id), [&](core::Event& record) {
                return edit_flags->Apply(record, s.clock());
              }));
          return ToJson(e);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Updated event {id}.", "Veranstaltung {id} geändert.")});

  auto delete_id = std::make_shared<int64_t>(0);
  CLI::App* remove = event->add_subcommand(
      "delete", s.Tr("delete an event", "Veranstaltung löschen"));
  AddId(remove, *delete_id, s.Tr("event id", "Veranstaltungs-ID"));
  OnRun(
      remove, s,
      [delete_id](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(app::DeleteEvent(ctx, EventId(*delete_id)));
        return Deleted(*delete_id);
      },
      DeletedView(s, "Event", "Veranstaltung"));
}

}  // namespace knoten::cli
