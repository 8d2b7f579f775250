// libFuzzer target for the analyzer: any bytes, in either language, must
// analyze without a crash, a sanitizer report or a broken invariant, and in
// time linear in the input (libFuzzer's -timeout catches a runaway).
// Built by `make fuzz` with clang-14; see fuzz/CMakeLists.txt.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "knoten/base/text.h"
#include "knoten/match/analyzer.h"

#include "fuzz/check.h"

using knoten::fuzz::Check;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static auto* analyzer = new knoten::match::Analyzer();  // lives on
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast)
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (const auto lang :
       {knoten::match::TextLang::kDe, knoten::match::TextLang::kEn}) {
    for (const knoten::match::Token& token : analyzer->Analyze(text, lang)) {
      Check(!token.term.empty());
      Check(!token.folded.empty());
      Check(knoten::IsValidUtf8(token.folded));
      Check(knoten::IsValidUtf8(token.term));
    }
  }
  Check(knoten::IsValidUtf8(knoten::match::FoldCase(text)) ||
        !knoten::IsValidUtf8(text));
  static_cast<void>(knoten::match::StripGenderForms(text));
  return 0;
}
