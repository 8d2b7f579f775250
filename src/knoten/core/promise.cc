#include "knoten/core/promise.h"

#include <utility>

#include "knoten/core/enum_names.h"
#include "knoten/core/field_rules.h"

namespace knoten::core {
namespace {

constexpr EnumTable<PromiseStatus, 3> kPromiseStatusNames = {{
    {PromiseStatus::kOpen, "open"},
    {PromiseStatus::kKept, "kept"},
    {PromiseStatus::kBroken, "broken"},
}};

}  // namespace

std::string_view PromiseStatusName(PromiseStatus status) {
  return EnumName(kPromiseStatusNames, status);
}
Result<PromiseStatus> ParsePromiseStatus(std::string_view text) {
  return ParseEnumName(kPromiseStatusNames, text, "promise status");
}

Result<Promise> ValidatePromise(Promise promise) {
  KNOTEN_RETURN_IF_ERROR(CheckText("text", promise.text));
  if (promise.text.empty()) {
    return InvalidArgumentError(
        "A promise needs a text; say what was promised.");
  }
  if (promise.promisor == promise.promisee) {
    return InvalidArgumentError(
        "A promise needs two different parties; name who promised and to "
        "whom.");
  }
  return promise;
}

}  // namespace knoten::core
