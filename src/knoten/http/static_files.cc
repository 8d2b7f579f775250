#include "knoten/http/static_files.h"

#include <array>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <utility>

#include "knoten/http/etag.h"

namespace knoten::http {

namespace {

bool IsAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

}  // namespace

std::string_view MimeTypeOf(std::string_view file_name) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 20>
      kTypes{{
          {".html", "text/html; charset=utf-8"},
          {".js", "text/javascript; charset=utf-8"},
          {".mjs", "text/javascript; charset=utf-8"},
          {".css", "text/css; charset=utf-8"},
          {".json", "application/json; charset=utf-8"},
          {".map", "application/json; charset=utf-8"},
          {".webmanifest", "application/manifest+json; charset=utf-8"},
          {".txt", "text/plain; charset=utf-8"},
          {".svg", "image/svg+xml"},
          {".png", "image/png"},
          {".jpg", "image/jpeg"},
          {".jpeg", "image/jpeg"},
          {".gif", "image/gif"},
          {".webp", "image/webp"},
          {".ico", "image/x-icon"},
          {".woff", "font/woff"},
          {".woff2", "font/woff2"},
          {".ttf", "font/ttf"},
          {".wasm", "application/wasm"},
          {".xml", "application/xml; charset=utf-8"},
      }};
  const size_t dot = file_name.rfind('.');
  if (dot != std::string_view::npos) {
    const std::string_view extension = file_name.substr(dot);
    for (const auto& [ext, type] : kTypes) {
      if (EqualsIgnoringCase(ext, extension)) return type;
    }
  }
  return "application/octet-stream";
}

bool HasHashedName(std::string_view file_name) {
  const size_t slash = file_name.rfind('/');
  if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
  const size_t dot = file_name.rfind('.');
  if (dot == std::string_view::npos) return false;
  const std::string_view stem = file_name.substr(0, dot);
  const size_t cut = stem.find_last_of("-.");
  if (cut == std::string_view::npos) return false;
  const std::string_view hash = stem.substr(cut + 1);
  bool digit = false;
  for (const char c : hash) {
    if (!IsAlnum(c) && c != '_') return false;
    digit = digit || (c >= '0' && c <= '9');
  }
  return hash.size() >= 8 && digit;
}

Result<StaticFiles> StaticFiles::Load(const std::string& dir) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    return UnavailableError("The web app's folder '" + dir +
                            "' does not exist; build the app or pass "
                            "--assets DIR.");
  }
  StaticFiles files;
  fs::recursive_directory_iterator it(dir, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec)) continue;
    std::error_code size_error;
    const uintmax_t size = it->file_size(size_error);
    if (size_error || size > kMaxFileBytes) continue;
    std::ifstream in(it->path(), std::ios::binary);
    if (!in) {
      return UnavailableError("Cannot read '" + it->path().string() + "'.");
    }
    File file;
    file.content.resize(static_cast<size_t>(size));
    in.read(file.content.data(),
            static_cast<std::streamsize>(file.content.size()));
    if (!in) {
      return UnavailableError("Cannot read '" + it->path().string() + "'.");
    }
    const std::string relative =
        "/" + fs::relative(it->path(), dir, ec).generic_string();
    file.etag = ContentETag(file.content);
    file.mime = MimeTypeOf(relative);
    file.hashed_name = HasHashedName(relative);
    files.files_.emplace(relative, std::move(file));
  }
  if (ec) {
    return UnavailableError("Cannot read the web app's folder '" + dir +
                            "': " + ec.message() + ".");
  }
  return files;
}

const StaticFiles::File* StaticFiles::Find(std::string_view path) const {
  if (path.empty() || path == "/") path = "/index.html";
  // Only names read at Load() are served, so nothing outside the folder
  // can be; a path with "." or ".." segments is refused outright.
  if (path.find("/./") != std::string_view::npos ||
      path.find("/../") != std::string_view::npos || path.ends_with("/.") ||
      path.ends_with("/..")) {
    return nullptr;
  }
  if (auto it = files_.find(path); it != files_.end()) return &it->second;
  const size_t slash = path.rfind('/');
  const bool has_extension =
      path.find('.', slash == std::string_view::npos ? 0 : slash) !=
      std::string_view::npos;
  if (has_extension) return nullptr;
  auto index = files_.find(std::string_view("/index.html"));
  return index == files_.end() ? nullptr : &index->second;
}

std::optional<Response> StaticFiles::Serve(const Request& request) const {
  if (request.method != "GET" && request.method != "HEAD") return std::nullopt;
  const File* file = Find(request.path);
  if (file == nullptr) return std::nullopt;
  Response response;
  response.headers.Set("ETag", file->etag);
  response.headers.Set(
      "Cache-Control",
      file->hashed_name ? "public, max-age=31536000, immutable" : "no-cache");
  const auto if_none_match = request.headers.Get("If-None-Match");
  if (if_none_match && ETagMatches(*if_none_match, file->etag)) {
    response.status = 304;
    return response;
  }
  response.headers.Set("Content-Type", std::string(file->mime));
  response.body = file->content;
  return response;
}

}  // namespace knoten::http
