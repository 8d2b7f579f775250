#include "knoten/http/serve.h"

#include <charconv>
#include <memory>

#include "knoten/app/context.h"
#include "knoten/app/database.h"
#include "knoten/app/match_eval.h"
#include "knoten/base/clock.h"
#include "knoten/http/api.h"
#include "knoten/http/server.h"
#include "knoten/http/static_files.h"

namespace knoten::http {

Result<std::pair<std::string, uint16_t>> ParseListenAddress(
    std::string_view listen) {
  const auto bad = [&](std::string_view why) {
    return InvalidArgumentError("--listen '" + std::string(listen) + "' " +
                                std::string(why) +
                                "; write HOST:PORT, e.g. 127.0.0.1:8080 or "
                                "0.0.0.0:8080.");
  };
  const size_t colon = listen.rfind(':');
  if (colon == std::string_view::npos) return bad("has no port");
  std::string_view host = listen.substr(0, colon);
  const std::string_view port_text = listen.substr(colon + 1);
  if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
    host = host.substr(1, host.size() - 2);
  }
  if (host.empty()) return bad("has no host");
  unsigned port = 0;
  const auto [end, ec] = std::from_chars(
      port_text.data(), port_text.data() + port_text.size(), port);
  if (port_text.empty() || ec != std::errc() ||
      end != port_text.data() + port_text.size() || port > 65535) {
    return bad("has no valid port (0 to 65535)");
  }
  return std::make_pair(std::string(host), static_cast<uint16_t>(port));
}

Status Serve(const ServeOptions& options, std::ostream& out,
             std::ostream& err) {
  KNOTEN_ASSIGN_OR_RETURN(auto address, ParseListenAddress(options.listen));
  // The database must open now, not at the first request; read through
  // the bounded page cache, not a map (app/database.h).
  KNOTEN_ASSIGN_OR_RETURN(
      auto store, app::OpenDatabase(options.db_path, /*create_parent=*/true,
                                    app::DatabaseReads::kPageCache));
  std::shared_ptr<const StaticFiles> assets;
  if (!options.assets_dir.empty()) {
    auto files = StaticFiles::Load(options.assets_dir);
    if (files) {
      assets = std::make_shared<const StaticFiles>(std::move(*files));
    } else {
      err << "knoten: " << files.error().message << " Serving the API only.\n";
    }
  }
  app::Context ctx{.store = *store, .clock = SystemClock()};
  ServerOptions server_options{.host = address.first,
                               .port = address.second,
                               .path_body_limits = {ImportBodyLimit()},
                               .tls_cert_file = options.tls_cert_file,
                               .tls_key_file = options.tls_key_file,
                               .behind_tls_proxy = options.behind_tls_proxy,
                               .stop_on_signals = true};
  KNOTEN_ASSIGN_OR_RETURN(
      std::unique_ptr<Server> server,
      Server::Start(server_options, MakeKnotenHandler(ctx, std::move(assets),
                                                      app::LoadMatchLexicon)));
  const bool v6 = address.first.find(':') != std::string::npos;
  const bool tls = !options.tls_cert_file.empty();
  out << "knoten serves " << (tls ? "https://" : "http://") << (v6 ? "[" : "")
      << address.first << (v6 ? "]" : "") << ":" << server->port()
      << "/ (database " << options.db_path << "); stop with Ctrl-C.\n"
      << std::flush;
  server->Wait();
  out << "knoten stopped.\n" << std::flush;
  return OkStatus();
}

}  // namespace knoten::http
