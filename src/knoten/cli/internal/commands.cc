#include "knoten/cli/internal/commands.h"

#include <utility>

namespace knoten::cli {

void AddPaging(CLI::App* command, PagingFlags& flags, Session& session) {
  command
      ->add_option("--limit", flags.limit,
                   session.Tr("show at most N", "höchstens N zeigen"))
      ->check(CLI::NonNegativeNumber);
  command
      ->add_option("--offset", flags.offset,
                   session.Tr("skip the first N", "die ersten N überspringen"))
      ->check(CLI::NonNegativeNumber);
}

CLI::Option* AddUser(CLI::App* command, std::string& user, Session& session) {
  return command->add_option(
      "--user", user,
      session.Tr("username of the account (default owner)",
                 "Benutzername des Kontos (Standard owner)"));
}

CLI::Option* AddId(CLI::App* command, int64_t& id, const std::string& what) {
  return command->add_option("id", id, what)
      ->required()
      ->check(CLI::PositiveNumber);
}

TextView DeletedView(Session& session, const std::string& en,
                     const std::string& de) {
  return {.kind = TextView::Kind::kLine,
          .line = session.Tr(en + " {id} deleted.", de + " {id} gelöscht.")};
}

Json Deleted(int64_t id) { return {{"id", id}, {"deleted", true}}; }

}  // namespace knoten::cli
