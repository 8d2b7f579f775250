#include "knoten/json/writer.h"

namespace knoten::json {

JsonObjectWriter::JsonObjectWriter(std::string& out, int depth)
    : out_(out), depth_(depth) {
  out_ += '{';
}

void JsonObjectWriter::Indent(int depth) {
  out_.append(static_cast<size_t>(depth) * 2, ' ');
}

void JsonObjectWriter::Key(std::string_view key) {
  out_ += empty_ ? "\n" : ",\n";
  empty_ = false;
  Indent(depth_ + 1);
  String(key);
  out_ += ": ";
}

void AppendJsonString(std::string& out, std::string_view value) {
  constexpr std::string_view kHex = "0123456789abcdef";
  out += '"';
  for (const char c : value) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out += "\\u00";
          out += kHex[static_cast<unsigned char>(c) >> 4U];
          out += kHex[static_cast<unsigned char>(c) & 0xFU];
        } else {
          out += c;
        }
    }
  }
  out += '"';
}

void JsonObjectWriter::String(std::string_view value) {
  AppendJsonString(out_, value);
}

void JsonObjectWriter::Field(std::string_view key, int64_t value) {
  Key(key);
  out_ += std::to_string(value);
}

void JsonObjectWriter::Field(std::string_view key, std::string_view value) {
  Key(key);
  String(value);
}

void JsonObjectWriter::Field(std::string_view key, bool value) {
  Key(key);
  out_ += value ? "true" : "false";
}

void JsonObjectWriter::Field(std::string_view key, std::nullptr_t) {
  Key(key);
  out_ += "null";
}

void JsonObjectWriter::Field(std::string_view key,
                             const std::vector<std::string>& values) {
  Key(key);
  if (values.empty()) {
    out_ += "[]";
    return;
  }
  out_ += "[\n";
  for (size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out_ += ",\n";
    Indent(depth_ + 2);
    String(values[i]);
  }
  out_ += '\n';
  Indent(depth_ + 1);
  out_ += ']';
}

void JsonObjectWriter::Finish() {
  if (empty_) {
    out_ += '}';
    return;
  }
  out_ += '\n';
  Indent(depth_);
  out_ += '}';
}

}  // namespace knoten::json
