// JsonObjectWriter: appends one JSON object to a string in exactly the layout
// of nlohmann's dump(2) (two-space indent, "key": value, strings escaped the
// same way), without building a tree first. Long lists use it; everything
// else goes through nlohmann::ordered_json. Only the codec includes this
// header.

#ifndef KNOTEN_JSON_WRITER_H_
#define KNOTEN_JSON_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace knoten::json {

// Appends `value` to `out` as a JSON string, quoted and escaped as nlohmann
// escapes with ensure_ascii off: quote, backslash and control characters;
// everything else (valid UTF-8 by validation) is copied.
void AppendJsonString(std::string& out, std::string_view value);

class JsonObjectWriter {
 public:
  // Starts an object nested `depth` levels deep (0 for a top-level value);
  // the caller has already written the indentation before the brace.
  JsonObjectWriter(std::string& out, int depth);
  JsonObjectWriter(const JsonObjectWriter&) = delete;
  JsonObjectWriter& operator=(const JsonObjectWriter&) = delete;
  ~JsonObjectWriter() = default;

  void Field(std::string_view key, int64_t value);
  void Field(std::string_view key, std::string_view value);
  void Field(std::string_view key, bool value);
  void Field(std::string_view key, std::nullptr_t);
  void Field(std::string_view key, const std::vector<std::string>& values);

  // Closes the object.
  void Finish();

 private:
  void Key(std::string_view key);
  void Indent(int depth);
  void String(std::string_view value);

  std::string& out_;
  int depth_;
  bool empty_ = true;
};

}  // namespace knoten::json

#endif  // KNOTEN_JSON_WRITER_H_
