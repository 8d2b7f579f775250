#include "knoten/app/demo_content.h"

#include <array>

namespace knoten::app::demo {
namespace {

using core::Cadence;
using core::Lang;
using core::NetworkKind;

constexpr std::array<std::string_view, 40> kGivenNames = {
    "Anna",  "Ben",   "Carla",  "Deniz", "Elif",  "Felix",   "Greta", "Hannes",
    "Ines",  "Jonas", "Katrin", "Lars",  "Maja",  "Nils",    "Olga",  "Paul",
    "Rania", "Sven",  "Tanja",  "Ugo",   "Vera",  "Wiebke",  "Yusuf", "Zoe",
    "Aylin", "Bernd", "Chiara", "Dirk",  "Emma",  "Frieder", "Gül",   "Heike",
    "Ilyas", "Jana",  "Kemal",  "Lena",  "Mirko", "Nadine",  "Oskar", "Priya"};

constexpr std::array<std::string_view, 40> kFamilyNames = {
    "Albers",     "Brandt",   "Çelik",   "Dietrich", "Engel",  "Fischer",
    "Graf",       "Hoffmann", "Ivanova", "Jäger",    "Kaya",   "Lorenz",
    "Möller",     "Nowak",    "Okafor",  "Peters",   "Quandt", "Richter",
    "Schulz",     "Thiel",    "Uhlig",   "Vogel",    "Wagner", "Yilmaz",
    "Zimmermann", "Bauer",    "Conrad",  "Demir",    "Ebert",  "Franke",
    "Günther",    "Hartmann", "Ismail",  "Jansen",   "Keller", "Lehmann",
    "Marx",       "Neumann",  "Otto",    "Pohl"};

constexpr std::array<std::string_view, 10> kCities = {
    "Berlin",  "Hamburg",   "Köln",     "München", "Leipzig",
    "Dresden", "Frankfurt", "Hannover", "Bremen",  "Potsdam"};

constexpr std::array<std::string_view, 8> kOrganisationPatterns = {
    "%s Consulting", "Atelier %s",  "%s & Partner", "Büro %s",
    "%s Studio",     "%s Beratung", "%s Digital",   "Praxis %s"};

constexpr std::array<std::string_view, 12> kTopics = {
    "Kaltakquise vs. Empfehlungen",
    "Preise erhöhen",
    "Urlaub als Selbstständige",
    "pricing for small projects",
    "Steuererklärung",
    "remote work with clients",
    "Fahrradtour am Wochenende",
    "Kinderbetreuung",
    "new co-working space",
    "KI-Werkzeuge im Alltag",
    "Messe im Herbst",
    "finding good subcontractors"};

constexpr std::array<std::string_view, 8> kPromiseTexts = {
    "Kontakt zur Gründungsberatung schicken",
    "send the slides from the talk",
    "Empfehlung für eine Steuerberaterin heraussuchen",
    "introduce to the organiser of the summer fair",
    "Link zum Förderprogramm weiterleiten",
    "share the template for quotes",
    "Feedback zum neuen Logo geben",
    "ask my printer about a discount"};

constexpr std::array<std::string_view, 8> kTipTexts = {
    "Tipp: Förderprogramm für Digitalisierung im Mittelstand",
    "tip: a good co-working space with meeting rooms",
    "Hinweis auf eine Ausschreibung der Stadt",
    "recommended a book on pricing for freelancers",
    "Tipp: Versicherungsvergleich für Selbstständige",
    "shared a list of trade fairs for the region",
    "Hinweis: IHK-Workshop zu Datenschutz",
    "pointed to a grant for women founders"};

constexpr std::array<std::string_view, 6> kFollowUpTopics = {
    "in Ruhe über Pressearbeit sprechen",   "talk about a joint workshop",
    "Angebot für die Webseite besprechen",  "coffee to catch up",
    "Kooperation bei Ausschreibung klären", "call about the referral"};

constexpr std::array<OfferText, 24> kOffers = {{
    {Lang::kDe, "Pressearbeit und Medienkontakte",
     "Ich schreibe Pressemitteilungen und bringe Themen in Lokal- und "
     "Fachpresse.",
     "Gründerinnen und kleine Unternehmen", "PR-Beraterin"},
    {Lang::kEn, "Media relations",
     "Press releases, media lists and interview prep.", "start-ups",
     "PR consultant"},
    {Lang::kDe, "Webdesign mit WordPress",
     "Schlanke, barrierearme Webseiten inklusive Pflege.", "Handwerksbetriebe",
     "Webdesigner"},
    {Lang::kEn, "Website development", "Fast websites with a simple editor.",
     "consultants and coaches", "web developer"},
    {Lang::kDe, "Buchhaltung und Belegorganisation",
     "Laufende Buchhaltung, Mahnwesen und Vorbereitung für die Steuerberatung.",
     "Selbstständige ohne Lust auf Zahlen", "Buchhalterin"},
    {Lang::kEn, "Bookkeeping for freelancers",
     "Monthly books, invoices and reminders, ready for your tax advisor.",
     "freelancers", "bookkeeper"},
    {Lang::kDe, "Steuerberatung für Selbstständige",
     "Steuererklärung, Umsatzsteuer und Beratung bei der Gründung.",
     "Freiberufler und Gründer", "Steuerberater"},
    {Lang::kDe, "Fotografie für Porträts und Unternehmen",
     "Business-Porträts, Teamfotos und Bilder für Webseite und Presse.",
     "Selbstständige und Teams", "Fotografin"},
    {Lang::kEn, "Corporate photography", "Headshots and event photos.",
     "small businesses", "photographer"},
    {Lang::kDe, "Social-Media-Betreuung",
     "Redaktionsplan, Texte und Community-Management für Instagram und "
     "LinkedIn.",
     "lokale Geschäfte", "Social-Media-Managerin"},
    {Lang::kEn, "LinkedIn coaching",
     "Profiles and posting routines that bring enquiries.", "B2B consultants",
     "LinkedIn coach"},
    {Lang::kDe, "Texte und Lektorat",
     "Webtexte, Broschüren und Korrekturlesen.", "Agenturen und Selbstständige",
     "Texterin"},
    {Lang::kEn, "Copywriting in English",
     "Website copy and newsletters for international clients.",
     "German companies going abroad", "copywriter"},
    {Lang::kDe, "Grafikdesign und Logos",
     "Logo, Farben, Visitenkarten und Geschäftsausstattung.", "Gründerinnen",
     "Grafikdesignerin"},
    {Lang::kDe, "IT-Support für kleine Büros",
     "Rechner, Netzwerk, Backups und Datenschutz.", "Praxen und Kanzleien",
     "IT-Berater"},
    {Lang::kEn, "IT security check",
     "A one-day review of passwords, backups and devices.", "small offices",
     "IT consultant"},
    {Lang::kDe, "Moderation von Workshops",
     "Strategie- und Teamworkshops mit klaren Ergebnissen.",
     "Vereine und Mittelstand", "Moderatorin"},
    {Lang::kEn, "Business coaching",
     "Clarity on positioning, pricing and priorities.", "solo self-employed",
     "business coach"},
    {Lang::kDe, "Übersetzungen Deutsch–Englisch",
     "Fachübersetzungen für Technik und Recht.", "Exporteure", "Übersetzerin"},
    {Lang::kDe, "Rechtsberatung Vertragsrecht",
     "AGB, Verträge und Abmahnungen.", "Onlinehändler", "Rechtsanwalt"},
    {Lang::kEn, "Video production",
     "Short videos for websites and social media.", "brands and NGOs",
     "video producer"},
    {Lang::kDe, "Veranstaltungsplanung",
     "Planung von Firmenfeiern, Messen und Netzwerkabenden.", "Unternehmen",
     "Eventmanagerin"},
    {Lang::kDe, "Suchmaschinenoptimierung",
     "Bessere Sichtbarkeit bei Google für lokale Anbieter.",
     "Handwerk und Praxen", "SEO-Berater"},
    {Lang::kEn, "Virtual assistance",
     "Inbox, calendar and travel, a few hours a week.", "busy consultants",
     "virtual assistant"},
}};

constexpr std::array<NeedText, 20> kNeeds = {{
    {Lang::kDe, "Suche jemanden für meine Pressearbeit",
     "Ich möchte mit meinem Laden in die Lokalzeitung."},
    {Lang::kEn, "Looking for a web designer", "My website is ten years old."},
    {Lang::kDe, "Hilfe bei der Buchhaltung",
     "Die Belege stapeln sich, ich brauche Ordnung."},
    {Lang::kEn, "Need a tax advisor",
     "First year as a freelancer, VAT questions."},
    {Lang::kDe, "Neue Fotos für die Webseite",
     "Porträt und Bilder aus der Werkstatt."},
    {Lang::kEn, "Someone to run our Instagram",
     "Two posts a week would be great."},
    {Lang::kDe, "Logo für meine Gründung",
     "Ich starte im Frühjahr mit einem Café."},
    {Lang::kEn, "English copy for our website",
     "We sell to Dutch and British customers."},
    {Lang::kDe, "Übersetzung eines Vertrags",
     "Englischer Rahmenvertrag, ca. 12 Seiten."},
    {Lang::kDe, "IT-Betreuung für die Praxis",
     "Drei Rechner, ein Drucker, keine Backups."},
    {Lang::kEn, "Workshop facilitator", "Strategy day for a team of eight."},
    {Lang::kDe, "Coaching zur Preisgestaltung",
     "Ich glaube, ich bin zu günstig."},
    {Lang::kEn, "Video for a product launch",
     "One minute, ready in six weeks."},
    {Lang::kDe, "Rechtliche Prüfung der AGB", "Für meinen neuen Onlineshop."},
    {Lang::kDe, "Location für ein Netzwerktreffen",
     "Für etwa 40 Personen im Herbst."},
    {Lang::kEn, "Better Google ranking", "Local customers cannot find us."},
    {Lang::kDe, "Assistenz für ein paar Stunden",
     "E-Mails und Termine sortieren."},
    {Lang::kEn, "Looking for a co-working desk",
     "Two days a week, near the station."},
    {Lang::kDe, "Kontakt zu einer Druckerei",
     "Flyer und Visitenkarten in kleiner Auflage."},
    {Lang::kEn, "Mentor for a first-time founder",
     "Someone who has been through it."},
}};

constexpr std::array<NetworkText, 5> kNetworks = {{
    {"Unternehmerinnen-Netzwerk Mitte", NetworkKind::kBusinessNetwork,
     Cadence::kMonthly, 180, "Unternehmerinnen-Abend", "Café Lindenhof", 150,
     15},
    {"IHK-Stammtisch Selbstständige", NetworkKind::kChamber, Cadence::kMonthly,
     0, "IHK-Stammtisch", "IHK, Raum 3", 120, 0},
    {"Co-Working-Frühstück", NetworkKind::kCoworking, Cadence::kWeekly, 0,
     "Frühstück im Co-Working", "Werkhalle Süd", 90, 8},
    {"Empfehlungsrunde Nord", NetworkKind::kReferralGroup, Cadence::kWeekly,
     650, "Empfehlungsfrühstück", "Hotel am Park", 90, 22},
    {"Freelance Tech Meetup", NetworkKind::kOnline, Cadence::kBiweekly, 0,
     "Tech Meetup (online)", "online", 60, 0},
}};

}  // namespace

std::span<const std::string_view> GivenNames() { return kGivenNames; }
std::span<const std::string_view> FamilyNames() { return kFamilyNames; }
std::span<const std::string_view> Cities() { return kCities; }
std::span<const std::string_view> OrganisationPatterns() {
  return kOrganisationPatterns;
}
std::span<const std::string_view> Topics() { return kTopics; }
std::span<const std::string_view> PromiseTexts() { return kPromiseTexts; }
std::span<const std::string_view> TipTexts() { return kTipTexts; }
std::span<const std::string_view> FollowUpTopics() { return kFollowUpTopics; }
std::span<const OfferText> Offers() { return kOffers; }
std::span<const NeedText> Needs() { return kNeeds; }
std::span<const NetworkText> Networks() { return kNetworks; }

}  // namespace knoten::app::demo
