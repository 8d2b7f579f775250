// knoten offer ... and knoten need ...: the same verbs for both.

#include <memory>
#include <string>
#include <utility>

#include "knoten/app/people.h"
#include "knoten/cli/internal/commands.h"

namespace knoten::cli {
namespace {

struct Texts {
  std::string noun_en, noun_de;  // "offer", "Angebot"
  std::string article_en;        // "an"
};

// Flags shared by add and edit of offers and needs.
struct OfferNeedFlags {
  std::string person = "me";
  std::string title, text, text_lang, audience, for_client, active;
  CLI::Option* person_opt = nullptr;
  CLI::Option* title_opt = nullptr;
  CLI::Option* text_opt = nullptr;
  CLI::Option* lang_opt = nullptr;
  CLI::Option* audience_opt = nullptr;
  CLI::Option* for_opt = nullptr;
  CLI::Option* active_opt = nullptr;

  void Add(CLI::App* c, Session& s, bool is_offer) {
    person_opt =
        c->add_option("--person", person,
                      s.Tr("whose it is: a person id or 'me' (default)",
                           "wessen: Kontakt-ID oder 'me' (Standard)"));
    title_opt =
        c->add_option("--title", title, s.Tr("short title", "kurzer Titel"));
    text_opt =
        c->add_option("--text", text, s.Tr("description", "Beschreibung"));
    lang_opt =
        c->add_option(
             "--text-lang", text_lang,
             s.Tr("language of the text: de or en (detected if left out)",
                  "Sprache des Textes: de oder en (sonst erkannt)"))
            ->check(CLI::IsMember({"de", "en"}));
    active_opt =
        c->add_option("--active", active, s.Tr("yes or no", "yes oder no"))
            ->check(CLI::IsMember({"yes", "no"}));
    if (is_offer) {
      audience_opt =
          c->add_option("--audience", audience, s.Tr("for whom", "für wen"));
    } else {
      for_opt = c->add_option(
          "--for", for_client,
          s.Tr("client person id this need is held for",
               "Kontakt-ID der Kundin/des Kunden, für die der Bedarf besteht"));
    }
  }

  template <typename Record>
  Status ApplyCommon(Record& r) const {
    if (person_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(r.person_id, ParseParty(person));
    }
    if (title_opt->count() > 0) r.title = title;
    if (text_opt->count() > 0) r.text = text;
    if (lang_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(r.lang, core::ParseLang(text_lang));
    }
    if (active_opt->count() > 0) r.active = active == "yes";
    return OkStatus();
  }

  Status Apply(core::Offer& o) const {
    KNOTEN_RETURN_IF_ERROR(ApplyCommon(o));
    if (audience_opt->count() > 0) o.audience = audience;
    return OkStatus();
  }

  Status Apply(core::Need& n) const {
    KNOTEN_RETURN_IF_ERROR(ApplyCommon(n));
    if (for_opt->count() > 0) {
      KNOTEN_ASSIGN_OR_RETURN(auto client, ParseParty(for_client));
      if (!client) {
        return InvalidArgumentError(
            "--for names the client person a need is held for; give their "
            "id, not 'me'.");
      }
      n.on_behalf_of = client;
    }
    return OkStatus();
  }
};

struct ListFlags {
  std::string person;
  bool mine = false;
  bool active = false;
  PagingFlags paging;

  Result<store::OwnerFilter> Filter() const {
    store::OwnerFilter filter{.active_only = active};
    if (mine) filter.scope = store::OwnerFilter::Scope::kMine;
    if (!person.empty()) {
      KNOTEN_ASSIGN_OR_RETURN(auto owner, ParseParty(person));
      if (owner) {
        filter.scope = store::OwnerFilter::Scope::kPerson;
        filter.person_id = *owner;
      } else {
        filter.scope = store::OwnerFilter::Scope::kMine;
      }
    }
    return filter;
  }
};

// The use cases of one record type, so offers and needs share the commands.
template <typename Record, typename RecordId>
struct UseCases {
  Result<Record> (*add)(app::Context&, Record);
  Result<Record> (*edit)(app::Context&, RecordId, const app::Change<Record>&);
  Status (*remove)(app::Context&, RecordId);
  Result<store::Page<Record>> (*list)(app::Context&, const store::OwnerFilter&,
                                      const store::Paging&);
};

template <typename Record, typename RecordId>
void RegisterFamily(CLI::App& app, Session& s, const std::string& name,
                    const Texts& t, UseCases<Record, RecordId> uc,
                    bool is_offer) {
  CLI::App* family = app.add_subcommand(
      name, is_offer ? s.Tr("what you or others offer, and for whom",
                            "was du oder andere anbieten, und für wen")
                     : s.Tr("what you, your clients or others need",
                            "was du, deine Kunden oder andere brauchen"));
  family->require_subcommand(1);

  auto add_flags = std::make_shared<OfferNeedFlags>();
  CLI::App* add = family->add_subcommand(
      "add",
      s.Tr("add " + t.article_en + " " + t.noun_en, t.noun_de + " anlegen"));
  add_flags->Add(add, s, is_offer);
  add_flags->title_opt->required();
  add->footer(
      is_offer
          ? s.Tr("Example: knoten offer add --title \"Pressearbeit\" "
                 "--audience \"Gründerinnen\"",
                 "Beispiel: knoten offer add --title \"Pressearbeit\" "
                 "--audience \"Gründerinnen\"")
          : s.Tr("Example: knoten need add --title \"Tax advisor\" --for 12",
                 "Beispiel: knoten need add --title \"Steuerberatung\" --for "
                 "12"));
  OnRun(add, s,
        [add_flags, uc](app::Context& ctx) -> Result<Json> {
          Record r;
          KNOTEN_RETURN_IF_ERROR(add_flags->Apply(r));
          KNOTEN_ASSIGN_OR_RETURN(Record added, uc.add(ctx, r));
          return ToJson(added);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Added " + t.noun_en + " {id}.",
                      t.noun_de + " {id} angelegt.")});

  auto list_flags = std::make_shared<ListFlags>();
  CLI::App* list = family->add_subcommand(
      "list", s.Tr("list " + t.noun_en + "s", t.noun_de + " auflisten"));
  list->add_option("--person", list_flags->person,
                   s.Tr("only this person's (id or 'me')",
                        "nur von diesem Kontakt (ID oder 'me')"));
  list->add_flag("--mine", list_flags->mine,
                 s.Tr("only your own", "nur deine eigenen"));
  list->add_flag("--active", list_flags->active,
                 s.Tr("only active ones", "nur aktive"));
  AddPaging(list, list_flags->paging, s);
  OnRun(list, s,
        [list_flags, uc](app::Context& ctx) -> Result<JsonList> {
          KNOTEN_ASSIGN_OR_RETURN(store::OwnerFilter filter,
                                  list_flags->Filter());
          KNOTEN_ASSIGN_OR_RETURN(
              auto page, uc.list(ctx, filter, list_flags->paging.ToPaging()));
          return ToJsonList(std::move(page));
        },
        {.kind = TextView::Kind::kTable,
         .columns =
             is_offer
                 ? std::vector<std::string>{"id", "person_id", "title",
                                            "audience", "lang", "active"}
                 : std::vector<std::string>{"id", "person_id", "title",
                                            "on_behalf_of", "lang", "active"}});

  auto edit_id = std::make_shared<int64_t>(0);
  auto edit_flags = std::make_shared<OfferNeedFlags>();
  CLI::App* edit = family->add_subcommand(
      "edit",
      s.Tr("change " + t.article_en + " " + t.noun_en, t.noun_de + " ändern"));
  AddId(edit, *edit_id, "id");
  edit_flags->Add(edit, s, is_offer);
  OnRun(edit, s,
        [edit_id, edit_flags, uc](app::Context& ctx) -> Result<Json> {
          KNOTEN_ASSIGN_OR_RETURN(
              Record r, uc.edit(ctx, RecordId(*edit_id), [&](Record& record) {
                return edit_flags->Apply(record);
              }));
          return ToJson(r);
        },
        {.kind = TextView::Kind::kLine,
         .line = s.Tr("Updated " + t.noun_en + " {id}.",
                      t.noun_de + " {id} geändert.")});

  auto delete_id = std::make_shared<int64_t>(0);
  CLI::App* remove = family->add_subcommand(
      "delete",
      s.Tr("delete " + t.article_en + " " + t.noun_en, t.noun_de + " löschen"));
  AddId(remove, *delete_id, "id");
  OnRun(
      remove, s,
      [delete_id, uc](app::Context& ctx) -> Result<Json> {
        KNOTEN_RETURN_IF_ERROR(uc.remove(ctx, RecordId(*delete_id)));
        return Deleted(*delete_id);
      },
      DeletedView(s, t.noun_en, t.noun_de));
}

}  // namespace

void RegisterOfferNeedCommands(CLI::App& app, Session& s) {
  RegisterFamily<core::Offer, OfferId>(
      app, s, "offer", {"offer", "Angebot", "an"},
      {app::AddOffer, app::EditOffer, app::DeleteOffer, app::ListOffers}, true);
  RegisterFamily<core::Need, NeedId>(
      app, s, "need", {"need", "Bedarf", "a"},
      {app::AddNeed, app::EditNeed, app::DeleteNeed, app::ListNeeds}, false);
}

}  // namespace knoten::cli
