// The shared record codec (knoten/json) under the names the CLI uses.

#ifndef KNOTEN_CLI_INTERNAL_JSON_H_
#define KNOTEN_CLI_INTERNAL_JSON_H_

#include "knoten/json/codec.h"

namespace knoten::cli {

using json::Json;
using json::JsonList;
using json::JudgementsToJson;
using json::ListItem;
using json::ListToJson;
using json::Money;
using json::StreamJsonList;
using json::ToJson;
using json::ToJsonList;
using json::WriteJsonList;

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_INTERNAL_JSON_H_
