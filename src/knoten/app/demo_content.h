// The vocabulary of the demo network: names, places, networks and the offers
// and needs of a fictional group of freelancers in German and English.
// Written for knoten's demo; nothing here comes from ../shared/data.

#ifndef KNOTEN_APP_DEMO_CONTENT_H_
#define KNOTEN_APP_DEMO_CONTENT_H_

#include <span>
#include <string_view>

#include "knoten/core/lang.h"
#include "knoten/core/network.h"

namespace knoten::app::demo {

struct OfferText {
  core::Lang lang;
  std::string_view title;
  std::string_view text;
  std::string_view audience;
  std::string_view role;  // the role of someone who offers it
};

struct NeedText {
  core::Lang lang;
  std::string_view title;
  std::string_view text;
};

struct NetworkText {
  std::string_view name;
  core::NetworkKind kind;
  core::Cadence cadence;
  int yearly_fee_euros;
  std::string_view event_title;
  std::string_view place;
  int event_minutes;
  int event_cost_euros;
};

std::span<const std::string_view> GivenNames();
std::span<const std::string_view> FamilyNames();
std::span<const std::string_view> Cities();
std::span<const std::string_view> OrganisationPatterns();  // "%s" = family
std::span<const std::string_view> Topics();
std::span<const std::string_view> PromiseTexts();
std::span<const std::string_view> TipTexts();
std::span<const std::string_view> FollowUpTopics();
std::span<const OfferText> Offers();
std::span<const NeedText> Needs();
std::span<const NetworkText> Networks();

}  // namespace knoten::app::demo

#endif  // KNOTEN_APP_DEMO_CONTENT_H_
