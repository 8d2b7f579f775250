// Progress: a bar for long imports and exports, drawn on one line of the
// terminal ("\r" and the line again) while records go by:
//   Importing  [##########----------]  512/1,024
// It draws only when asked to (standard output and error are terminals and
// --quiet was not given) and when there are more than kMinRecords, and only
// when the shown step changes, so that it costs nothing per record.
//
// Thread-safety: one thread.

#ifndef KNOTEN_CLI_INTERNAL_PROGRESS_H_
#define KNOTEN_CLI_INTERNAL_PROGRESS_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <utility>

namespace knoten::cli {

class Progress {
 public:
  static constexpr int64_t kMinRecords = 300;

  Progress(std::ostream& out, bool enabled, std::string label, int64_t total)
      : out_(out),
        enabled_(enabled && total > kMinRecords),
        label_(std::move(label)),
        total_(total) {}
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;
  // Ends the bar's line, if one was drawn.
  ~Progress();

  // `done` of the total records are through.
  void Update(int64_t done);

 private:
  std::ostream& out_;
  const bool enabled_;
  const std::string label_;
  const int64_t total_;
  int shown_ = 0;  // the last step drawn, 1 to 20; 0 before the first
  bool drawn_ = false;
};

}  // namespace knoten::cli

#endif  // KNOTEN_CLI_INTERNAL_PROGRESS_H_
