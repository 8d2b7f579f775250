// POST /import and GET /export: the CLI's `knoten import` and `knoten
// export` for the web app's upload and download (docs/interop.md).

#include <string>
#include <vector>

#include "knoten/app/export_people.h"
#include "knoten/app/import_contacts.h"
#include "knoten/http/api_routes.h"
#include "knoten/http/api_support.h"
#include "knoten/http/error_response.h"

namespace knoten::http {
namespace {

// POST /import?dry_run=&name=: the body is the file, as it is.
Response Import(app::Context& ctx, const Request& request) {
  auto dry_run = ReadQueryFlag(request, "dry_run");
  if (!dry_run) return ErrorResponse(dry_run.error());
  if (request.body.empty()) {
    return ErrorResponse(InvalidArgumentError(
        "The body is empty; send the contact file (vCard or CSV) as it is."));
  }
  const std::string name = ReadQueryText(request, "name").value_or("upload");
  auto report =
      app::ImportContacts(ctx, {{.name = name, .bytes = request.body}},
                          {.dry_run = dry_run->value_or(false)});
  if (!report) return ErrorResponse(report.error());
  return JsonBody(200, json::ToJson(*report));
}

// GET /export?format=vcard|csv: every person, as a file to save.
Response Export(app::Context& ctx, const Request& request) {
  const std::string format = ReadQueryText(request, "format").value_or("vcard");
  if (format != "vcard" && format != "csv") {
    return ErrorResponse(InvalidArgumentError(
        "format must be vcard or csv, not '" + format + "'."));
  }
  std::string body;
  auto people = app::ExportPeople(
      ctx,
      format == "csv" ? app::ExportFormat::kCsv : app::ExportFormat::kVCard,
      [&body](std::string_view piece) {
        body += piece;
        return OkStatus();
      });
  if (!people) return ErrorResponse(people.error());
  Response response;
  response.status = 200;
  response.headers.Set("Content-Type", format == "csv"
                                           ? "text/csv; charset=utf-8"
                                           : "text/vcard; charset=utf-8");
  response.headers.Set("Content-Disposition",
                       format == "csv"
                           ? "attachment; filename=\"knoten-people.csv\""
                           : "attachment; filename=\"knoten-people.vcf\"");
  response.headers.Set("Cache-Control", "no-store");
  response.body = std::move(body);
  return response;
}

}  // namespace

void AddInteropRoutes(Router& router, app::Context& ctx) {
  router.Add("POST", "/api/v1/import",
             [&ctx](const Request& request, const PathParams&) {
               return Import(ctx, request);
             });
  router.Add("GET", "/api/v1/export",
             [&ctx](const Request& request, const PathParams&) {
               return Export(ctx, request);
             });
}

}  // namespace knoten::http
