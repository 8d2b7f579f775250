// knoten network report: what each network cost and brought over a period,
// side by side (app/network_report.h).

#include <array>
#include <cstdio>
#include <memory>
#include <ostream>
#include <string>

#include "knoten/app/network_report.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

struct ReportFlags {
  std::string from, until;
  int64_t network = 0;
};

Result<Json> Report(app::Context& ctx, Session& s, const ReportFlags& f) {
  app::NetworkReportQuery query;
  if (!f.from.empty()) {
    KNOTEN_ASSIGN_OR_RETURN(query.from, ParseWhen(f.from, ctx.clock));
  }
  if (!f.until.empty()) {
    KNOTEN_ASSIGN_OR_RETURN(const Timestamp until,
                            ParseWhen(f.until, ctx.clock));
    // A plain date ("2026-01-31") includes its whole day.
    const bool date_only = f.until.size() == 10 && f.until[4] == '-';
    query.until = date_only ? Timestamp::FromUnixSeconds(until.unix_seconds() +
                                                         kSecondsPerDay - 1)
                            : until;
  }
  if (f.network > 0) query.network_id = NetworkId(f.network);
  KNOTEN_ASSIGN_OR_RETURN(const app::NetworkReports reports,
                          app::ReportNetworks(ctx, query, s.LexiconSource()));
  return ToJson(reports);
}

// "625.00 EUR".
std::string Amount(const Json& amount, const std::string& currency) {
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), "%.2f", amount.get<double>());
  return std::string(text.data()) + " " + currency;
}

// "625.00 EUR", plus amounts in other currencies.
std::string MoneyText(const Json& r) {
  std::string text = Amount(r.at("money"), r.at("currency").get<std::string>());
  for (const auto& [currency, amount] : r.at("other_money").items()) {
    text += " + " + Amount(amount, currency);
  }
  return text;
}

// "1 referral", "2 referrals".
std::string Counted(const Json& n, const char* one, const char* many) {
  return CellText(n) + " " + (n.get<int64_t>() == 1 ? one : many);
}

void RenderNetwork(const Json& r, bool de, std::ostream& out) {
  const Json& fit = r.at("expertise_fit");
  out << '\n'
      << CellText(r.at("name"))
      << (r.at("member").get<bool>() ? (de ? " (Mitglied)" : " (member)") : "")
      << '\n';
  out << (de ? "  Zeit und Geld: " : "  Time and money: ")
      << (de ? Counted(r.at("events"), "Veranstaltung", "Veranstaltungen")
             : Counted(r.at("events"), "event", "events"))
      << ", " << CellText(r.at("hours")) << " h, " << MoneyText(r) << '\n';
  out << (de ? "  Menschen: " : "  People: ") << CellText(r.at("people"))
      << (de ? ", davon getroffen: " : ", met: ")
      << CellText(r.at("people_met"))
      << (de ? ", Vertrauen gewachsen: " : ", trust grew: ")
      << CellText(r.at("deepened")) << '\n';
  out << (de ? "  Geben und Nehmen: " : "  Give and take: ")
      << CellText(r.at("given")) << (de ? " gegeben, " : " given, ")
      << CellText(r.at("received")) << (de ? " erhalten; " : " received; ")
      << (de ? Counted(r.at("introductions"), "Vorstellung", "Vorstellungen")
             : Counted(r.at("introductions"), "introduction", "introductions"))
      << ", "
      << (de ? Counted(r.at("referrals"), "Empfehlung", "Empfehlungen")
             : Counted(r.at("referrals"), "referral", "referrals"));
  for (const auto& [currency, amount] : r.at("business_value").items()) {
    out << (de ? "; Aufträge: " : "; business won: ")
        << Amount(amount, currency);
  }
  out << '\n';
  out << (de ? "  Passung: deine Angebote treffen "
             : "  Fit: your offers meet ")
      << CellText(fit.at("my_offers_meet_needs")) << (de ? " von " : " of ")
      << CellText(fit.at("their_needs"))
      << (de ? " Bedarfen, ihre Angebote " : " needs; their offers meet ")
      << CellText(fit.at("my_needs_met")) << (de ? " von " : " of ")
      << CellText(fit.at("my_needs"))
      << (de ? " deiner Bedarfe\n" : " of your needs\n");
}

void RenderReport(const Json& report, UiLang lang, std::ostream& out) {
  const bool de = lang == UiLang::kDe;
  out << (de ? "Netzwerke vom " : "Networks from ")
      << CellText(report.at("from")).substr(0, 10) << (de ? " bis " : " to ")
      << CellText(report.at("until")).substr(0, 10) << '\n';
  if (report.at("items").empty()) {
    out << (de ? "Noch keine Netzwerke: knoten network add --name ...\n"
               : "No networks yet: knoten network add --name ...\n");
  }
  for (const Json& r : report.at("items")) RenderNetwork(r, de, out);
}

}  // namespace

void RegisterNetworkReport(CLI::App* network, Session& s) {
  auto flags = std::make_shared<ReportFlags>();
  CLI::App* report = network->add_subcommand(
      "report",
      s.Tr("which network moves you forward: time, money, people, give and "
           "take, fit",
           "welches Netzwerk dich weiterbringt: Zeit, Geld, Menschen, Geben "
           "und Nehmen, Passung"));
  report->add_option("--from", flags->from,
                     s.Tr("from this date on (default: a year before --until)",
                          "ab diesem Datum (Standard: ein Jahr vor --until)"));
  report->add_option("--until", flags->until,
                     s.Tr("up to this date, included (default: now)",
                          "bis einschließlich diesem Datum (Standard: jetzt)"));
  report->add_option("--network", flags->network,
                     s.Tr("only this network", "nur dieses Netzwerk"));
  report->footer(
      s.Tr("Example: knoten network report --from 2026-01-01 --json\n"
           "docs/network-report.md explains each figure.",
           "Beispiel: knoten network report --from 2026-01-01 --json\n"
           "docs/network-report.md erklärt jede Zahl."));
  OnRun(report, s,
        [&s, flags](app::Context& ctx) { return Report(ctx, s, *flags); },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& r, std::ostream& out) {
           RenderReport(r, s.lang(), out);
         }});
}

}  // namespace knoten::cli
