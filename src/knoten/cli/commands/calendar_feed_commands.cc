// knoten calendar-feed create|end: the secret address under which a
// calendar app reads the account's calendar (app/calendar_feed.h).

#include <memory>
#include <ostream>
#include <string>

#include "knoten/app/calendar_feed.h"
#include "knoten/cli/internal/commands.h"

namespace knoten::cli {

void RegisterCalendarFeedCommands(CLI::App& app, Session& s) {
  CLI::App* feed = app.add_subcommand(
      "calendar-feed",
      s.Tr("the address under which a calendar app reads your dates",
           "die Adresse, unter der eine Kalender-App deine Termine liest"));
  feed->require_subcommand(1);
  auto user = std::make_shared<std::string>("owner");

  CLI::App* create = feed->add_subcommand(
      "create", s.Tr("make a new feed (the old one stops working)",
                     "einen neuen Feed anlegen (der alte hört auf)"));
  AddUser(create, *user, s);
  create->footer(s.Tr(
      "Prints the feed's path once; knoten keeps only a hash of its token. "
      "Give a calendar app your server's address with this path, e.g. "
      "https://knoten.example.org/api/v1/calendar-feed/TOKEN (add ?lang=de "
      "for German titles). It shows events, open follow-ups and promises "
      "with a due date, and needs no login: whoever has the address can "
      "read them, so keep it like a password.",
      "Gibt den Pfad des Feeds einmal aus; knoten behält nur einen Hash des "
      "Tokens. Einer Kalender-App die Adresse des Servers mit diesem Pfad "
      "geben, z. B. https://knoten.example.org/api/v1/calendar-feed/TOKEN "
      "(?lang=de für deutsche Titel). Sie zeigt Veranstaltungen, offene "
      "Nachfassen und Versprechen mit Termin und braucht keine Anmeldung: "
      "wer die Adresse hat, kann sie lesen; also wie ein Passwort hüten."));
  OnRun(create, s,
        [user](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(const std::string token,
                                  app::CreateCalendarFeed(ctx, *user));
          return Json{{"path", app::CalendarFeedPath(token)}, {"token", token}};
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& r, std::ostream& out) {
           out << s.Tr("Calendar feed: ", "Kalender-Feed: ")
               << r.at("path").get<std::string>() << '\n'
               << s.Tr(
                      "Give your calendar app your server's address with "
                      "this path. It is shown only now; knoten calendar-feed "
                      "end stops it.\n",
                      "Der Kalender-App die Adresse des Servers mit diesem "
                      "Pfad geben. Er wird nur jetzt gezeigt; knoten "
                      "calendar-feed end beendet ihn.\n");
         }});

  CLI::App* end = feed->add_subcommand(
      "end", s.Tr("stop the feed: its address no longer works",
                  "den Feed beenden: seine Adresse geht nicht mehr"));
  AddUser(end, *user, s);
  OnRun(end, s,
        [user](app::Context& ctx) -> Result<Json> {
          KNOTEN_RETURN_IF_ERROR(app::EndCalendarFeed(ctx, *user));
          return Json{{"ended", true}};
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("The calendar feed is ended.",
                      "Der Kalender-Feed ist beendet.")});
}

}  // namespace knoten::cli
