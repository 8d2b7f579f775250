#include "knoten/http/static_files.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "knoten/base/error.h"

#include "testing/temp_dir.h"

namespace knoten::http {
namespace {

void Write(const std::filesystem::path& path, const std::string& content) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << content;
}

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Write(dir_.path() / "index.html", "<!doctype html><title>knoten</title>");
    Write(dir_.path() / "assets" / "index-3f9a1c2b.js", "console.log(1)");
    Write(dir_.path() / "assets" / "logo.svg", "<svg/>");
    auto files = StaticFiles::Load(dir_.path().string());
    ASSERT_TRUE(files) << files.error().message;
    files_.emplace(std::move(*files));
  }

  Response Get(const std::string& path, const std::string& if_none_match = "") {
    Request request{.method = "GET", .path = path};
    if (!if_none_match.empty()) {
      request.headers.Add("If-None-Match", if_none_match);
    }
    auto response = files_->Serve(request);
    return response ? *response : Response{.status = 0};
  }

  TempDir dir_;
  std::optional<StaticFiles> files_;
};

TEST_F(StaticFilesTest, ServesFilesWithTypeEtagAndCacheLifetime) {
  EXPECT_EQ(files_->size(), 3U);
  const Response js = Get("/assets/index-3f9a1c2b.js");
  EXPECT_EQ(js.status, 200);
  EXPECT_EQ(js.body, "console.log(1)");
  EXPECT_EQ(js.headers.Get("Content-Type"), "text/javascript; charset=utf-8");
  EXPECT_EQ(js.headers.Get("Cache-Control"),
            "public, max-age=31536000, immutable");
  ASSERT_TRUE(js.headers.Get("ETag").has_value());
  EXPECT_EQ(js.headers.Get("ETag")->front(), '"');

  const Response svg = Get("/assets/logo.svg");
  EXPECT_EQ(svg.headers.Get("Content-Type"), "image/svg+xml");
  EXPECT_EQ(svg.headers.Get("Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, AMatchingEtagGets304WithoutBody) {
  const std::string etag(*Get("/index.html").headers.Get("ETag"));
  const Response again = Get("/index.html", "\"other\", W/" + etag);
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(Get("/index.html", "\"other\"").status, 200);
}

TEST_F(StaticFilesTest, AppRoutesGetIndexHtmlAndMissingFilesNothing) {
  EXPECT_EQ(Get("/").body, "<!doctype html><title>knoten</title>");
  EXPECT_EQ(Get("/people/12").body, "<!doctype html><title>knoten</title>");
  EXPECT_EQ(Get("/assets/missing.js").status, 0);
  EXPECT_EQ(Get("/../etc/passwd").status, 0);
  EXPECT_EQ(Get("/assets/../../secret.txt").status, 0);
  Request post{.method = "POST", .path = "/index.html"};
  EXPECT_FALSE(files_->Serve(post).has_value());
}

TEST(StaticFilesLoadTest, AMissingFolderIsUnavailable) {
  TempDir dir;
  auto files = StaticFiles::Load((dir.path() / "nope").string());
  ASSERT_FALSE(files);
  EXPECT_EQ(files.error().code, ErrorCode::kUnavailable);
}

TEST(MimeTypeTest, KnowsTheWebTypes) {
  EXPECT_EQ(MimeTypeOf("a.HTML"), "text/html; charset=utf-8");
  EXPECT_EQ(MimeTypeOf("a.css"), "text/css; charset=utf-8");
  EXPECT_EQ(MimeTypeOf("a.woff2"), "font/woff2");
  EXPECT_EQ(MimeTypeOf("a.png"), "image/png");
  EXPECT_EQ(MimeTypeOf("a.webmanifest"),
            "application/manifest+json; charset=utf-8");
  EXPECT_EQ(MimeTypeOf("README"), "application/octet-stream");
}

TEST(HashedNameTest, TellsBundlerNamesFromPlainOnes) {
  EXPECT_TRUE(HasHashedName("/assets/index-3f9a1c2b.js"));
  EXPECT_TRUE(HasHashedName("logo.8d2e77f1.svg"));
  EXPECT_TRUE(HasHashedName("index-BQ9x_k2L.css"));
  EXPECT_FALSE(HasHashedName("index.html"));
  EXPECT_FALSE(HasHashedName("my-component.js"));
  EXPECT_FALSE(HasHashedName("abcdefgh-abcdefgh.js"));  // no digit
}

}  // namespace
}  // namespace knoten::http
