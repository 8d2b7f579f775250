// knoten init (and the owner account), knoten demo, knoten today.

#include <istream>
#include <memory>
#include <string>

#include "knoten/app/accounts.h"
#include "knoten/app/demo.h"
#include "knoten/app/today.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"
#include "knoten/cli/internal/render_suggestions.h"

namespace knoten::cli {
namespace {

void RenderToday(const Json& t, Session& s, std::ostream& out) {
  out << s.Tr("Today, ", "Heute, ") << CellText(t.at("date")) << "\n";
  out << '\n' << s.Tr("Follow-ups due:", "Fällige Nachfass-Termine:") << '\n';
  if (t.at("followups_due").empty()) {
    out << "  " << s.Tr("nothing due", "nichts fällig") << '\n';
  }
  for (const Json& f : t.at("followups_due")) {
    out << "  [" << f.at("id").dump() << "] "
        << CellText(f.at("due_at")).substr(0, 16) << "  "
        << CellText(f.at("kind")) << s.Tr(" with ", " mit ")
        << CellText(f.at("person_name"));
    if (!CellText(f.at("about")).empty()) {
      out << ": " << CellText(f.at("about"));
    }
    out << '\n';
  }
  out << '\n' << s.Tr("Promises due:", "Fällige Zusagen:") << '\n';
  if (t.at("promises_due").empty()) {
    out << "  " << s.Tr("nothing due", "nichts fällig") << '\n';
  }
  for (const Json& p : t.at("promises_due")) {
    const std::string by = p.at("promisor_name").is_null()
                               ? s.Tr("you", "du")
                               : CellText(p.at("promisor_name"));
    const std::string to = p.at("promisee_name").is_null()
                               ? s.Tr("you", "dir")
                               : CellText(p.at("promisee_name"));
    out << "  [" << p.at("id").dump() << "] "
        << CellText(p.at("due_at")).substr(0, 10) << "  " << by << " → " << to
        << ": " << CellText(p.at("text")) << '\n';
  }
  out << '\n' << s.Tr("Suggestions:", "Vorschläge:") << '\n';
  if (t.at("suggestions").empty()) {
    out << "  " << s.Tr("none yet", "noch keine") << '\n';
  }
  for (const Json& item : t.at("suggestions")) {
    RenderSuggestion(item.at("section").get<std::string>(), item, s, out);
  }
}

// The password on standard input, without the line break that ends it.
Result<std::string> ReadPasswordFromStdin(Session& s) {
  std::istream* in = s.env().in;
  std::string password;
  if (in != nullptr) std::getline(*in, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  if (password.empty()) {
    return InvalidArgumentError(s.Tr(
        "No password on standard input; pipe it in, e.g. printf '%s' "
        "\"$PASSWORD\" | knoten init --password-stdin.",
        "Kein Passwort auf der Standardeingabe; leite es hinein, z. B. printf "
        "'%s' \"$PASSWORT\" | knoten init --password-stdin."));
  }
  return password;
}

}  // namespace

void RegisterAdminCommands(CLI::App& app, Session& s) {
  struct InitFlags {
    std::string user = "owner";
    bool password_stdin = false;
  };
  auto init_flags = std::make_shared<InitFlags>();
  CLI::App* init = app.add_subcommand(
      "init", s.Tr("create the database (at --db or the default location) "
                   "and, with --password-stdin, the account for the web app",
                   "Datenbank anlegen (unter --db oder am Standardort) und "
                   "mit --password-stdin das Konto für die Web-App"));
  init->add_option("--user", init_flags->user,
                   s.Tr("username of the account (default owner)",
                        "Benutzername des Kontos (Standard owner)"));
  init->add_flag("--password-stdin", init_flags->password_stdin,
                 s.Tr("read the account's password from standard input "
                      "(at least 10 characters)",
                      "das Passwort des Kontos von der Standardeingabe lesen "
                      "(mindestens 10 Zeichen)"));
  init->footer(
      s.Tr("Example: printf '%s' \"$PASSWORD\" | knoten init --user "
           "sabine --password-stdin",
           "Beispiel: printf '%s' \"$PASSWORT\" | knoten init --user "
           "sabine --password-stdin"));
  OnRun(init, s,
        [&s, init_flags, init](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(const std::string path, s.DatabasePath());
          Json doc{{"database", path}};
          if (!init_flags->password_stdin) {
            if (init->count("--user") > 0) {
              return InvalidArgumentError(
                  s.Tr("--user needs --password-stdin to create the account.",
                       "--user braucht --password-stdin, um das Konto "
                       "anzulegen."));
            }
            return doc;
          }
          KNOTEN_ASSIGN_OR_RETURN(const std::string password,
                                  ReadPasswordFromStdin(s));
          KNOTEN_ASSIGN_OR_RETURN(
              app::AccountSummary account,
              app::CreateOwnerAccount(ctx, init_flags->user, password));
          doc["account"] = {{"id", account.id.value()},
                            {"username", account.username}};
          return doc;
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& d, std::ostream& out) {
           out << s.Tr("Database ready: ", "Datenbank bereit: ")
               << CellText(d.at("database")) << '\n';
           if (d.contains("account")) {
             out << s.Tr("Account created: ", "Konto angelegt: ")
                 << CellText(d.at("account").at("username")) << '\n';
           }
         }});

  struct DemoFlags {
    int64_t people = app::kDemoDefaultPeople;
    uint64_t seed = 1;
  };
  auto demo_flags = std::make_shared<DemoFlags>();
  CLI::App* demo = app.add_subcommand(
      "demo",
      s.Tr(
          "seed an empty database with a realistic demo network",
          "eine leere Datenbank mit einem realistischen Demo-Netzwerk füllen"));
  demo->add_option(
      "--people", demo_flags->people,
      s.Tr("number of people (default 60)", "Anzahl Kontakte (Standard 60)"));
  demo->add_option("--seed", demo_flags->seed,
                   s.Tr("random seed; the same seed gives the same network",
                        "Startwert; gleicher Wert, gleiches Netzwerk"));
  demo->footer(
      s.Tr("Example: knoten --db /tmp/demo.db demo --people 200 --seed 7",
           "Beispiel: knoten --db /tmp/demo.db demo --people 200 --seed 7"));
  OnRun(demo, s,
        [demo_flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              app::DemoSummary summary,
              app::SeedDemo(ctx, {.people = demo_flags->people,
                                  .seed = demo_flags->seed}));
          return ToJson(summary);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& d, std::ostream& out) {
           out << s.Tr("Demo network created: ", "Demo-Netzwerk angelegt: ")
               << d.at("people").dump() << s.Tr(" people, ", " Kontakte, ")
               << d.at("networks").dump() << s.Tr(" networks, ", " Netzwerke, ")
               << d.at("events").dump()
               << s.Tr(" events, ", " Veranstaltungen, ")
               << d.at("encounters").dump()
               << s.Tr(" encounters, ", " Begegnungen, ")
               << d.at("ledger_entries").dump()
               << s.Tr(" ledger entries.", " Einträge im Geben-und-Nehmen.")
               << '\n';
         }});

  CLI::App* today = app.add_subcommand(
      "today",
      s.Tr("what is due today: follow-ups, promises and suggestions",
           "was heute ansteht: Nachfass-Termine, Zusagen und Vorschläge"));
  OnRun(today, s,
        [&s](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(app::TodayView view,
                                  app::Today(ctx, s.LexiconSource()));
          return ToJson(view);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& t, std::ostream& out) {
           RenderToday(t, s, out);
         }});
}

}  // namespace knoten::cli
