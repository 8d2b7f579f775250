#include "knoten/app/contact_keys.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>
#include <utility>
#include <vector>

#include "knoten/base/text.h"

namespace knoten::app {

std::string PhoneKey(std::string_view phone) {
  std::string digits;
  for (const char c : phone) {
    if (c >= '0' && c <= '9') digits += c;
  }
  size_t zeros = 0;
  while (zeros < digits.size() && digits[zeros] == '0') ++zeros;
  return digits.substr(zeros);
}

bool SamePhone(const std::string& a, const std::string& b) {
  if (a == b) return !a.empty();
  const std::string& shorter = a.size() <= b.size() ? a : b;
  const std::string& longer = a.size() <= b.size() ? b : a;
  return shorter.size() >= kPhoneTail && longer.ends_with(shorter);
}

std::string NameKey(const core::Person& person) {
  return AsciiLower(Trim(person.display_name));
}

bool HasIgnoringCase(const std::string& value,
                     const std::vector<std::string>& values) {
  const std::string key = AsciiLower(value);
  return std::ranges::any_of(
      values, [&](const std::string& v) { return AsciiLower(v) == key; });
}

bool HasPhone(const std::string& key, const std::vector<std::string>& phones) {
  return std::ranges::any_of(phones, [&](const std::string& phone) {
    return SamePhone(key, PhoneKey(phone));
  });
}

bool SharePhone(const std::vector<std::string>& a,
                const std::vector<std::string>& b) {
  return std::ranges::any_of(
      a, [&](const std::string& x) { return HasPhone(PhoneKey(x), b); });
}

std::string FoldedName(std::string_view display_name) {
  // Two-byte UTF-8 letters of Latin-1 with their plain spelling.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 39>
      kSpelt = {
          {{"ä", "ae"}, {"ö", "oe"}, {"ü", "ue"}, {"ß", "ss"}, {"Ä", "ae"},
           {"Ö", "oe"}, {"Ü", "ue"}, {"á", "a"},  {"à", "a"},  {"â", "a"},
           {"é", "e"},  {"è", "e"},  {"ê", "e"},  {"ë", "e"},  {"í", "i"},
           {"ï", "i"},  {"ó", "o"},  {"ô", "o"},  {"ú", "u"},  {"ç", "c"},
           {"ñ", "n"},  {"ø", "o"},  {"å", "a"},  {"Á", "a"},  {"À", "a"},
           {"Â", "a"},  {"É", "e"},  {"È", "e"},  {"Ê", "e"},  {"Ë", "e"},
           {"Í", "i"},  {"Ï", "i"},  {"Ó", "o"},  {"Ô", "o"},  {"Ú", "u"},
           {"Ç", "c"},  {"Ñ", "n"},  {"Ø", "o"},  {"Å", "a"}}};
  // An empty entry (the array's size above its entries) would never advance.
  static_assert(std::ranges::none_of(
      kSpelt, [](const auto& entry) { return entry.first.empty(); }));
  std::string plain;
  for (size_t i = 0; i < display_name.size();) {
    const std::string_view rest = display_name.substr(i);
    const auto* const spelt = std::ranges::find_if(
        kSpelt, [&](const auto& s) { return rest.starts_with(s.first); });
    if (spelt != kSpelt.end()) {
      plain += spelt->second;
      i += spelt->first.size();
      continue;
    }
    const char c = display_name[i++];
    const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                      (c >= '0' && c <= '9') ||
                      static_cast<unsigned char>(c) >= 0x80;
    plain += word ? c : ' ';
  }
  std::vector<std::string> words = SplitAndTrim(AsciiLower(plain), ' ');
  std::ranges::sort(words);
  return Join(words, " ");
}

bool NamesFit(std::string_view folded_a, std::string_view folded_b) {
  const auto has_letter = [](std::string_view name) {
    return std::ranges::any_of(name, [](char c) {
      return (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80;
    });
  };
  if (!has_letter(folded_a) || !has_letter(folded_b)) return true;
  std::vector<std::string> fewer = SplitAndTrim(folded_a, ' ');
  std::vector<std::string> more = SplitAndTrim(folded_b, ' ');
  if (fewer.size() > more.size()) std::swap(fewer, more);
  // Whole words first, so that an initial does not take a word another
  // word of `fewer` is.
  std::vector<bool> taken(more.size(), false);
  const auto take = [&](const std::string& word, bool initial) {
    for (size_t i = 0; i < more.size(); ++i) {
      if (taken[i]) continue;
      const bool fits =
          initial ? (word.size() == 1 && more[i].starts_with(word)) ||
                        (more[i].size() == 1 && word.starts_with(more[i]))
                  : more[i] == word;
      if (fits) {
        taken[i] = true;
        return true;
      }
    }
    return false;
  };
  std::vector<const std::string*> left;
  for (const std::string& word : fewer) {
    if (!take(word, /*initial=*/false)) left.push_back(&word);
  }
  return std::ranges::all_of(
      left, [&](const std::string* word) { return take(*word, true); });
}

bool MergeContact(core::Person& stored, const core::Person& contact) {
  bool changed = false;
  for (auto [to, from] :
       {std::pair{&stored.given_name, &contact.given_name},
        std::pair{&stored.family_name, &contact.family_name},
        std::pair{&stored.organisation, &contact.organisation},
        std::pair{&stored.role, &contact.role},
        std::pair{&stored.city, &contact.city},
        std::pair{&stored.notes, &contact.notes}}) {
    if (to->empty() && !from->empty()) {
      *to = *from;
      changed = true;
    }
  }
  const auto add = [&changed](std::vector<std::string>& to,
                              const std::vector<std::string>& from,
                              const auto& has) {
    for (const std::string& value : from) {
      if (has(value, to)) continue;
      to.push_back(value);
      changed = true;
    }
  };
  const auto has_phone = [](const std::string& phone,
                            const std::vector<std::string>& phones) {
    return HasPhone(PhoneKey(phone), phones);
  };
  add(stored.emails, contact.emails, HasIgnoringCase);
  add(stored.phones, contact.phones, has_phone);
  add(stored.urls, contact.urls, HasIgnoringCase);
  add(stored.tags, contact.tags, HasIgnoringCase);
  return changed;
}

}  // namespace knoten::app
