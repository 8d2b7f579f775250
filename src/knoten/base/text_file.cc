#include "knoten/base/text_file.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>
#include <utility>

namespace knoten {

std::optional<std::string> ReadTextFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string content;
  // Reserved at a regular file's size, the string is filled without growing
  // (a 100 MB file held once, not thrice); a pipe is read until its end.
  std::error_code error;
  const uintmax_t size = std::filesystem::file_size(path, error);
  if (!error) content.reserve(size);
  std::array<char, size_t{1} << 16> buffer{};
  while (in.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
         in.gcount() > 0) {
    content.append(buffer.data(), static_cast<size_t>(in.gcount()));
  }
  if (in.bad()) return std::nullopt;
  return content;
}

Result<std::string> ReadPackagedFile(const std::string& path,
                                     std::string_view what,
                                     std::string_view package) {
  std::optional<std::string> content = ReadTextFile(path);
  if (!content) {
    return UnavailableError("Cannot read the " + std::string(what) + " '" +
                            path + "'; install Debian's " +
                            std::string(package) + ".");
  }
  return std::move(*content);
}

Status ForEachLine(std::string_view text,
                   const std::function<Status(int, std::string_view)>& visit) {
  int number = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    KNOTEN_RETURN_IF_ERROR(visit(++number, text.substr(start, end - start)));
    start = end + 1;
  }
  return OkStatus();
}

}  // namespace knoten
