#include "knoten/app/database.h"

#include <filesystem>
#include <system_error>

#include "knoten/store/sqlite/sqlite_store.h"

namespace knoten::app {

Result<std::string> DefaultDatabasePath(const char* xdg_data_home,
                                        const char* home) {
  std::filesystem::path base;
  if (xdg_data_home != nullptr && xdg_data_home[0] != '\0') {
    base = xdg_data_home;
  } else if (home != nullptr && home[0] != '\0') {
    base = std::filesystem::path(home) / ".local" / "share";
  } else {
    return FailedPreconditionError(
        "Neither XDG_DATA_HOME nor HOME is set; give the database with --db "
        "PATH.");
  }
  return (base / "knoten" / "knoten.db").string();
}

Result<std::unique_ptr<store::Store>> OpenDatabase(const std::string& path,
                                                   bool create_parent,
                                                   DatabaseReads reads,
                                                   DatabaseWrites writes) {
  if (create_parent) {
    const auto parent = std::filesystem::path(path).parent_path();
    std::error_code ec;
    if (!parent.empty()) std::filesystem::create_directories(parent, ec);
    if (ec) {
      return UnavailableError("Cannot create the folder '" + parent.string() +
                              "' (" + ec.message() +
                              "); give another database with --db PATH.");
    }
  }
  store::SqliteOptions options{.path = path,
                               .fill_new = writes == DatabaseWrites::kFillNew};
  if (reads == DatabaseReads::kPageCache) {
    options.memory_map = false;
    options.page_cache_kib = 32768;
  }
  return store::OpenSqliteStore(options);
}

}  // namespace knoten::app
