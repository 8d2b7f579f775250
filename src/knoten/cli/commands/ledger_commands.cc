// knoten give, knoten take and knoten ledger ...: the give-and-take ledger.

#include <memory>
#include <string>
#include <string_view>
#include <utility>

#include "knoten/app/balance.h"
#include "knoten/app/ledger.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/parse.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

constexpr const char* kKinds =
    "tip, recommendation, introduction, referral, help, invitation, feedback";

struct EntryFlags {
  std::string text, at = "now", status, value, currency;
  int64_t person = 0;
  CLI::Option* text_opt = nullptr;
  CLI::Option* at_opt = nullptr;
  CLI::Option* status_opt = nullptr;
  CLI::Option* value_opt = nullptr;
  CLI::Option* currency_opt = nullptr;

  void Add(CLI::App* c, Session& s) {
    text_opt =
        c->add_option("--text", text, s.Tr("what it was", "worum es ging"));
    at_opt = c->add_option(
        "--at", at, s.Tr("when (default: now)", "wann (Standard: jetzt)"));
    status_opt = c->add_option(
        "--status", status,
        s.Tr("referrals: open, contacted, won, lost",
             "Empfehlungen mit Auftrag: open, contacted, won, lost"));
    value_opt = c->add_option("--value", value,
                              s.Tr("referrals: business value when won",
                                   "Empfehlungen mit Auftrag: Auftragswert"));
    currency_opt =
        c->add_option("--currency", currency,
                      s.Tr("currency (default EUR)", "Währung (Standard EUR)"));
  }

  Status Apply(core::LedgerEntry& e, const Clock& clock) const {
    if (text_opt->count() > 0) e.text = text;
    if (at_opt->count() > 0 || !e.id.is_valid()) {
      KNOTEN_ASSIGN_OR_RETURN(e.occurred_at, ParseWhen(at, clock));
    }
    if (status_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(e.referral_status,
                              core::ParseReferralStatus(status));
    }
    if (value_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(e.business_value_cents,
                              ParseMoney(value, "value"));
    }
    if (currency_opt->count() > 0) e.currency = currency;
    return OkStatus();
  }
};

void RegisterDirection(CLI::App& app, Session& s, core::Direction direction) {
  const bool given = direction == core::Direction::kGiven;
  struct Flags {
    std::string kind;
    EntryFlags entry;
  };
  auto flags = std::make_shared<Flags>();
  CLI::App* command = app.add_subcommand(
      given ? "give" : "take",
      given ? s.Tr("record something you gave: a tip, a recommendation, ...",
                   "festhalten, was du gegeben hast: Tipp, Empfehlung, ...")
            : s.Tr("record something you received",
                   "festhalten, was du bekommen hast"));
  command->add_option("kind", flags->kind, kKinds)->required();
  command
      ->add_option(given ? "--to" : "--from", flags->entry.person,
                   s.Tr("person id", "Kontakt-ID"))
      ->required()
      ->check(CLI::PositiveNumber);
  flags->entry.Add(command, s);
  command->footer(given ? s.Tr("Example: knoten give tip --to 12 --text "
                               "\"grant for founders\"",
                               "Beispiel: knoten give tip --to 12 --text "
                               "\"Gründungszuschuss\"")
                        : s.Tr("Example: knoten take referral --from 7 "
                               "--status won --value 2500",
                               "Beispiel: knoten take referral --from 7 "
                               "--status won --value 2500"));
  OnRun(command, s,
        [&s, flags, direction](app::Context& ctx) -> Result<Json> {
          core::LedgerEntry e{.direction = direction,
                              .person_id = PersonId(flags->entry.person)};
          KNOTEN_ASSIGN_OR_RETURN(e.kind, core::ParseLedgerKind(flags->kind));
          KNOTEN_RETURN_IF_ERROR(flags->entry.Apply(e, s.clock()));
          KNOTEN_ASSIGN_OR_RETURN(core::LedgerEntry added,
                                  app::AddLedgerEntry(ctx, e));
          return ToJson(added);
        },
        {.kind = TextView::Kind::kLine,
         .line = given ? s.Tr("Recorded what you gave as entry {id}.",
                              "Gegeben, festgehalten als Eintrag {id}.")
                       : s.Tr("Recorded what you received as entry {id}.",
                              "Bekommen, festgehalten als Eintrag {id}.")});
}

// Prints a balance as two lines plus the business won, in the user's
// language.
void PrintBalance(const Session& s, const Json& b, std::ostream& out) {
  out << s.Tr("Given:    ", "Gegeben:  ") << CellText(b["given"])
      << s.Tr(" (weight ", " (Gewicht ") << CellText(b["given_weight"]) << ")\n"
      << s.Tr("Received: ", "Bekommen: ") << CellText(b["received"])
      << s.Tr(" (weight ", " (Gewicht ") << CellText(b["received_weight"])
      << ")\n";
  for (const auto& [currency, amount] : b["business_value_given"].items()) {
    out << s.Tr("Business won through you: ", "Aufträge durch dich: ")
        << CellText(amount) << " " << currency << '\n';
  }
  for (const auto& [currency, amount] : b["business_value_received"].items()) {
    out << s.Tr("Business won for you: ", "Aufträge für dich: ")
        << CellText(amount) << " " << currency << '\n';
  }
}

void RegisterLedgerBalance(CLI::App* ledger, Session& s) {
  struct BalanceFlags {
    int64_t person = 0;
    std::string since;
  };
  auto balance_flags = std::make_shared<BalanceFlags>();
  CLI::App* balance = ledger->add_subcommand(
      "balance", s.Tr("give and take: counted and weighed by kind",
                      "Geben und Nehmen: gezählt und nach Art gewichtet"));
  balance->add_option("--person", balance_flags->person,
                      s.Tr("only with this person", "nur mit diesem Kontakt"));
  balance->add_option("--since", balance_flags->since,
                      s.Tr("from this date on (ISO date, 'today', ...)",
                           "ab diesem Datum (ISO-Datum, 'heute', ...)"));
  OnRun(balance, s,
        [balance_flags](app::Context& ctx) -> Result<Json> {
          app::BalanceQuery query;
          if (balance_flags->person > 0) {
            query.person_id = PersonId(balance_flags->person);
          }
          if (!balance_flags->since.empty()) {
            KNOTEN_ASSIGN_OR_RETURN(query.from,
                                    ParseWhen(balance_flags->since, ctx.clock));
          }
          KNOTEN_ASSIGN_OR_RETURN(const core::Balance b,
                                  app::LedgerBalance(ctx, query));
          return ToJson(b);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& b, std::ostream& out) {
           PrintBalance(s, b, out);
         }});
}

void RegisterLedger(CLI::App& app, Session& s) {
  CLI::App* ledger = app.add_subcommand(
      "ledger",
      s.Tr("what was given and received", "was gegeben und genommen wurde"));
  ledger->require_subcommand(1);

  struct ListFlags {
    int64_t person = 0;
    std::string direction;
    PagingFlags paging;
  };
  auto list_flags = std::make_shared<ListFlags>();
  CLI::App* list = ledger->add_subcommand(
      "list",
      s.Tr("list entries, latest first", "Einträge auflisten, neueste zuerst"));
  list->add_option("--person", list_flags->person,
                   s.Tr("only with this person", "nur mit diesem Kontakt"));
  list->add_option("--direction", list_flags->direction, "given, received")
      ->check(CLI::IsMember({"given", "received"}));
  AddPaging(list, list_flags->paging, s);
  OnRun(list, s,
        [list_flags](app::Context& ctx) -> Result<JsonList> {
          store::LedgerFilter filter;
          if (list_flags->person > 0) {
            filter.person_id = PersonId(list_flags->person);
          }
          if (!list_flags->direction.empty()) {
            KNOTEN_ASSIGN_OR_RETURN(
                filter.direction, core::ParseDirection(list_flags->direction));
          }
          KNOTEN_ASSIGN_OR_RETURN(
              auto page,
              app::ListLedger(ctx, filter, list_flags->paging.ToPaging()));
          return ToJsonList(std::move(page));
        },
        {.kind = TextView::Kind::kTable,
         .columns = {"id", "occurred_at", "direction", "kind", "person_id",
                     "text"}});

  RegisterLedgerBalance(ledger, s);

  auto show_id = std::make_shared<int64_t>(0);
  CLI::App* show =
      ledger->add_subcommand("show", s.Tr("show an entry", "Eintrag zeigen"));
  AddId(show, *show_id, s.Tr("entry id", "Eintrags-ID"));
  OnRun(show, s,
        [show_id](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              core::LedgerEntry e,
              app::GetLedgerEntry(ctx, LedgerEntryId(*show_id)));
          return ToJson(e);
        },
        {});

  auto edit_id = std::make_shared<int64_t>(0);
  auto edit_flags = std::make_shared<EntryFlags>();
  CLI::App* edit = ledger->add_subcommand(
      "edit", s.Tr("change an entry, e.g. a referral's status and value",
                   "Eintrag ändern, z. B. Status und Wert einer Empfehlung"));
  AddId(edit, *edit_id, s.Tr("entry id", "Eintrags-ID"));
  edit_flags->Add(edit, s);
  OnRun(edit, s,
        [&s, edit_id, edit_flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              core::LedgerEntry e,
              app::EditLedgerEntry(
                  ctx, LedgerEntryId(*edit_id), [&](core::LedgerEntry& record) {
                    return edit_flags->Apply(record, s.clock());
                  }));
          return ToJson(e);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Updated entry {id}.", "Eintrag {id} geändert.")});

  auto delete_id = std::make_shared<int64_t>(0);
  CLI::App* remove = ledger->add_subcommand(
      "delete", s.Tr("delete an entry", "Eintrag löschen"));
  AddId(remove, *delete_id, s.Tr("entry id", "Eintrags-ID"));
  OnRun(
      remove, s,
      [delete_id](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(
            app::DeleteLedgerEntry(ctx, LedgerEntryId(*delete_id)));
        return Deleted(*delete_id);
      },
      DeletedView(s, "Entry", "Eintrag"));
}

}  // namespace

void RegisterLedgerCommands(CLI::App& app, Session& s) {
  RegisterDirection(app, s, core::Direction::kGiven);
  RegisterDirection(app, s, core::Direction::kReceived);
  RegisterLedger(app, s);
}

}  // namespace knoten::cli
