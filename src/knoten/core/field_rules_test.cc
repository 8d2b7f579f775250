#include "knoten/core/field_rules.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "testing/status_matchers.h"

namespace knoten::core {
namespace {

TEST(FieldRulesTest, LineIsTrimmedAndRequired) {
  std::string value = "  Anna  ";
  EXPECT_THAT(CheckLine("name", value, true), IsOk());
  EXPECT_EQ(value, "Anna");
  std::string empty = "   ";
  EXPECT_THAT(CheckLine("name", empty, true),
              HasError(ErrorCode::kInvalidArgument));
  std::string two_lines = "a\nb";
  EXPECT_THAT(CheckLine("name", two_lines, false),
              HasError(ErrorCode::kInvalidArgument));
  std::string text = "a\nb";
  EXPECT_THAT(CheckText("notes", text), IsOk());
}

TEST(FieldRulesTest, RejectsBadUtf8AndOverlongText) {
  std::string bad = "caf\xC3";
  EXPECT_THAT(CheckLine("name", bad, false),
              HasError(ErrorCode::kInvalidArgument));
  std::string long_line(kMaxLineLength + 1, 'x');
  EXPECT_THAT(CheckLine("name", long_line, false),
              HasError(ErrorCode::kInvalidArgument));
}

TEST(FieldRulesTest, ListsAreDeduplicated) {
  std::vector<std::string> values = {"pr", " pr ", "", "presse"};
  EXPECT_THAT(CheckLines("tag", values), IsOk());
  EXPECT_EQ(values, (std::vector<std::string>{"pr", "presse"}));
}

TEST(FieldRulesTest, Languages) {
  std::vector<std::string> ok = {"DE", "en", "tr"};
  EXPECT_THAT(CheckLanguages("languages", ok), IsOk());
  EXPECT_EQ(ok, (std::vector<std::string>{"de", "en", "tr"}));
  std::vector<std::string> bad = {"de", "klingon"};
  EXPECT_THAT(CheckLanguages("languages", bad),
              HasError(ErrorCode::kInvalidArgument));
}

TEST(FieldRulesTest, Channels) {
  std::vector<std::string> emails = {"anna@example.org"};
  EXPECT_THAT(CheckEmails(emails), IsOk());
  for (const char* bad : {"anna", "@example.org", "anna@", "a b@example.org",
                          "anna@@example.org", "anna@localhost"}) {
    std::vector<std::string> one = {bad};
    EXPECT_THAT(CheckEmails(one), HasError(ErrorCode::kInvalidArgument)) << bad;
  }
  std::vector<std::string> phones = {"+49 (30) 123-456/7"};
  EXPECT_THAT(CheckPhones(phones), IsOk());
  std::vector<std::string> bad_phone = {"call me"};
  EXPECT_THAT(CheckPhones(bad_phone), HasError(ErrorCode::kInvalidArgument));
  std::vector<std::string> urls = {"https://example.org"};
  EXPECT_THAT(CheckUrls(urls), IsOk());
  std::vector<std::string> bad_url = {"not a url"};
  EXPECT_THAT(CheckUrls(bad_url), HasError(ErrorCode::kInvalidArgument));
}

TEST(FieldRulesTest, CurrencyAndAmount) {
  std::string eur = " eur";
  EXPECT_THAT(CheckCurrency(eur), IsOk());
  EXPECT_EQ(eur, "EUR");
  std::string bad = "EURO";
  EXPECT_THAT(CheckCurrency(bad), HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(CheckAmount("cost", -1), HasError(ErrorCode::kInvalidArgument));
  EXPECT_THAT(CheckAmount("cost", 0), IsOk());
}

}  // namespace
}  // namespace knoten::core
