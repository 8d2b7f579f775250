#include "knoten/json/backup_file.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <exception>
#include <limits>
#include <streambuf>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "knoten/base/time.h"
#include "knoten/json/writer.h"

namespace knoten::json {
namespace {

constexpr size_t kFlushAt = size_t{64} * 1024;
constexpr size_t kReadBlock = size_t{64} * 1024;

class JsonBackupWriter final : public app::BackupWriter {
 public:
  explicit JsonBackupWriter(std::function<Status(std::string_view)> write)
      : write_(std::move(write)) {}

  Status Begin(const app::BackupHeader& header) override {
    out_ += "{\n  \"format\": ";
    AppendJsonString(out_, kBackupFormat);
    out_ += ",\n  \"version\": " + std::to_string(header.version);
    out_ += ",\n  \"schema_version\": " + std::to_string(header.schema_version);
    out_ += ",\n  \"exported_at\": ";
    AppendJsonString(out_, FormatIsoTimestamp(header.exported_at));
    out_ += ",\n  \"data\": {";
    return OkStatus();
  }

  Status Table(const store::TableShape& table) override {
    CloseTable();
    out_ += tables_ == 0 ? "\n    " : ",\n    ";
    AppendJsonString(out_, table.name);
    out_ += ": [";
    keys_.clear();
    for (const std::string& column : table.columns) {
      std::string& key = keys_.emplace_back();
      AppendJsonString(key, column);
      key += ": ";
    }
    ++tables_;
    rows_ = 0;
    in_table_ = true;
    return OkStatus();
  }

  Status Row(std::span<const store::Cell> row) override {
    if (!in_table_ || row.size() != keys_.size()) {
      return InternalError("A backup row does not fit its table.");
    }
    out_ += rows_ == 0 ? "\n      {" : ",\n      {";
    for (size_t i = 0; i < row.size(); ++i) {
      if (i > 0) out_ += ", ";
      out_ += keys_[i];
      KNOTEN_RETURN_IF_ERROR(AppendCell(row[i]));
    }
    out_ += '}';
    ++rows_;
    return out_.size() >= kFlushAt ? Flush() : OkStatus();
  }

  Status End() override {
    CloseTable();
    out_ += tables_ == 0 ? "}\n}\n" : "\n  }\n}\n";
    return Flush();
  }

 private:
  void CloseTable() {
    if (!in_table_) return;
    out_ += rows_ == 0 ? "]" : "\n    ]";
    in_table_ = false;
  }

  Status AppendCell(const store::Cell& cell) {
    std::array<char, 32> digits{};
    if (const auto* number = std::get_if<int64_t>(&cell)) {
      char* const end =
          std::to_chars(digits.data(), digits.data() + digits.size(), *number)
              .ptr;
      out_.append(digits.data(), end);
    } else if (const auto* real = std::get_if<double>(&cell)) {
      if (!std::isfinite(*real)) {
        return InternalError(
            "The database holds a number that JSON cannot write (infinite).");
      }
      // The shortest text that reads back as the same double.
      char* const end =
          std::to_chars(digits.data(), digits.data() + digits.size(), *real)
              .ptr;
      const std::string_view text(digits.data(),
                                  static_cast<size_t>(end - digits.data()));
      out_ += text;
      if (text.find_first_of(".e") == std::string_view::npos) out_ += ".0";
    } else if (const auto* text = std::get_if<std::string>(&cell)) {
      AppendJsonString(out_, *text);
    } else {
      out_ += "null";
    }
    return OkStatus();
  }

  Status Flush() {
    if (out_.empty()) return OkStatus();
    Status written = write_(out_);
    out_.clear();
    return written;
  }

  std::function<Status(std::string_view)> write_;
  std::string out_;
  std::vector<std::string> keys_;  // each column as `"name": `
  int64_t tables_ = 0;
  int64_t rows_ = 0;
  bool in_table_ = false;
};

// Hands the bytes of another stream buffer on in blocks and knows the line
// the reader is in, for messages.
class CountingBuffer final : public std::streambuf {
 public:
  CountingBuffer(std::streambuf& source,
                 const std::function<void(uint64_t)>& progress)
      : source_(source), progress_(progress) {}

  int64_t Line() const {
    return lines_before_ + std::count(eback(), gptr(), '\n') + 1;
  }

 protected:
  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    lines_before_ += std::count(eback(), egptr(), '\n');
    read_ += static_cast<uint64_t>(egptr() - eback());
    const std::streamsize got = source_.sgetn(
        block_.data(), static_cast<std::streamsize>(block_.size()));
    if (progress_ && read_ > 0) progress_(read_);
    if (got <= 0) {
      setg(block_.data(), block_.data(), block_.data());
      return traits_type::eof();
    }
    setg(block_.data(), block_.data(), block_.data() + got);
    return traits_type::to_int_type(*gptr());
  }

 private:
  std::streambuf& source_;
  const std::function<void(uint64_t)>& progress_;
  std::array<char, kReadBlock> block_{};
  int64_t lines_before_ = 0;
  uint64_t read_ = 0;
};

using Json = nlohmann::json;

// nlohmann's SAX events, turned into BackupRowSink calls. Every refusal
// stops the parse and is kept in error().
class BackupSax {
 public:
  BackupSax(app::BackupRowSink& sink, const CountingBuffer& buffer)
      : sink_(sink), buffer_(buffer) {}

  const std::optional<Error>& error() const { return error_; }
  bool done() const { return state_ == State::kDone; }

  // NOLINTBEGIN(readability-identifier-naming): nlohmann's SAX names.
  bool null() { return Value(std::monostate{}); }
  bool boolean(bool /*value*/) {
    return Fail(
        "true and false are not values of a knoten column; write 1 or 0.");
  }
  bool number_integer(Json::number_integer_t value) {
    return Value(static_cast<int64_t>(value));
  }
  bool number_unsigned(Json::number_unsigned_t value) {
    if (value > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      return Fail("The number " + std::to_string(value) + " is too large.");
    }
    return Value(static_cast<int64_t>(value));
  }
  bool number_float(Json::number_float_t value, const std::string& /*text*/) {
    return Value(static_cast<double>(value));
  }
  bool string(std::string& value) { return Value(std::move(value)); }
  bool binary(Json::binary_t& /*value*/) {
    return Fail("Binary values are not part of a knoten backup.");
  }
  bool key(std::string& name) {
    key_ = std::move(name);
    if (state_ == State::kTop && key_ == "data") return StartData();
    return true;
  }
  bool start_object(size_t /*size*/) {
    switch (state_) {
      case State::kStart:
        state_ = State::kTop;
        return true;
      case State::kTop:
        if (key_ != "data") break;
        state_ = State::kTables;
        return true;
      case State::kRows:
        columns_.clear();
        cells_.clear();
        state_ = State::kRow;
        return true;
      default:
        break;
    }
    return Unexpected("an object");
  }
  bool end_object() {
    switch (state_) {
      case State::kTop:
        return Finish();
      case State::kTables:
        state_ = State::kTop;
        return true;
      case State::kRow:
        state_ = State::kRows;
        return RowDone();
      default:
        return Unexpected("the end of an object");
    }
  }
  bool start_array(size_t /*size*/) {
    if (state_ == State::kTables) {
      table_ = key_;
      row_ = 0;
      state_ = State::kRows;
      return true;
    }
    return Unexpected("a list");
  }
  bool end_array() {
    if (state_ == State::kRows) {
      state_ = State::kTables;
      return true;
    }
    return Unexpected("the end of a list");
  }
  bool parse_error(size_t /*position*/, const std::string& /*last_token*/,
                   const nlohmann::detail::exception& e) {
    std::string message = e.what();
    // "[json.exception.parse_error.101] parse error at line 3, ..."
    if (const size_t bracket = message.find("] ");
        bracket != std::string::npos) {
      message.erase(0, bracket + 2);
    }
    if (!error_) {
      error_ = InvalidArgumentError("The backup is not valid JSON: " + message +
                                    ".");
    }
    return false;
  }
  // NOLINTEND(readability-identifier-naming)

 private:
  enum class State { kStart, kTop, kTables, kRows, kRow, kDone };

  bool Value(store::Cell cell) {
    if (state_ == State::kRow) {  // the store refuses a column given twice
      columns_.push_back(key_);
      cells_.push_back(std::move(cell));
      return true;
    }
    if (state_ == State::kTop) return HeaderField(std::move(cell));
    if (state_ == State::kRows) {
      return Fail("Each row of \"" + table_ + "\" must be a JSON object.");
    }
    if (state_ == State::kTables) {
      return Fail("\"" + key_ + R"(" in "data" must be a list of rows.)");
    }
    return NotABackup();
  }

  bool HeaderField(store::Cell cell) {
    const auto* number = std::get_if<int64_t>(&cell);
    const auto* text = std::get_if<std::string>(&cell);
    if (key_ == "format") {
      if (text == nullptr || *text != kBackupFormat) return NotABackup();
      has_format_ = true;
    } else if (key_ == "version" || key_ == "schema_version") {
      if (number == nullptr || *number > std::numeric_limits<int>::max() ||
          *number < 0) {
        return Fail("The backup's \"" + key_ + "\" must be a whole number.");
      }
      (key_ == "version" ? header_.version : header_.schema_version) =
          static_cast<int>(*number);
      (key_ == "version" ? has_version_ : has_schema_) = true;
    } else if (key_ == "exported_at") {
      auto at = text == nullptr ? Result<Timestamp>(InvalidArgumentError(""))
                                : ParseIsoTimestamp(*text);
      if (!at) {
        return Fail(
            "The backup's \"exported_at\" must be a time like "
            "\"2026-12-07T10:00:00Z\".");
      }
      header_.exported_at = *at;
    } else {
      return Fail("A knoten backup has no field \"" + key_ + "\".");
    }
    return true;
  }

  bool StartData() {
    if (!has_format_) return NotABackup();
    if (!has_version_ || !has_schema_) {
      return Fail(
          "The backup's \"version\" and \"schema_version\" must come before "
          "its \"data\".");
    }
    if (began_) return Fail("The backup has \"data\" twice.");
    began_ = true;
    return Check(sink_.Begin(header_), /*where=*/"");
  }

  bool RowDone() {
    ++row_;
    return Check(sink_.Row(table_, columns_, cells_),
                 " (row " + std::to_string(row_) + " of \"" + table_ + "\")");
  }

  bool Finish() {
    if (!began_) {
      return has_format_ ? Fail("The backup has no \"data\".") : NotABackup();
    }
    state_ = State::kDone;
    return true;
  }

  bool Unexpected(std::string_view what) {
    if (state_ == State::kStart) return NotABackup();
    if (state_ == State::kRow) {
      return Fail("The column \"" + key_ + "\" of \"" + table_ + "\" holds " +
                  std::string(what) +
                  "; a column holds null, a number or text.");
    }
    return Fail("The backup holds " + std::string(what) +
                " where knoten does not expect one.");
  }

  bool NotABackup() {
    return Fail(
        "This is not a knoten backup: it must be a JSON object that begins "
        "with \"format\": \"knoten-backup\" (written by knoten export "
        "--format json).");
  }

  bool Fail(std::string message) {
    return Check(InvalidArgumentError(std::move(message)), "");
  }

  // Keeps `status`'s error with the line it was found in.
  bool Check(Status status, const std::string& where) {
    if (status) return true;
    if (!error_) {
      Error error = std::move(status).error();
      error.message = "Line " + std::to_string(buffer_.Line()) + where + ": " +
                      error.message;
      error_ = std::move(error);
    }
    return false;
  }

  app::BackupRowSink& sink_;
  const CountingBuffer& buffer_;
  State state_ = State::kStart;
  app::BackupHeader header_;
  bool has_format_ = false;
  bool has_version_ = false;
  bool has_schema_ = false;
  bool began_ = false;
  std::string key_;
  std::string table_;
  int64_t row_ = 0;
  std::vector<std::string> columns_;
  std::vector<store::Cell> cells_;
  std::optional<Error> error_;
};

}  // namespace

std::unique_ptr<app::BackupWriter> NewJsonBackupWriter(
    std::function<Status(std::string_view piece)> write) {
  return std::make_unique<JsonBackupWriter>(std::move(write));
}

Status ReadJsonBackup(std::istream& in, app::BackupRowSink& sink,
                      const std::function<void(uint64_t bytes)>& progress) {
  if (in.rdbuf() == nullptr) return InvalidArgumentError("Nothing to read.");
  CountingBuffer buffer(*in.rdbuf(), progress);
  std::istream counted(&buffer);
  BackupSax sax(sink, buffer);
  try {
    const bool parsed = Json::sax_parse(counted, &sax);
    if (sax.error()) return *sax.error();
    if (!parsed || !sax.done()) {
      return InvalidArgumentError("The backup ends before it is complete.");
    }
  } catch (const Json::exception& e) {
    return InvalidArgumentError(std::string("The backup cannot be read: ") +
                                e.what());
  } catch (const std::exception& e) {
    return InternalError(std::string("Restoring the backup failed: ") +
                         e.what());
  }
  return OkStatus();
}

}  // namespace knoten::json
