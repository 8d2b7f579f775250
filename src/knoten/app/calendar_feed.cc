#include "knoten/app/calendar_feed.h"

#include <string>

#include "knoten/app/password.h"
#include "knoten/store/store.h"

namespace knoten::app {
namespace {

constexpr size_t kTokenBytes = 32;

Error NoSuchFeed() {
  return NotFoundError(
      "There is no such calendar feed; it may have been replaced or ended. "
      "Make a new one with knoten calendar-feed create.");
}

}  // namespace

std::string CalendarFeedPath(std::string_view token) {
  return "/api/v1/calendar-feed/" + std::string(token);
}

Result<std::string> CreateCalendarFeed(Context& ctx,
                                       std::string_view username) {
  return InWrite(ctx, [&](store::Transaction& tx) -> Result<std::string> {
    KNOTEN_ASSIGN_OR_RETURN(const core::Account account,
                            tx.accounts().FindByUsername(username));
    std::string token = RandomToken(kTokenBytes);
    KNOTEN_RETURN_IF_ERROR(
        tx.accounts().PutFeed(account.id, TokenHash(token), ctx.clock.Now()));
    return token;
  });
}

Status EndCalendarFeed(Context& ctx, std::string_view username) {
  return InWrite(ctx, [&](store::Transaction& tx) -> Status {
    KNOTEN_ASSIGN_OR_RETURN(const core::Account account,
                            tx.accounts().FindByUsername(username));
    return tx.accounts().RemoveFeed(account.id);
  });
}

Result<ExportedCalendar> CalendarOfFeed(Context& ctx, std::string_view token,
                                        bool german) {
  if (token.size() != kTokenBytes * 2) return NoSuchFeed();
  return InRead(ctx, [&](store::Transaction& tx) -> Result<ExportedCalendar> {
    auto found = tx.accounts().FindFeed(TokenHash(token));
    if (!found) {
      return found.error().code == ErrorCode::kNotFound ? NoSuchFeed()
                                                        : found.error();
    }
    return ExportCalendarIn(tx, ctx.clock.Now(), german);
  });
}

}  // namespace knoten::app
