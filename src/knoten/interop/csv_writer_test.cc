#include "knoten/interop/csv_writer.h"

#include <gtest/gtest.h>

#include "knoten/interop/csv_reader.h"

#include "testing/status_matchers.h"

namespace knoten::interop {
namespace {

TEST(CsvWriterTest, NeutralisesWhatASpreadsheetWouldTakeForAFormula) {
  EXPECT_EQ(CsvField("=1+2"), "'=1+2");
  EXPECT_EQ(CsvField("+49 30 1234"), "'+49 30 1234");
  EXPECT_EQ(CsvField("-5"), "'-5");
  EXPECT_EQ(CsvField("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvField("\tx"), "\"'\tx\"");
  EXPECT_EQ(CsvField("\rx"), "\"'\rx\"");
  EXPECT_EQ(CsvField("   =cmd|' /C calc'!A0"), "'   =cmd|' /C calc'!A0");
  EXPECT_EQ(CsvField("a=b"), "a=b");         // not at the start
  EXPECT_EQ(CsvField("'+Plus"), "''+Plus");  // the import takes one off
  EXPECT_EQ(CsvField("   "), "\"   \"");
}

TEST(CsvWriterTest, QuotesWhatRfc4180Needs) {
  EXPECT_EQ(CsvField("plain"), "plain");
  EXPECT_EQ(CsvField("a, b"), "\"a, b\"");
  EXPECT_EQ(CsvField("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(CsvField("two\nlines"), "\"two\nlines\"");
  EXPECT_EQ(CsvRowText({"a", "", "c;d"}), "a,,\"c;d\"\r\n");
}

TEST(CsvWriterTest, ReadsBackAsWritten) {
  const std::vector<std::string> fields = {"x, y", "\"q\"", "multi\nline",
                                           "=HYPERLINK(\"x\")", ""};
  KNOTEN_ASSERT_OK_AND_ASSIGN(CsvTable table, ReadCsv(CsvRowText(fields)));
  ASSERT_EQ(table.rows.size(), 1U);
  EXPECT_EQ(table.rows[0].fields[0], "x, y");
  EXPECT_EQ(table.rows[0].fields[1], "\"q\"");
  EXPECT_EQ(table.rows[0].fields[2], "multi\nline");
  EXPECT_EQ(table.rows[0].fields[3], "'=HYPERLINK(\"x\")");
  EXPECT_EQ(table.rows[0].fields[4], "");
}

}  // namespace
}  // namespace knoten::interop
