// StaticFiles: the web app's built assets, read once from a folder into
// memory and served with their MIME type, an ETag (a hash of the content)
// and a cache lifetime: a year and "immutable" for hashed names as Vite
// writes them ("index-3f9a1c2b.js"), "no-cache" (revalidate with the ETag)
// for the rest, such as index.html. Paths that name no file and look like
// an app route (no extension) get index.html, so that a reload of
// "/people/12" works.
//
// Thread-safety: immutable after Load(); Serve() may run on many threads.

#ifndef KNOTEN_HTTP_STATIC_FILES_H_
#define KNOTEN_HTTP_STATIC_FILES_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "knoten/base/result.h"
#include "knoten/http/message.h"

namespace knoten::http {

class StaticFiles {
 public:
  // Files larger than this are not served (a built app has none).
  static constexpr size_t kMaxFileBytes = size_t{16} << 20U;

  // Reads every regular file under `dir`. kUnavailable if `dir` is not a
  // readable folder.
  static Result<StaticFiles> Load(const std::string& dir);

  // The response for a GET or HEAD of `request.path`; nullopt if no file
  // (and no index.html fallback) answers it.
  std::optional<Response> Serve(const Request& request) const;

  size_t size() const { return files_.size(); }

 private:
  struct File {
    std::string content;
    std::string etag;  // quoted
    std::string_view mime;
    bool hashed_name = false;
  };
  const File* Find(std::string_view path) const;

  std::map<std::string, File, std::less<>> files_;  // by "/path"
};

// The MIME type for a file name's extension; "application/octet-stream"
// when unknown. Text types say charset=utf-8.
std::string_view MimeTypeOf(std::string_view file_name);

// True for names a bundler made unique by content: a part of at least 8
// letters and digits, with a digit, after the last '-' or '.' before the
// extension ("index-3f9a1c2b.js", "logo.8d2e77f1.svg").
bool HasHashedName(std::string_view file_name);

}  // namespace knoten::http

#endif  // KNOTEN_HTTP_STATIC_FILES_H_
