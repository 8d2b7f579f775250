// Reflection (Selbstreflexion): the seed's checklist of what networking
// needs from the user ("only if you are ready to give, build trust slowly,
// know who you are as a self-employed person, ..."), each item answered by
// the user in the profile. Where knoten can tell from the data, the app layer
// backs an item with figures (app/reflection.h).
//
// Thread-safety: plain value types and pure functions.

#ifndef KNOTEN_CORE_REFLECTION_H_
#define KNOTEN_CORE_REFLECTION_H_

#include <array>
#include <string>
#include <string_view>

#include "knoten/base/result.h"
#include "knoten/base/time.h"

namespace knoten::core {

// The checklist's items, in the seed's order.
enum class ReflectionItem {
  kReadyToGive,          // du bereit bist, selbst zu geben
  kBuildTrustSlowly,     // Vertrauen langsam aufbaust
  kKnowWhoIAm,           // weißt, wer du als Selbstständige/r bist
  kWhatForWhom,          // was du für wen konkret anbietest
  kWhatINeed,            // was du brauchen könntest
  kRealRelationships,    // echte Netzwerk-Beziehungen aufbauen willst
  kDifferentGroups,      // dich gerne in unterschiedlichen Gruppen tummelst
  kSmallTalk,            // Smalltalks führen magst
  kWhichNetwork,         // weißt, was für ein Netzwerk dich weiterbringt
  kExpertiseWellPlaced,  // wo du mit deiner Expertise gut aufgehoben bist
};
inline constexpr std::array<ReflectionItem, 10> kReflectionItems = {
    ReflectionItem::kReadyToGive,     ReflectionItem::kBuildTrustSlowly,
    ReflectionItem::kKnowWhoIAm,      ReflectionItem::kWhatForWhom,
    ReflectionItem::kWhatINeed,       ReflectionItem::kRealRelationships,
    ReflectionItem::kDifferentGroups, ReflectionItem::kSmallTalk,
    ReflectionItem::kWhichNetwork,    ReflectionItem::kExpertiseWellPlaced,
};
std::string_view ReflectionItemName(ReflectionItem item);
Result<ReflectionItem> ParseReflectionItem(std::string_view text);

// The user's answer: "yes", "partly" or "not yet".
enum class ReflectionAnswer { kYes, kPartly, kNotYet };
std::string_view ReflectionAnswerName(ReflectionAnswer answer);
Result<ReflectionAnswer> ParseReflectionAnswer(std::string_view text);

// One answered item; an item never answered has no entry.
struct ReflectionEntry {
  ReflectionItem item = ReflectionItem::kReadyToGive;
  ReflectionAnswer answer = ReflectionAnswer::kNotYet;
  std::string note;  // the user's own words, may be empty
  Timestamp answered_at;
};

// Returns `entry` with its note trimmed, or kInvalidArgument (note too long
// or not UTF-8).
Result<ReflectionEntry> ValidateReflectionEntry(ReflectionEntry entry);

}  // namespace knoten::core

#endif  // KNOTEN_CORE_REFLECTION_H_
