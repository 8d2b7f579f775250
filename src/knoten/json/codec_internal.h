// Small helpers shared by the codec's source files (codec.cc,
// relationship_codec.cc). Only knoten/json includes this header.

#ifndef KNOTEN_JSON_CODEC_INTERNAL_H_
#define KNOTEN_JSON_CODEC_INTERNAL_H_

#include <cmath>
#include <cstdint>
#include <optional>

#include "knoten/base/ids.h"
#include "knoten/base/time.h"
#include "knoten/json/codec.h"

namespace knoten::json::codec_internal {

template <typename Tag>
Json IdOrNull(const std::optional<Id<Tag>>& id) {
  return id ? Json(id->value()) : Json(nullptr);
}

inline Json Time(Timestamp t) { return FormatIsoTimestamp(t); }

inline Json TimeOrNull(const std::optional<Timestamp>& t) {
  return t ? Time(*t) : Json(nullptr);
}

inline Json WholeOrNull(const std::optional<int64_t>& v) {
  return v ? Json(*v) : Json(nullptr);
}

// Two decimals: the precision docs/trust.md's examples are worked in.
inline double Round2(double x) { return std::round(x * 100) / 100; }

inline Json OptionalNumber(const std::optional<double>& x) {
  return x ? Json(Round2(*x)) : Json(nullptr);
}

}  // namespace knoten::json::codec_internal

#endif  // KNOTEN_JSON_CODEC_INTERNAL_H_
