// knoten person ... and knoten me ...

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <utility>
#include <vector>

#include "knoten/app/people.h"
#include "knoten/app/person_details.h"
#include "knoten/cli/internal/commands.h"
#include "knoten/cli/internal/render.h"

namespace knoten::cli {
namespace {

// The person fields settable from the command line; `add` and `edit` share
// them, `edit` applies only those given.
struct PersonFlags {
  std::string name, given, family, org, role, city, notes, met_at, rhythm;
  int64_t met_event = 0;
  std::vector<std::string> emails, phones, urls, languages, tags;
  std::vector<CLI::Option*> given_options;

  void Add(CLI::App* c, Session& s) {
    auto opt = [&](const char* flag, std::string& target, const char* en,
                   const char* de) {
      given_options.push_back(c->add_option(flag, target, s.Tr(en, de)));
    };
    auto many = [&](const char* flag, std::vector<std::string>& target,
                    const char* en, const char* de) {
      given_options.push_back(c->add_option(flag, target, s.Tr(en, de)));
    };
    opt("--name", name, "display name (default: given + family name)",
        "Anzeigename (Standard: Vor- und Nachname)");
    opt("--given", given, "given name", "Vorname");
    opt("--family", family, "family name", "Nachname");
    opt("--org", org, "organisation", "Organisation");
    opt("--role", role, "role, e.g. 'web designer'",
        "Rolle, z. B. 'Webdesignerin'");
    opt("--city", city, "city", "Ort");
    opt("--notes", notes, "free notes", "freie Notizen");
    opt("--met-at", met_at, "when you first met (ISO date)",
        "wann ihr euch kennengelernt habt (ISO-Datum)");
    opt("--rhythm", rhythm,
        "keep in touch every N days (7-730), or 'default' for the rhythm "
        "from trust",
        "alle N Tage Kontakt halten (7-730), oder 'default' für den "
        "Rhythmus aus dem Vertrauen");
    given_options.push_back(
        c->add_option(
             "--met-event", met_event,
             s.Tr("event id where you first met",
                  "Veranstaltung, bei der ihr euch kennengelernt habt"))
            ->check(CLI::PositiveNumber));
    many("--email", emails, "e-mail address (repeatable)", "E-Mail (mehrfach)");
    many("--phone", phones, "phone number (repeatable)", "Telefon (mehrfach)");
    many("--url", urls, "web address (repeatable)", "Webadresse (mehrfach)");
    many("--language", languages, "spoken languages, e.g. de,en",
         "gesprochene Sprachen, z. B. de,en");
    many("--tag", tags, "tags (repeatable or comma-separated)",
         "Schlagwörter (mehrfach oder mit Komma)");
  }

  bool Given(const char* flag) const {
    return std::ranges::any_of(given_options, [&](const CLI::Option* o) {
      return o->check_name(flag) && o->count() > 0;
    });
  }

  Status Apply(core::Person& p, const Clock& clock) const {
    if (Given("--name")) p.display_name = name;
    if (Given("--given")) p.given_name = given;
    if (Given("--family")) p.family_name = family;
    if (Given("--org")) p.organisation = org;
    if (Given("--role")) p.role = role;
    if (Given("--city")) p.city = city;
    if (Given("--notes")) p.notes = notes;
    if (Given("--email")) p.emails = SplitValues(emails);
    if (Given("--phone")) p.phones = phones;
    if (Given("--url")) p.urls = SplitValues(urls);
    if (Given("--language")) p.languages = SplitValues(languages);
    if (Given("--tag")) p.tags = SplitValues(tags);
    if (Given("--met-event")) p.first_met_event = EventId(met_event);
    if (Given("--met-at")) {
      KNOTEN_ASSIGN_OR_RETURN(p.first_met_at, ParseWhen(met_at, clock));
    }
    if (Given("--rhythm")) {
      KNOTEN_ASSIGN_OR_RETURN(p.rhythm_days, ParseRhythm(rhythm));
    }
    return OkStatus();
  }
};

// "Client fit: 0.15, weakest: trust" and the four factors.
void RenderClientFit(const Json& fit, UiLang lang, std::ostream& out) {
  const bool german = lang == UiLang::kDe;
  const Json& factors = fit.at("factors");
  const std::string open = german ? "noch nicht eingeschätzt" : "not judged";
  auto value = [&](const Json& x) { return x.is_null() ? open : CellText(x); };
  const std::string weakest = CellText(fit.at("weakest"));
  out << (german ? "Geschäftsreife: " : "Client fit: ")
      << value(fit.at("level"))
      << (german ? " (am schwächsten: " : " (weakest: ") << weakest << ")\n";
  for (const auto& [key, en, de] :
       {std::tuple("trust", "trust", "Vertrauen"),
        std::tuple("competence", "competence", "Kompetenz"),
        std::tuple("chemistry", "chemistry", "Chemie"),
        std::tuple("fit", "fit", "Passung")}) {
    out << "  " << (german ? de : en) << ": " << value(factors.at(key));
    if (std::string_view(key) == "fit" && !fit.at("fit_why").is_null()) {
      const Json& why = fit.at("fit_why");
      out << (german ? " („" : " ('") << CellText(why.at("offer_title"))
          << (german ? "“ → „" : "' → '") << CellText(why.at("need_title"))
          << (german ? "“)" : "')");
    }
    out << '\n';
  }
}

// "Keep in touch: every 30 days (from trust), next contact by 2027-01-05".
void RenderTouch(const Json& touch, UiLang lang, std::ostream& out) {
  const bool german = lang == UiLang::kDe;
  out << (german ? "Kontakt halten: " : "Keep in touch: ");
  if (touch.at("rhythm_days").is_null()) {
    out << (german ? "noch kein Rhythmus (neue Bekanntschaft); mit 'knoten "
                     "person edit ID --rhythm TAGE' festlegen\n"
                   : "no rhythm yet (a new acquaintance); set one with "
                     "'knoten person edit ID --rhythm DAYS'\n");
    return;
  }
  const std::string days = touch.at("rhythm_days").dump();
  const std::string due = CellText(touch.at("due_at")).substr(0, 10);
  const bool chosen = touch.at("chosen").get<bool>();
  out << (german ? "alle " + days + " Tage" : "every " + days + " days")
      << (chosen ? (german ? " (deine Wahl)" : " (your choice)")
                 : (german ? " (aus dem Vertrauen)" : " (from trust)"));
  if (touch.at("losing_touch").get<bool>()) {
    out << (german ? ", Kontakt war fällig am " : ", contact was due on ");
  } else {
    out << (german ? ", nächster Kontakt bis " : ", next contact by ");
  }
  out << due << '\n';
}

void RenderDetails(const Json& d, UiLang lang, std::ostream& out) {
  Json record = d;
  for (const char* key :
       {"offers", "needs", "memberships", "timeline", "created_at",
        "updated_at", "given_name", "family_name", "balance", "trust",
        "judgements", "client_fit", "keep_in_touch", "rhythm_days"}) {
    record.erase(key);
  }
  RenderRecord(record, lang, out);
  const bool german = lang == UiLang::kDe;
  const Json& balance = d.at("balance");
  out << '\n'
      << (german ? "Geben und Nehmen: " : "Give and take: ")
      << CellText(balance.at("given")) << (german ? " gegeben, " : " given, ")
      << CellText(balance.at("received"))
      << (german ? " bekommen (Gewicht " : " received (weight ")
      << CellText(balance.at("given_weight")) << " : "
      << CellText(balance.at("received_weight")) << ")\n";
  const Json& trust = d.at("trust");
  out << (german ? "Vertrauen: " : "Trust: ") << CellText(trust.at("level"))
      << '\n';
  for (const Json& why : trust.at(german ? "why_de" : "why")) {
    out << "  - " << CellText(why) << '\n';
  }
  RenderTouch(d.at("keep_in_touch"), lang, out);
  RenderClientFit(d.at("client_fit"), lang, out);
  auto section = [&](const char* key, const char* en, const char* de,
                     auto line) {
    if (d.at(key).empty()) return;
    out << '\n' << (lang == UiLang::kDe ? de : en) << ":\n";
    for (const Json& item : d.at(key)) out << "  " << line(item) << '\n';
  };
  section("offers", "Offers", "Angebote", [](const Json& o) {
    std::string line = "[" + o.at("id").dump() + "] " + CellText(o.at("title"));
    if (!CellText(o.at("audience")).empty()) {
      line += " → " + CellText(o.at("audience"));
    }
    return line;
  });
  section("needs", "Needs", "Bedarfe", [](const Json& n) {
    return "[" + n.at("id").dump() + "] " + CellText(n.at("title"));
  });
  section("timeline", "Timeline", "Verlauf", [](const Json& t) {
    std::string line = CellText(t.at("at")).substr(0, 10) + "  " +
                       CellText(t.at("kind")) + " (" +
                       CellText(t.at("detail")) + ")";
    const std::string text = CellText(t.at("text"));
    if (!text.empty()) line += ": " + text;
    return line;
  });
}

void RegisterPersonRemoval(CLI::App* person, Session& s) {
  auto archive_id = std::make_shared<int64_t>(0);
  auto undo = std::make_shared<bool>(false);
  CLI::App* archive = person->add_subcommand(
      "archive",
      s.Tr("archive a person (hidden from lists, history kept)",
           "Kontakt archivieren (aus Listen ausgeblendet, Verlauf bleibt)"));
  AddId(archive, *archive_id, s.Tr("person id", "Kontakt-ID"));
  archive->add_flag("--undo", *undo,
                    s.Tr("bring the person back", "Archivierung aufheben"));
  OnRun(archive, s,
        [archive_id, undo](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(core::Person p,
                                  app::EditPerson(ctx, PersonId(*archive_id),
                                                  [&](core::Person& record) {
                                                    record.archived = !*undo;
                                                    return OkStatus();
                                                  }));
          return ToJson(p);
        },
        {.kind = TextView::Kind::kLine,
         .line =
             s.Tr("Person {id} archived (or restored with --undo).",
                  "Kontakt {id} archiviert (bzw. mit --undo zurückgeholt).")});

  auto delete_id = std::make_shared<int64_t>(0);
  CLI::App* remove = person->add_subcommand(
      "delete", s.Tr("delete a person and everything only about them",
                     "Kontakt und alles nur ihn Betreffende löschen"));
  AddId(remove, *delete_id, s.Tr("person id", "Kontakt-ID"));
  OnRun(
      remove, s,
      [delete_id](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(app::DeletePerson(ctx, PersonId(*delete_id)));
        return Deleted(*delete_id);
      },
      DeletedView(s, "Person", "Kontakt"));
}

void RegisterPerson(CLI::App& app, Session& s) {
  CLI::App* person =
      app.add_subcommand("person", s.Tr("people you know", "Kontakte"));
  person->require_subcommand(1);

  auto add_flags = std::make_shared<PersonFlags>();
  auto positional_name = std::make_shared<std::string>();
  CLI::App* add =
      person->add_subcommand("add", s.Tr("add a person", "Kontakt anlegen"));
  add->add_option("name", *positional_name,
                  s.Tr("display name", "Anzeigename"));
  add_flags->Add(add, s);
  add->footer(
      s.Tr("Example: knoten person add \"Anna Müller\" --org \"Presseküche\" "
           "--email anna@example.org --tag pr",
           "Beispiel: knoten person add \"Anna Müller\" --org \"Presseküche\" "
           "--email anna@example.org --tag pr"));
  OnRun(add, s,
        [&s, add_flags, positional_name](app::Context& ctx) -> Result<Json> {
          core::Person p;
          p.display_name = *positional_name;
          KNOTEN_RETURN_IF_ERROR(add_flags->Apply(p, s.clock()));
          KNOTEN_ASSIGN_OR_RETURN(core::Person added, app::AddPerson(ctx, p));
          return ToJson(added);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Added person {id}.", "Kontakt {id} angelegt.")});

  struct ListFlags {
    std::string tag, search;
    int64_t network = 0;
    bool archived = false;
    PagingFlags paging;
  };
  auto list_flags = std::make_shared<ListFlags>();
  CLI::App* list =
      person->add_subcommand("list", s.Tr("list people", "Kontakte auflisten"));
  list->add_option(
      "--tag", list_flags->tag,
      s.Tr("only people with this tag", "nur mit diesem Schlagwort"));
  list->add_option(
      "--network", list_flags->network,
      s.Tr("only members of this network", "nur Mitglieder dieses Netzwerks"));
  list->add_option(
      "--search", list_flags->search,
      s.Tr("full-text search in names, notes, offers and needs",
           "Volltextsuche in Namen, Notizen, Angeboten und Bedarfen"));
  list->add_flag(
      "--archived", list_flags->archived,
      s.Tr("include archived people", "archivierte Kontakte einschließen"));
  AddPaging(list, list_flags->paging, s);
  OnRun(list, s,
        [list_flags](app::Context& ctx) -> Result<JsonList> {
          const store::Paging paging = list_flags->paging.ToPaging();
          if (!list_flags->search.empty()) {
            KNOTEN_ASSIGN_OR_RETURN(
                auto page, app::SearchPeople(ctx, list_flags->search, paging));
            return ToJsonList(std::move(page));
          }
          store::PersonFilter filter{.include_archived = list_flags->archived};
          if (!list_flags->tag.empty()) filter.tag = list_flags->tag;
          if (list_flags->network > 0) {
            filter.network_id = NetworkId(list_flags->network);
          }
          // Streamed: 100k people are printed without holding them all.
          return StreamJsonList<core::Person>(
              [&ctx, filter, paging](const auto& visit) {
                return app::ForEachPerson(ctx, filter, paging, visit);
              });
        },
        {.kind = TextView::Kind::kTable,
         .columns = {"id", "display_name", "organisation", "role", "city",
                     "tags"}});

  auto show_id = std::make_shared<int64_t>(0);
  CLI::App* show = person->add_subcommand(
      "show", s.Tr("show a person with offers, needs and timeline",
                   "Kontakt mit Angeboten, Bedarfen und Verlauf zeigen"));
  AddId(show, *show_id, s.Tr("person id", "Kontakt-ID"));
  OnRun(show, s,
        [&s, show_id](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              auto details,
              app::ShowPerson(ctx, PersonId(*show_id), s.LexiconSource()));
          return ToJson(details);
        },
        {.kind = TextView::Kind::kCustom,
         .custom = [&s](const Json& d, std::ostream& out) {
           RenderDetails(d, s.lang(), out);
         }});

  auto edit_id = std::make_shared<int64_t>(0);
  auto edit_flags = std::make_shared<PersonFlags>();
  CLI::App* edit = person->add_subcommand(
      "edit", s.Tr("change a person's fields", "Felder eines Kontakts ändern"));
  AddId(edit, *edit_id, s.Tr("person id", "Kontakt-ID"));
  edit_flags->Add(edit, s);
  OnRun(
      edit, s,
      [&s, edit_id, edit_flags](app::Context& ctx) -> Result<Json> {
        KNOTEN_ASSIGN_OR_RETURN(
            core::Person p,
            app::EditPerson(ctx, PersonId(*edit_id), [&](core::Person& record) {
              return edit_flags->Apply(record, s.clock());
            }));
        return ToJson(p);
      },
      {.kind = TextView::Kind::kLine,
       .line = s.Tr("Updated person {id}.", "Kontakt {id} geändert.")});

  RegisterPersonRemoval(person, s);
  RegisterJudgeCommand(person, s);
  RegisterDedupeCommands(person, s);
}

void RegisterMe(CLI::App& app, Session& s) {
  CLI::App* me = app.add_subcommand(
      "me", s.Tr("your own profile as a self-employed person",
                 "dein Profil als Selbstständige/r"));
  me->require_subcommand(1);
  CLI::App* show =
      me->add_subcommand("show", s.Tr("show your profile", "Profil zeigen"));
  OnRun(show, s,
        [](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(core::Profile p, app::GetProfile(ctx));
          return ToJson(p);
        },
        {});

  struct ProfileFlags {
    std::string name, business, positioning;
    std::vector<std::string> languages, expertise;
  };
  auto flags = std::make_shared<ProfileFlags>();
  CLI::App* edit = me->add_subcommand(
      "edit",
      s.Tr("create or change your profile", "Profil anlegen oder ändern"));
  auto* name =
      edit->add_option("--name", flags->name, s.Tr("your name", "dein Name"));
  auto* business = edit->add_option("--business", flags->business,
                                    s.Tr("business name", "Firmenname"));
  auto* positioning =
      edit->add_option("--positioning", flags->positioning,
                       s.Tr("who you are as a self-employed person",
                            "wer du als Selbstständige/r bist"));
  auto* languages =
      edit->add_option("--language", flags->languages,
                       s.Tr("languages you work in", "Arbeitssprachen"));
  auto* expertise = edit->add_option("--expertise", flags->expertise,
                                     s.Tr("expertise areas", "Fachgebiete"));
  OnRun(edit, s,
        [=](app::Context& ctx) -> Result<Json> {
          auto existing = app::GetProfile(ctx);
          if (!existing && existing.error().code != ErrorCode::kNotFound) {
            return existing.error();
          }
          core::Profile p = existing.value_or(core::Profile{});
          if (name->count() > 0) p.name = flags->name;
          if (business->count() > 0) p.business_name = flags->business;
          if (positioning->count() > 0) p.positioning = flags->positioning;
          if (languages->count() > 0) {
            p.languages = SplitValues(flags->languages);
          }
          if (expertise->count() > 0) {
            p.expertise_areas = SplitValues(flags->expertise);
          }
          KNOTEN_ASSIGN_OR_RETURN(core::Profile saved,
                                  app::SaveProfile(ctx, p));
          return ToJson(saved);
        },
        {});
  RegisterReflectionCommands(*me, s);
}

}  // namespace

void RegisterPeopleCommands(CLI::App& app, Session& session) {
  RegisterPerson(app, session);
  RegisterMe(app, session);
}

}  // namespace knoten::cli
