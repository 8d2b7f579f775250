// POST /import and GET /export: the CLI's `knoten import` and `knoten
// export` (also the JSON backup) for the web app's upload and download;
// GET /duplicates and POST /duplicates/merge: `knoten person dedupe` and
// `knoten person merge`; the calendar feed (docs/interop.md).

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "knoten/app/backup_data.h"
#include "knoten/app/calendar_feed.h"
#include "knoten/app/dedupe.h"
#include "knoten/app/export_calendar.h"
#include "knoten/app/export_people.h"
#include "knoten/app/import_contacts.h"
#include "knoten/http/api_routes.h"
#include "knoten/http/api_support.h"
#include "knoten/http/body_file.h"
#include "knoten/http/error_response.h"
#include "knoten/json/backup_file.h"

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

// `body` of `type`, never cached.
Response FileBody(std::string body, const char* type) {
  Response response;
  response.status = 200;
  response.headers.Set("Content-Type", type);
  response.headers.Set("Cache-Control", "no-store");
  response.body = std::move(body);
  return response;
}

// A file to save: `body` with its type and the name the browser saves it as.
Response Download(std::string body, const char* type, const char* name) {
  Response response = FileBody(std::move(body), type);
  response.headers.Set("Content-Disposition",
                       std::string("attachment; filename=\"") + name + "\"");
  return response;
}

// A file to save whose body `make(write)` writes piece by piece into a
// BodyFile, not into memory: the backup can be as large as the database.
template <typename Make>
Response LargeDownload(Make&& make, const char* type, const char* name) {
  auto file = BodyFile::Create();
  if (!file) return ErrorResponse(file.error());
  BodyFile& body = **file;
  Status made =
      make([&body](std::string_view piece) { return body.Append(piece); });
  if (made) made = body.Finish();
  if (!made) return ErrorResponse(made.error());
  Response response = Download("", type, name);
  response.body_file = std::move(*file);
  return response;
}

// The JSON backup of everything but secrets (json/backup_file.h).
Response ExportBackup(app::Context& ctx) {
  return LargeDownload(
      [&ctx](std::function<Status(std::string_view)> write) -> Status {
        const std::unique_ptr<app::BackupWriter> writer =
            json::NewJsonBackupWriter(std::move(write));
        auto counts = app::ExportBackup(ctx, *writer);
        if (!counts) return counts.error();
        return OkStatus();
      },
      "application/json; charset=utf-8", "knoten-backup.json");
}

// GET /export?format=vcard|csv|ics|json[&lang=de]: every person, the
// calendar of events, open follow-ups and promises, or the backup, as a file
// to save.
Response Export(app::Context& ctx, const Request& request) {
  const std::string format = ReadQueryText(request, "format").value_or("vcard");
  if (format == "json") return ExportBackup(ctx);
  if (format == "ics") {
    const bool german = ReadQueryText(request, "lang").value_or("") == "de";
    auto calendar = app::ExportCalendar(ctx, german);
    if (!calendar) return ErrorResponse(calendar.error());
    return Download(std::move(calendar->text), "text/calendar; charset=utf-8",
                    "knoten.ics");
  }
  if (format != "vcard" && format != "csv") {
    return ErrorResponse(InvalidArgumentError(
        "format must be vcard, csv, ics or json, not '" + format + "'."));
  }
  const bool csv = format == "csv";
  return LargeDownload(
      [&ctx,
       csv](const std::function<Status(std::string_view)>& write) -> Status {
        auto people = app::ExportPeople(
            ctx, csv ? app::ExportFormat::kCsv : app::ExportFormat::kVCard,
            write);
        if (!people) return people.error();
        return OkStatus();
      },
      csv ? "text/csv; charset=utf-8" : "text/vcard; charset=utf-8",
      csv ? "knoten-people.csv" : "knoten-people.vcf");
}

// POST /duplicates/merge {"keep": id, "remove": id}.
Response Merge(app::Context& ctx, const Request& request) {
  auto body = ReadBody(request);
  if (!body) return ErrorResponse(body.error());
  const auto keep = body->find("keep");
  const auto remove = body->find("remove");
  if (body->size() != 2 || keep == body->end() || remove == body->end() ||
      !keep->is_number_integer() || !remove->is_number_integer()) {
    return ErrorResponse(400, "invalid_argument",
                         R"(Send {"keep": id, "remove": id}: the person )"
                         "who stays and the one merged into them.");
  }
  auto merged = app::MergePeople(ctx, PersonId(keep->get<int64_t>()),
                                 PersonId(remove->get<int64_t>()));
  if (!merged) return ErrorResponse(merged.error());
  return JsonBody(200, json::ToJson(*merged));
}

// GET /calendar-feed/{token}?lang=de: public, the token is the key.
Response ReadFeed(app::Context& ctx, const Request& request,
                  const PathParams& params) {
  const bool german = ReadQueryText(request, "lang").value_or("") == "de";
  auto calendar = app::CalendarOfFeed(ctx, params.at("token"), german);
  if (!calendar) return ErrorResponse(calendar.error());
  return FileBody(std::move(calendar->text), "text/calendar; charset=utf-8");
}

// POST /calendar-feed: a new feed for the logged-in account; the old one
// stops working. The token is in the answer once, never again.
Response CreateFeed(app::Context& ctx, const Request& request) {
  auto token = app::CreateCalendarFeed(ctx, request.username);
  if (!token) return ErrorResponse(token.error());
  return JsonBody(
      201, Json{{"path", app::CalendarFeedPath(*token)}, {"token", *token}});
}

}  // namespace

void AddCalendarFeedRoute(Router& router, app::Context& ctx) {
  router.Add("GET", "/api/v1/calendar-feed/{token}",
             [&ctx](const Request& request, const PathParams& params) {
               return ReadFeed(ctx, request, params);
             });
}

void AddInteropRoutes(Router& router, app::Context& ctx) {
  router.Add("POST", "/api/v1/calendar-feed",
             [&ctx](const Request& request, const PathParams&) {
               return CreateFeed(ctx, request);
             });
  router.Add("DELETE", "/api/v1/calendar-feed",
             [&ctx](const Request& request, const PathParams&) {
               Status ended = app::EndCalendarFeed(ctx, request.username);
               return ended ? NoContent() : ErrorResponse(ended.error());
             });
  router.Add("GET", "/api/v1/duplicates",
             [&ctx](const Request&, const PathParams&) {
               auto found = app::FindDuplicates(ctx);
               if (!found) return ErrorResponse(found.error());
               return JsonBody(200, json::ToJson(*found));
             });
  router.Add("POST", "/api/v1/duplicates/merge",
             [&ctx](const Request& request, const PathParams&) {
               return Merge(ctx, request);
             });
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
