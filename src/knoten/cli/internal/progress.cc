#include "knoten/cli/internal/progress.h"

#include <algorithm>
#include <string>

namespace knoten::cli {
namespace {

constexpr int kSteps = 20;  // the bar's width

}  // namespace

Progress::~Progress() {
  if (drawn_) out_ << '\n' << std::flush;
}

void Progress::Update(int64_t done) {
  if (!enabled_) return;
  done = std::clamp<int64_t>(done, 0, total_);
  const auto step = static_cast<int>(done * kSteps / total_);
  if (step == shown_) return;
  shown_ = step;
  drawn_ = true;
  out_ << '\r' << label_ << "  [" << std::string(static_cast<size_t>(step), '#')
       << std::string(static_cast<size_t>(kSteps - step), '-') << "]  " << done
       << '/' << total_ << std::flush;
}

}  // namespace knoten::cli
