#include "knoten/app/match_items.h"

#include <optional>
#include <string>

namespace knoten::app {
namespace {

std::string OwnerOf(std::optional<PersonId> person) {
  return person ? "p" + std::to_string(person->value()) : "me";
}

match::TextLang TextLangOf(std::optional<core::Lang> lang) {
  return lang == core::Lang::kEn ? match::TextLang::kEn : match::TextLang::kDe;
}

std::string TextOf(const std::string& title, const std::string& text) {
  if (text.empty()) return title;
  return title + ".\n" + text;
}

}  // namespace

match::Item MatchItemOf(const core::Offer& offer) {
  return {.id = std::to_string(offer.id.value()),
          .is_offer = true,
          .owner = OwnerOf(offer.person_id),
          .lang = TextLangOf(offer.lang),
          .text = TextOf(offer.title, offer.text)};
}

match::Item MatchItemOf(const core::Need& need) {
  return {.id = std::to_string(need.id.value()),
          .is_offer = false,
          .owner = OwnerOf(need.person_id),
          .lang = TextLangOf(need.lang),
          .text = TextOf(need.title, need.text)};
}

}  // namespace knoten::app
