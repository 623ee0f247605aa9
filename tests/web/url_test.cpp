#include "src/web/url.hpp"

#include <gtest/gtest.h>

namespace folio {
namespace {

constexpr std::string_view kPage = "https://example.org/blog/posts/x/";
constexpr std::string_view kSite = "https://example.org/blog/";

TEST(Url, ResolvesRelativeReferencesAgainstThePermalink) {
    EXPECT_EQ(absolute_url("img/a.png", kPage, kSite),
              "https://example.org/blog/posts/x/img/a.png");
    EXPECT_EQ(absolute_url("./a/./b/../c.png#top", kPage, kSite),
              "https://example.org/blog/posts/x/a/c.png#top");
    EXPECT_EQ(absolute_url("../other/", kPage, kSite), "https://example.org/blog/posts/other/");
    EXPECT_EQ(absolute_url("../../../../../x", kPage, kSite), "https://example.org/x");
    EXPECT_EQ(absolute_url("?page=2", kPage, kSite), "https://example.org/blog/posts/x/?page=2");
    EXPECT_EQ(absolute_url("..", kPage, kSite), "https://example.org/blog/posts/");
}

TEST(Url, JoinsSiteAbsolutePathsToTheBaseUrl) {
    EXPECT_EQ(absolute_url("/images/a.png", kPage, kSite), "https://example.org/blog/images/a.png");
    EXPECT_EQ(absolute_url("/", kPage, "https://example.org"), "https://example.org/");
    EXPECT_EQ(absolute_url("/a?b=1#c", kPage, "https://example.org/"),
              "https://example.org/a?b=1#c");
}

TEST(Url, KeepsFragmentsSchemesAndTakesTheSchemeForNetworkPaths) {
    EXPECT_EQ(absolute_url("#notes", kPage, kSite), "#notes");
    EXPECT_EQ(absolute_url("mailto:ann@example.org", kPage, kSite), "mailto:ann@example.org");
    EXPECT_EQ(absolute_url("https://other.example/x", kPage, kSite), "https://other.example/x");
    EXPECT_EQ(absolute_url("//cdn.example/x.png", kPage, kSite), "https://cdn.example/x.png");
    EXPECT_EQ(absolute_url("", kPage, kSite), "");
}

TEST(Url, EncodesWhatAUrlCannotHoldAndKeepsExistingEscapes) {
    EXPECT_EQ(encode_url("https://example.org/a b/caf%C3%A9/é?q=\"x\"&p=100%", UrlContext::xml_text),
              "https://example.org/a%20b/caf%C3%A9/%C3%A9?q=%22x%22&p=100%25");
}

TEST(Url, RefusesABaseUrlThatIsNotAbsolute) {
    EXPECT_EQ(base_url_problem(""),
              "a base URL is required (--base-url or base_url in folio.toml)");
    EXPECT_EQ(base_url_problem("example.org"),
              "base URL 'example.org' must be absolute, starting with https:// or http:// (like "
              "https://example.org/)");
    EXPECT_EQ(base_url_problem("/blog/"),
              "base URL '/blog/' must be absolute, starting with https:// or http:// (like "
              "https://example.org/)");
    EXPECT_EQ(base_url_problem("ftp://example.org/"),
              "base URL 'ftp://example.org/' must be absolute, starting with https:// or http:// "
              "(like https://example.org/)");
    EXPECT_EQ(base_url_problem("https:///x"),
              "base URL 'https:///x' has no host (like https://example.org/)");
    EXPECT_EQ(base_url_problem("https://example.org/?a=1"),
              "base URL 'https://example.org/?a=1' must not contain a query, a fragment or spaces");
    EXPECT_EQ(base_url_problem("HTTPS://example.org/blog"), "");
}

// The two percent-encoding rules differ on purpose (see UrlContext): these are the differences.
TEST(Url, EncodesForAnHtmlAttributeAsCmarkDoes) {
    EXPECT_EQ(encode_url("a b/[x]/é?q='1'&r=100%", UrlContext::html_attribute),
              "a%20b/%5Bx%5D/%C3%A9?q=&#x27;1&#x27;&amp;r=100%");
}

TEST(Url, EncodesForXmlTextAsAFeedValidatorAccepts) {
    EXPECT_EQ(encode_url("a b/[x]/é?q='1'&r=100%", UrlContext::xml_text),
              "a%20b/[x]/%C3%A9?q='1'&r=100%25");
}

// A whole URL as one form value: only unreserved bytes pass, so `%20` in it arrives as `%20`.
TEST(Url, EncodesAFormValueSoTheReceiverDecodesTheUrlByteForByte) {
    EXPECT_EQ(encode_url("https://x.org/a b/é?q='1'&r=%20~+", UrlContext::form_value),
              "https%3A%2F%2Fx.org%2Fa%20b%2F%C3%A9%3Fq%3D%271%27%26r%3D%2520~%2B");
}

TEST(Url, BothRulesKeepExistingEscapesAndEncodeTheSameUnsafeBytes) {
    for (const UrlContext context : {UrlContext::html_attribute, UrlContext::xml_text}) {
        EXPECT_EQ(encode_url("caf%C3%a9", context), "caf%C3%a9");
        EXPECT_EQ(encode_url("\"<>\\^`{|}\x01\x7f", context),
                  "%22%3C%3E%5C%5E%60%7B%7C%7D%01%7F");
        std::string appended = "x=";
        append_encoded_url(appended, "a b", context);
        EXPECT_EQ(appended, "x=a%20b");
    }
}

}  // namespace
}  // namespace folio
