// libFuzzer target for the vCard reader and the mapping of a card to a
// person: any bytes must read (or be refused) without a crash, a sanitizer
// report or a broken invariant. Seeds: fuzz/corpus/vcard and, in `make
// fuzz`, every file of ../shared/data/interop/vcard. See fuzz/CMakeLists.txt.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "knoten/base/text.h"
#include "knoten/core/person.h"
#include "knoten/interop/vcard_person.h"
#include "knoten/interop/vcard_reader.h"

#include "fuzz/check.h"

using knoten::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast)
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto lines =
      static_cast<int>(std::count(bytes.begin(), bytes.end(), '\n') +
                       std::count(bytes.begin(), bytes.end(), '\r') + 1);
  for (const bool keep_binary : {true, false}) {
    auto file =
        knoten::interop::ReadVCards(bytes, {.keep_binary = keep_binary});
    if (!file) {
      Check(!file.error().message.empty());
      continue;
    }
    for (const auto& problem : file->problems) {
      Check(problem.line >= 0 && problem.line <= lines);
      Check(knoten::IsValidUtf8(problem.message));
    }
    for (size_t i = 0; i < file->cards.size(); ++i) {
      const knoten::interop::VCard& card = file->cards[i];
      Check(card.line >= 1 && card.line <= lines);
      Check(card.nested_in < static_cast<int>(i));
      for (const auto& property : card.properties) {
        Check(!property.name.empty());
        Check(property.binary || knoten::IsValidUtf8(property.value));
        Check(keep_binary || !property.binary);
      }
      auto person = knoten::interop::PersonFromVCard(card);
      if (!person) continue;
      Check(!person->person.display_name.empty());
      for (const auto& remark : person->remarks) {
        Check(knoten::IsValidUtf8(remark));
      }
      // What the mapping returns is valid and stays as it is.
      auto again = knoten::core::ValidatePerson(person->person);
      Check(again.has_value());
      Check(again->display_name == person->person.display_name);
    }
  }
  return 0;
}
