// knoten init (the database and the owner account) and knoten password.

#include <istream>
#include <memory>
#include <string>

#include "knoten/app/accounts.h"
#include "knoten/app/password.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

// A generated password: 16 hex digits (64 random bits).
constexpr size_t kGeneratedPasswordBytes = 8;

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

void RegisterInit(CLI::App& app, Session& s) {
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
  AddUser(init, init_flags->user, s);
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
}

// knoten password --user NAME (--password-stdin | --generate) [--create]
void RegisterPassword(CLI::App& app, Session& s) {
  struct Flags {
    std::string user = "owner";
    bool password_stdin = false;
    bool generate = false;
    bool create = false;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* command = app.add_subcommand(
      "password", s.Tr("give an account of the web app a new password",
                       "einem Konto der Web-App ein neues Passwort geben"));
  AddUser(command, flags->user, s);
  CLI::Option* from_stdin = command->add_flag(
      "--password-stdin", flags->password_stdin,
      s.Tr("read the new password from standard input (at least 10 "
           "characters)",
           "das neue Passwort von der Standardeingabe lesen (mindestens 10 "
           "Zeichen)"));
  command
      ->add_flag("--generate", flags->generate,
                 s.Tr("make up a random password and print it",
                      "ein zufälliges Passwort erzeugen und ausgeben"))
      ->excludes(from_stdin);
  command->add_flag("--create", flags->create,
                    s.Tr("create the account if the database has none yet",
                         "das Konto anlegen, falls die Datenbank noch keines "
                         "hat"));
  command->footer(
      s.Tr("Examples: printf '%s' \"$PASSWORD\" | knoten password --user "
           "sabine --password-stdin\n          knoten password --user demo "
           "--generate",
           "Beispiele: printf '%s' \"$PASSWORT\" | knoten password --user "
           "sabine --password-stdin\n           knoten password --user demo "
           "--generate"));
  OnRun(command, s,
        [&s, flags](app::Context& ctx) -> Result<Json> {
          if (!flags->password_stdin && !flags->generate) {
            return InvalidArgumentError(
                s.Tr("Give --password-stdin or --generate.",
                     "Gib --password-stdin oder --generate an."));
          }
          std::string password;
          if (flags->generate) {
            password = app::RandomToken(kGeneratedPasswordBytes);
          } else {
            KNOTEN_ASSIGN_OR_RETURN(password, ReadPasswordFromStdin(s));
          }
          KNOTEN_ASSIGN_OR_RETURN(const bool any, app::HasAccounts(ctx));
          Result<app::AccountSummary> account =
              flags->create && !any
                  ? app::CreateOwnerAccount(ctx, flags->user, password)
                  : app::SetAccountPassword(ctx, flags->user, password);
          if (!account) return std::move(account).error();
          Json doc{{"username", account->username}};
          if (flags->generate) doc["password"] = password;
          return doc;
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& d, std::ostream& out) {
           out << s.Tr("New password for ", "Neues Passwort für ")
               << CellText(d.at("username"));
           if (d.contains("password")) {
             out << ": " << CellText(d.at("password"));
           }
           out << '\n';
         }});
}

}  // namespace

void RegisterAccountCommands(CLI::App& app, Session& s) {
  RegisterInit(app, s);
  RegisterPassword(app, s);
}

}  // namespace knoten::cli
