#include "knoten/http/openapi_check.h"

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "knoten/base/text.h"
#include "knoten/http/router.h"

namespace knoten::http {
namespace {

using Json = nlohmann::json;

constexpr std::string_view kServerPrefix = "/api/v1";

const Json& Resolve(const Json& doc, const Json& node) {
  if (!node.is_object() || !node.contains("$ref")) return node;
  // "#/components/schemas/Person"
  const std::string ref = node["$ref"].get<std::string>();
  return Resolve(doc, doc.at(Json::json_pointer(ref.substr(1))));
}

bool Digits(std::string_view text, size_t from, size_t count) {
  if (text.size() < from + count) return false;
  for (size_t i = from; i < from + count; ++i) {
    if (std::isdigit(static_cast<unsigned char>(text[i])) == 0) return false;
  }
  return true;
}

// "2026-03-05"
bool IsDate(std::string_view text) {
  return text.size() == 10 && Digits(text, 0, 4) && text[4] == '-' &&
         Digits(text, 5, 2) && text[7] == '-' && Digits(text, 8, 2);
}

// "2026-03-05T18:30:00Z", as the codec writes times.
bool IsDateTime(std::string_view text) {
  return text.size() == 20 && IsDate(text.substr(0, 10)) && text[10] == 'T' &&
         Digits(text, 11, 2) && text[13] == ':' && Digits(text, 14, 2) &&
         text[16] == ':' && Digits(text, 17, 2) && text[19] == 'Z';
}

std::string TypeProblem(const std::string& type, const Json& value) {
  const bool ok = (type == "object" && value.is_object()) ||
                  (type == "array" && value.is_array()) ||
                  (type == "string" && value.is_string()) ||
                  (type == "integer" && value.is_number_integer()) ||
                  (type == "number" && value.is_number()) ||
                  (type == "boolean" && value.is_boolean());
  return ok ? "" : "expected " + type + ", got " + value.dump();
}

std::string Check(const Json& doc, const Json& schema_node, const Json& value,
                  const std::string& at);

std::string Fail(const std::string& at, const std::string& problem) {
  return (at.empty() ? "(body)" : at) + ": " + problem;
}

// type, enum, minimum and format.
std::string CheckScalar(const Json& schema, const Json& value,
                        const std::string& at) {
  if (schema.contains("type")) {
    if (auto problem = TypeProblem(schema["type"], value); !problem.empty()) {
      return Fail(at, problem);
    }
  }
  if (schema.contains("enum") &&
      std::find(schema["enum"].begin(), schema["enum"].end(), value) ==
          schema["enum"].end()) {
    return Fail(at, value.dump() + " is not one of " + schema["enum"].dump());
  }
  if (schema.contains("minimum") && value.is_number() &&
      value.get<double>() < schema["minimum"].get<double>()) {
    return Fail(at, value.dump() + " is below the minimum");
  }
  if (!value.is_string() || !schema.contains("format")) return "";
  const auto& text = value.get_ref<const std::string&>();
  if (schema["format"] == "date-time" && !IsDateTime(text)) {
    return Fail(at, "'" + text + "' is not a date-time");
  }
  if (schema["format"] == "date" && !IsDate(text)) {
    return Fail(at, "'" + text + "' is not a date");
  }
  return "";
}

// required, properties and additionalProperties.
std::string CheckObject(const Json& doc, const Json& schema, const Json& value,
                        const std::string& at) {
  const Json properties = schema.value("properties", Json::object());
  for (const Json& name : schema.value("required", Json::array())) {
    if (!value.contains(name.get<std::string>())) {
      return Fail(at, "missing required field " + name.dump());
    }
  }
  const bool closed = schema.contains("additionalProperties") &&
                      schema["additionalProperties"] == false;
  for (const auto& [key, item] : value.items()) {
    std::string place = at;
    place += at.empty() ? "" : ".";
    place += key;
    if (properties.contains(key)) {
      if (auto problem = Check(doc, properties[key], item, place);
          !problem.empty()) {
        return problem;
      }
    } else if (closed) {
      return Fail(at, "field '" + key + "' is not in the document");
    }
  }
  return "";
}

std::string Check(const Json& doc, const Json& schema_node, const Json& value,
                  const std::string& at) {
  const Json& schema = Resolve(doc, schema_node);
  if (value.is_null()) {
    return schema.value("nullable", false) || schema.empty()
               ? ""
               : Fail(at, "null where the document does not allow it");
  }
  for (const Json& part : schema.value("allOf", Json::array())) {
    if (auto problem = Check(doc, part, value, at); !problem.empty()) {
      return problem;
    }
  }
  if (auto problem = CheckScalar(schema, value, at); !problem.empty()) {
    return problem;
  }
  if (value.is_object()) return CheckObject(doc, schema, value, at);
  if (!value.is_array() || !schema.contains("items")) return "";
  for (size_t i = 0; i < value.size(); ++i) {
    if (auto problem = Check(doc, schema["items"], value[i],
                             at + "[" + std::to_string(i) + "]");
        !problem.empty()) {
      return problem;
    }
  }
  return "";
}

// The document's path template that `path` matches ("/people/{id}").
const Json* FindPath(const Json& doc, std::string_view path) {
  if (!path.starts_with(kServerPrefix)) return nullptr;
  const auto segments = PathSegments(path.substr(kServerPrefix.size()));
  for (const auto& [pattern, item] : doc["paths"].items()) {
    const auto parts = PathSegments(pattern);
    if (parts.size() != segments.size()) continue;
    bool match = true;
    for (size_t i = 0; i < parts.size() && match; ++i) {
      match = parts[i].starts_with('{') || parts[i] == segments[i];
    }
    if (match) return &item;
  }
  return nullptr;
}

}  // namespace

std::string CheckAgainstOpenApi(const Json& doc, std::string_view method,
                                std::string_view path, int status,
                                std::string_view body,
                                std::string_view content_type) {
  const Json* item = FindPath(doc, path);
  const std::string where = std::string(method) + " " + std::string(path);
  if (item == nullptr) return where + ": the path is not in the document";
  const std::string op_name = AsciiLower(method);
  if (!item->contains(op_name)) return where + ": the method is not in it";
  const Json& responses = (*item)[op_name]["responses"];
  const std::string code = std::to_string(status);
  if (!responses.contains(code)) {
    return where + ": the status " + code + " is not in the document";
  }
  const Json& response = Resolve(doc, responses[code]);
  if (!response.contains("content")) {
    return body.empty() ? "" : where + ": a body where none is documented";
  }
  const std::string media(content_type.substr(0, content_type.find(';')));
  if (!media.empty() && media != "application/json") {
    // A file of another type (the export's vCard beside its JSON backup):
    // its type must be documented; its body is not checked further.
    if (!response["content"].contains(media)) {
      return where + ": the media type " + media + " is not documented";
    }
    return body.empty() ? where + ": no body where one is documented" : "";
  }
  if (!response["content"].contains("application/json")) {
    return body.empty() ? where + ": no body where one is documented" : "";
  }
  const Json value = Json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) return where + ": the body is not JSON";
  const std::string problem =
      Check(doc, response["content"]["application/json"]["schema"], value, "");
  return problem.empty() ? "" : where + " " + code + ": " + problem;
}

}  // namespace knoten::http
