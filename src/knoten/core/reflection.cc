#include "knoten/core/reflection.h"

#include "knoten/core/enum_names.h"
#include "knoten/core/field_rules.h"

namespace knoten::core {

namespace {

constexpr EnumTable<ReflectionItem, 10> kReflectionItemNames = {{
    {ReflectionItem::kReadyToGive, "ready_to_give"},
    {ReflectionItem::kBuildTrustSlowly, "build_trust_slowly"},
    {ReflectionItem::kKnowWhoIAm, "know_who_i_am"},
    {ReflectionItem::kWhatForWhom, "what_for_whom"},
    {ReflectionItem::kWhatINeed, "what_i_need"},
    {ReflectionItem::kRealRelationships, "real_relationships"},
    {ReflectionItem::kDifferentGroups, "different_groups"},
    {ReflectionItem::kSmallTalk, "small_talk"},
    {ReflectionItem::kWhichNetwork, "which_network"},
    {ReflectionItem::kExpertiseWellPlaced, "expertise_well_placed"},
}};

constexpr EnumTable<ReflectionAnswer, 3> kReflectionAnswerNames = {{
    {ReflectionAnswer::kYes, "yes"},
    {ReflectionAnswer::kPartly, "partly"},
    {ReflectionAnswer::kNotYet, "not_yet"},
}};

}  // namespace

std::string_view ReflectionItemName(ReflectionItem item) {
  return EnumName(kReflectionItemNames, item);
}
Result<ReflectionItem> ParseReflectionItem(std::string_view text) {
  return ParseEnumName(kReflectionItemNames, text, "reflection item");
}

std::string_view ReflectionAnswerName(ReflectionAnswer answer) {
  return EnumName(kReflectionAnswerNames, answer);
}
Result<ReflectionAnswer> ParseReflectionAnswer(std::string_view text) {
  return ParseEnumName(kReflectionAnswerNames, text, "answer");
}

Result<ReflectionEntry> ValidateReflectionEntry(ReflectionEntry entry) {
  KNOTEN_RETURN_IF_ERROR(CheckText("note", entry.note));
  return entry;
}

}  // namespace knoten::core
