// knoten network ...: networks and memberships.

#include <memory>
#include <string>
#include <utility>

#include "knoten/app/networks.h"
#include "knoten/cli/internal/commands.h"

namespace knoten::cli {
namespace {

struct NetworkFlags {
  std::string name, kind, url, fee, currency, cadence, notes;
  CLI::Option* name_opt = nullptr;
  CLI::Option* kind_opt = nullptr;
  CLI::Option* url_opt = nullptr;
  CLI::Option* fee_opt = nullptr;
  CLI::Option* currency_opt = nullptr;
  CLI::Option* cadence_opt = nullptr;
  CLI::Option* notes_opt = nullptr;

  void Add(CLI::App* c, Session& s) {
    name_opt = c->add_option("--name", name, s.Tr("name", "Name"));
    kind_opt = c->add_option(
        "--kind", kind,
        "referral_group, business_network, chamber, association, coworking, "
        "online, alumni, other");
    url_opt = c->add_option("--url", url, s.Tr("web address", "Webadresse"));
    fee_opt = c->add_option("--fee", fee,
                            s.Tr("yearly fee, e.g. 180 or 99.50",
                                 "Jahresbeitrag, z. B. 180 oder 99,50"));
    currency_opt =
        c->add_option("--currency", currency,
                      s.Tr("currency (default EUR)", "Währung (Standard EUR)"));
    cadence_opt = c->add_option(
        "--cadence", cadence,
        "weekly, biweekly, monthly, quarterly, yearly, irregular");
    notes_opt = c->add_option("--notes", notes, s.Tr("notes", "Notizen"));
  }

  Status Apply(core::Network& n) const {
    if (name_opt->count() > 0) n.name = name;
    if (kind_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(n.kind, core::ParseNetworkKind(kind));
    }
    if (url_opt->count() > 0) n.url = url;
    if (fee_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(n.yearly_fee_cents, ParseMoney(fee, "fee"));
    }
    if (currency_opt->count() > 0) n.currency = currency;
    if (cadence_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(n.cadence, core::ParseCadence(cadence));
    }
    if (notes_opt->count() > 0) n.notes = notes;
    return OkStatus();
  }
};

void RegisterMemberships(CLI::App* network, Session& s) {
  struct JoinFlags {
    int64_t network = 0;
    std::string person = "me";
    std::string since, role = "member";
  };
  auto join_flags = std::make_shared<JoinFlags>();
  CLI::App* join = network->add_subcommand(
      "join", s.Tr("record that you or a person belong to a network",
                   "Mitgliedschaft von dir oder einem Kontakt eintragen"));
  AddId(join, join_flags->network, s.Tr("network id", "Netzwerk-ID"));
  join->add_option(
      "--person", join_flags->person,
      s.Tr("person id or 'me' (default)", "Kontakt-ID oder 'me' (Standard)"));
  join->add_option("--since", join_flags->since,
                   s.Tr("member since (date)", "Mitglied seit (Datum)"));
  join->add_option(
      "--role", join_flags->role,
      s.Tr("e.g. member, organiser, guest", "z. B. member, organiser, guest"));
  OnRun(join, s,
        [&s, join_flags](app::Context& ctx) -> Result<Json> {
          core::Membership m{.network_id = NetworkId(join_flags->network),
                             .role = join_flags->role};
          KNOTEN_ASSIGN_OR_RETURN(m.person_id, ParseParty(join_flags->person));
          if (!join_flags->since.empty()) {
            KNOTEN_ASSIGN_OR_RETURN(m.since,
                                    ParseWhen(join_flags->since, s.clock()));
          }
          KNOTEN_ASSIGN_OR_RETURN(core::Membership added, app::Join(ctx, m));
          return ToJson(added);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Membership {id} recorded.",
                      "Mitgliedschaft {id} eingetragen.")});

  auto leave_id = std::make_shared<int64_t>(0);
  CLI::App* leave = network->add_subcommand(
      "leave", s.Tr("remove a membership", "Mitgliedschaft entfernen"));
  AddId(leave, *leave_id,
        s.Tr("membership id (see 'network members')",
             "Mitgliedschafts-ID (siehe 'network members')"));
  OnRun(
      leave, s,
      [leave_id](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(app::Leave(ctx, MembershipId(*leave_id)));
        return Deleted(*leave_id);
      },
      DeletedView(s, "Membership", "Mitgliedschaft"));

  auto members_id = std::make_shared<int64_t>(0);
  CLI::App* members = network->add_subcommand(
      "members",
      s.Tr("list a network's members", "Mitglieder eines Netzwerks auflisten"));
  AddId(members, *members_id, s.Tr("network id", "Netzwerk-ID"));
  OnRun(members, s,
        [members_id](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(auto all,
                                  app::Members(ctx, NetworkId(*members_id)));
          return ListToJson(all);
        },
        {.kind = TextView::Kind::kTable,
         .columns = {"id", "person_id", "role", "since"}});
}

}  // namespace

void RegisterNetworkCommands(CLI::App& app, Session& s) {
  CLI::App* network = app.add_subcommand(
      "network",
      s.Tr("groups you are in: what they cost, who is there",
           "Gruppen, in denen du bist: was sie kosten, wer dabei ist"));
  network->require_subcommand(1);

  auto add_flags = std::make_shared<NetworkFlags>();
  CLI::App* add =
      network->add_subcommand("add", s.Tr("add a network", "Netzwerk anlegen"));
  add_flags->Add(add, s);
  add_flags->name_opt->required();
  add->footer(
      s.Tr("Example: knoten network add --name \"IHK round table\" --kind "
           "chamber --cadence monthly",
           "Beispiel: knoten network add --name \"IHK-Stammtisch\" --kind "
           "chamber --cadence monthly"));
  OnRun(add, s,
        [add_flags](app::Context& ctx) -> Result<Json> {
          core::Network n;
          KNOTEN_RETURN_IF_ERROR(add_flags->Apply(n));
          KNOTEN_ASSIGN_OR_RETURN(core::Network added, app::AddNetwork(ctx, n));
          return ToJson(added);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Added network {id}.", "Netzwerk {id} angelegt.")});

  auto paging = std::make_shared<PagingFlags>();
  CLI::App* list = network->add_subcommand(
      "list", s.Tr("list networks", "Netzwerke auflisten"));
  AddPaging(list, *paging, s);
  OnRun(list, s,
        [paging](app::Context& ctx) -> Result<JsonList> {
          KNOTEN_ASSIGN_OR_RETURN(auto page,
                                  app::ListNetworks(ctx, paging->ToPaging()));
          return ToJsonList(std::move(page));
        },
        {.kind = TextView::Kind::kTable,
         .columns = {"id", "name", "kind", "cadence", "yearly_fee"}});

  auto show_id = std::make_shared<int64_t>(0);
  CLI::App* show = network->add_subcommand(
      "show", s.Tr("show a network", "Netzwerk zeigen"));
  AddId(show, *show_id, s.Tr("network id", "Netzwerk-ID"));
  OnRun(show, s,
        [show_id](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(core::Network n,
                                  app::GetNetwork(ctx, NetworkId(*show_id)));
          return ToJson(n);
        },
        {});

  auto edit_id = std::make_shared<int64_t>(0);
  auto edit_flags = std::make_shared<NetworkFlags>();
  CLI::App* edit = network->add_subcommand(
      "edit", s.Tr("change a network", "Netzwerk ändern"));
  AddId(edit, *edit_id, s.Tr("network id", "Netzwerk-ID"));
  edit_flags->Add(edit, s);
  OnRun(edit, s,
        [edit_id, edit_flags](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              core::Network n,
              app::EditNetwork(ctx, NetworkId(*edit_id),
                               [&](core::Network& record) {
                                 return edit_flags->Apply(record);
                               }));
          return ToJson(n);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Updated network {id}.", "Netzwerk {id} geändert.")});

  auto delete_id = std::make_shared<int64_t>(0);
  CLI::App* remove = network->add_subcommand(
      "delete", s.Tr("delete a network (its events stay)",
                     "Netzwerk löschen (Veranstaltungen bleiben)"));
  AddId(remove, *delete_id, s.Tr("network id", "Netzwerk-ID"));
  OnRun(
      remove, s,
      [delete_id](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(app::DeleteNetwork(ctx, NetworkId(*delete_id)));
        return Deleted(*delete_id);
      },
      DeletedView(s, "Network", "Netzwerk"));

  RegisterMemberships(network, s);
  RegisterNetworkReport(network, s);
}

}  // namespace knoten::cli
