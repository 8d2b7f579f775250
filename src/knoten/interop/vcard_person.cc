#include "knoten/interop/vcard_person.h"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/base/text.h"
#include "knoten/core/field_rules.h"
#include "knoten/interop/vcard_kept.h"

namespace knoten::interop {
namespace {

// "Omega <omega@example.com>" and "mailto:x@y" as the bare address.
std::string BareEmail(std::string_view value) {
  const size_t open = value.find('<');
  const size_t close = value.rfind('>');
  if (open != std::string_view::npos && close != std::string_view::npos &&
      open < close) {
    value = value.substr(open + 1, close - open - 1);
  }
  value = Trim(value);
  if (AsciiLower(value.substr(0, 7)) == "mailto:") value.remove_prefix(7);
  return std::string(Trim(value));
}

// "tel:+49-30-1234;ext=5" as "+49-30-1234".
std::string BarePhone(std::string_view value) {
  value = Trim(value);
  if (AsciiLower(value.substr(0, 4)) == "tel:") {
    value.remove_prefix(4);
    value = value.substr(0, value.find(';'));
  }
  return std::string(Trim(value));
}

// Line breaks as knoten keeps them: CR LF and a lone CR become LF.
std::string WithLineFeeds(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\r') {
      out += text[i];
    } else if (i + 1 >= text.size() || text[i + 1] != '\n') {
      out += '\n';
    }
  }
  return out;
}

class Mapper {
 public:
  explicit Mapper(const VCard& card) : card_(card) { out_.line = card.line; }

  Result<ImportedPerson> Run() {
    core::Person& person = out_.person;
    Names();
    if (const VCardProperty* org = card_.Find("ORG")) {
      person.organisation = First(Parts(*org));
    }
    const VCardProperty* title = card_.Find("TITLE");
    if (title == nullptr) title = card_.Find("ROLE");
    if (title != nullptr) person.role = Text(*title);
    Properties();
    Single("organisation", person.organisation, core::CheckLine);
    Single("role", person.role, core::CheckLine);
    Single("city", person.city, core::CheckLine);
    if (Status notes = core::CheckText("notes", person.notes); !notes) {
      Remark(card_.line, "notes left out: " + notes.error().message);
      person.notes.clear();
    }
    if (!NameFallback()) {
      return InvalidArgumentError(
          "line " + std::to_string(card_.line) +
          ": the contact has no name, organisation, e-mail address or phone "
          "number to know the person by");
    }
    auto valid = core::ValidatePerson(std::move(person));
    if (!valid) {
      return InvalidArgumentError("line " + std::to_string(card_.line) + ": " +
                                  valid.error().message);
    }
    out_.person = std::move(*valid);
    return std::move(out_);
  }

 private:
  // The properties that come many times or need a closer look.
  void Properties() {
    core::Person& person = out_.person;
    for (const VCardProperty& p : card_.properties) {
      if (IsKeptProperty(card_, p)) {
        out_.kept.push_back(KeptLine(p, card_.version));
      }
      if (p.binary) continue;
      if (p.name == "EMAIL") {
        Channel("e-mail address", BareEmail(Text(p)), core::CheckEmails,
                person.emails, p.line);
      } else if (p.name == "TEL") {
        Channel("phone number", BarePhone(Text(p)), core::CheckPhones,
                person.phones, p.line);
      } else if (p.name == "URL") {
        Channel("web address", std::string(Trim(Text(p))), core::CheckUrls,
                person.urls, p.line);
      } else if (p.name == "ADR" && person.city.empty()) {
        const std::vector<std::string> parts = Parts(p);
        if (parts.size() > 3) person.city = std::string(Trim(parts[3]));
      } else if (p.name == "CATEGORIES") {
        for (std::string& tag : SplitAndTrim(Text(p), ',')) {
          Tag(std::move(tag), p.line);
        }
      } else if (p.name == "NOTE") {
        if (!person.notes.empty()) person.notes += "\n\n";
        person.notes += WithLineFeeds(Text(p));
      }
    }
  }

  std::string Text(const VCardProperty& p) const {
    return VCardText(p.value, card_.version);
  }
  std::vector<std::string> Parts(const VCardProperty& p) const {
    return VCardComponents(p.value, card_.version);
  }
  static std::string First(const std::vector<std::string>& parts) {
    return parts.empty() ? std::string() : std::string(Trim(parts[0]));
  }

  static const std::string* FirstOf(const std::vector<std::string>& values) {
    return values.empty() ? nullptr : values.data();
  }

  void Remark(int line, std::string text) {
    out_.remarks.push_back("line " + std::to_string(line) + ": " +
                           std::move(text));
  }

  void Names() {
    core::Person& person = out_.person;
    if (const VCardProperty* n = card_.Find("N")) {
      const std::vector<std::string> parts = Parts(*n);
      person.family_name = First(parts);
      if (parts.size() > 1) person.given_name = std::string(Trim(parts[1]));
      if (parts.size() > 2 && !Trim(parts[2]).empty()) {
        if (!person.given_name.empty()) person.given_name += ' ';
        person.given_name += Trim(parts[2]);
      }
    }
    if (const VCardProperty* fn = card_.Find("FN")) {
      person.display_name = std::string(Trim(Text(*fn)));
    }
    for (std::string* name :
         {&person.family_name, &person.given_name, &person.display_name}) {
      if (Status ok = core::CheckLine("name", *name, false); !ok) {
        Remark(card_.line, "a name left out: " + ok.error().message);
        name->clear();
      }
    }
  }

  // Puts `value` into `values` if `check` takes it, else remarks on it.
  void Channel(std::string_view what, const std::string& value,
               Status (*check)(std::vector<std::string>&),
               std::vector<std::string>& values, int line) {
    if (value.empty()) return;
    std::vector<std::string> one{value};
    if (Status ok = check(one); !ok) {
      Remark(line, std::string(what) + " left out: " + ok.error().message);
      return;
    }
    values.push_back(std::move(one[0]));
  }

  void Tag(std::string tag, int line) {
    for (char& c : tag) {
      if (c == ',') c = ' ';
    }
    std::vector<std::string> one{AsciiLower(tag)};
    if (Status ok = core::CheckLines("tag", one); !ok) {
      Remark(line, "a category left out: " + ok.error().message);
      return;
    }
    if (!one.empty()) out_.person.tags.push_back(std::move(one[0]));
  }

  void Single(std::string_view field, std::string& value,
              Status (*check)(std::string_view, std::string&, bool)) {
    if (Status ok = check(field, value, false); !ok) {
      Remark(card_.line,
             std::string(field) + " left out: " + ok.error().message);
      value.clear();
    }
  }

  // Without a name, the person is shown by nickname, organisation, e-mail
  // address, phone number or web address; false when there is none.
  bool NameFallback() {
    core::Person& person = out_.person;
    if (!person.display_name.empty() || !person.given_name.empty() ||
        !person.family_name.empty()) {
      return true;
    }
    std::string nickname;
    if (const VCardProperty* nick = card_.Find("NICKNAME")) {
      nickname = First(SplitAndTrim(Text(*nick), ','));
    }
    for (const std::string* fallback :
         std::initializer_list<const std::string*>{
             &nickname, &person.organisation, FirstOf(person.emails),
             FirstOf(person.phones), FirstOf(person.urls)}) {
      if (fallback != nullptr && !fallback->empty()) {
        person.display_name = *fallback;
        return true;
      }
    }
    return false;
  }

  const VCard& card_;
  ImportedPerson out_;
};

}  // namespace

Result<ImportedPerson> PersonFromVCard(const VCard& card) {
  return Mapper(card).Run();
}

}  // namespace knoten::interop
