// knoten serve: the web app and its API (the server itself is the http
// adapter's; see CliEnvironment::serve).

#include <memory>
#include <string>

#include "knoten/cli/internal/commands.h"

namespace knoten::cli {

void RegisterServeCommand(CLI::App& app, Session& s) {
  auto settings = std::make_shared<ServeSettings>();
  settings->listen = "127.0.0.1:8080";
  CLI::App* serve = app.add_subcommand(
      "serve", s.Tr("serve the web app and its API until Ctrl-C",
                    "die Web-App und ihre API bereitstellen (bis Strg-C)"));
  serve->add_option(
      "--listen", settings->listen,
      s.Tr("address and port (default 127.0.0.1:8080; 0.0.0.0:8080 for "
           "phones in the same network)",
           "Adresse und Port (Standard 127.0.0.1:8080; 0.0.0.0:8080 für "
           "Telefone im selben Netz)"));
  serve->add_option("--assets", settings->assets_dir,
                    s.Tr("folder of the built web app (default: web/ next "
                         "to the knoten program)",
                         "Ordner der gebauten Web-App (Standard: web/ neben "
                         "dem Programm knoten)"));
  serve->add_option("--tls-cert", settings->tls_cert_file,
                    s.Tr("TLS built in: the certificate chain (PEM)",
                         "TLS eingebaut: die Zertifikatskette (PEM)"));
  serve->add_option("--tls-key", settings->tls_key_file,
                    s.Tr("TLS built in: the certificate's private key (PEM)",
                         "TLS eingebaut: der private Schlüssel (PEM)"));
  serve->add_flag(
      "--behind-tls-proxy", settings->behind_tls_proxy,
      s.Tr("a reverse proxy terminates TLS (cookies marked Secure, HSTS)",
           "ein Reverse-Proxy übernimmt TLS (Cookies mit Secure, HSTS)"));
  serve->footer(
      s.Tr("Example: knoten --db ~/knoten.db serve --listen 0.0.0.0:8080\n"
           "See docs/serve.md for an nginx configuration with TLS.",
           "Beispiel: knoten --db ~/knoten.db serve --listen 0.0.0.0:8080\n"
           "docs/serve.md zeigt eine nginx-Konfiguration mit TLS."));
  serve->callback([&s, settings] {
    if (!s.env().serve) {
      s.Fail(UnavailableError(
          s.Tr("This knoten program was built without its web server.",
               "Dieses knoten-Programm wurde ohne seinen Webserver gebaut.")));
      return;
    }
    auto path = s.DatabasePath();
    if (!path) {
      s.Fail(path.error());
      return;
    }
    ServeSettings resolved = *settings;
    resolved.db_path = *path;
    const Status served = s.env().serve(resolved, s.env().out, s.env().err);
    if (!served) s.Fail(served.error());
  });
}

}  // namespace knoten::cli
