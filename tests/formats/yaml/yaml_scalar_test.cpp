#include "formats/yaml/yaml_scalar.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <string>

namespace folio {
namespace {

Value text(const char* s) { return Value{std::string(s)}; }
Value integer(std::int64_t i) { return Value{i}; }

TEST(YamlPlainScalar, ReadsTheCoreSchemaNulls) {
    for (const char* null : {"", "~", "null", "Null", "NULL"}) {
        EXPECT_EQ(type_plain_yaml_scalar(null), Value{Null{}}) << null;
    }
    EXPECT_EQ(type_plain_yaml_scalar("nULL"), text("nULL"));
}

TEST(YamlPlainScalar, ReadsOnlyTheSixCoreSchemaBooleans) {
    for (const char* yes : {"true", "True", "TRUE"}) EXPECT_EQ(type_plain_yaml_scalar(yes), Value{true});
    for (const char* no : {"false", "False", "FALSE"}) EXPECT_EQ(type_plain_yaml_scalar(no), Value{false});
    for (const char* word : {"yes", "no", "on", "off", "Yes", "OFF", "y", "tRUE"}) {
        EXPECT_EQ(type_plain_yaml_scalar(word), text(word)) << word;
    }
}

TEST(YamlPlainScalar, ReadsIntegersInEveryCoreSchemaBase) {
    EXPECT_EQ(type_plain_yaml_scalar("0"), integer(0));
    EXPECT_EQ(type_plain_yaml_scalar("042"), integer(42));
    EXPECT_EQ(type_plain_yaml_scalar("+12"), integer(12));
    EXPECT_EQ(type_plain_yaml_scalar("-12"), integer(-12));
    EXPECT_EQ(type_plain_yaml_scalar("0x1f"), integer(31));
    EXPECT_EQ(type_plain_yaml_scalar("0xFF"), integer(255));
    EXPECT_EQ(type_plain_yaml_scalar("0o17"), integer(15));
    EXPECT_EQ(type_plain_yaml_scalar("9223372036854775807"),
              integer(std::numeric_limits<std::int64_t>::max()));
    EXPECT_EQ(type_plain_yaml_scalar("-9223372036854775808"),
              integer(std::numeric_limits<std::int64_t>::min()));
}

TEST(YamlPlainScalar, TurnsDecimalsBeyondInt64IntoFloats) {
    EXPECT_EQ(type_plain_yaml_scalar("9223372036854775808"), Value{9223372036854775808.0});
    EXPECT_EQ(type_plain_yaml_scalar("-99999999999999999999"), Value{-1e20});
}

TEST(YamlPlainScalar, KeepsNonCoreSchemaIntegersAsText) {
    for (const char* word : {"0x", "0xG1", "0o8", "-0x10", "+0o7", "0b101", "1_000", "12a", "+", "-"}) {
        EXPECT_EQ(type_plain_yaml_scalar(word), text(word)) << word;
    }
    EXPECT_EQ(type_plain_yaml_scalar("0x10000000000000000"), text("0x10000000000000000"));
}

TEST(YamlPlainScalar, ReadsFloats) {
    EXPECT_EQ(type_plain_yaml_scalar("1.5"), Value{1.5});
    EXPECT_EQ(type_plain_yaml_scalar("-.5"), Value{-0.5});
    EXPECT_EQ(type_plain_yaml_scalar("+2."), Value{2.0});
    EXPECT_EQ(type_plain_yaml_scalar("1e3"), Value{1000.0});
    EXPECT_EQ(type_plain_yaml_scalar("2.5E-2"), Value{0.025});
    EXPECT_EQ(type_plain_yaml_scalar("1e999"), Value{std::numeric_limits<double>::infinity()});
    EXPECT_EQ(type_plain_yaml_scalar("-1e-999"), Value{-0.0});
    EXPECT_EQ(type_plain_yaml_scalar(".inf"), Value{std::numeric_limits<double>::infinity()});
    EXPECT_EQ(type_plain_yaml_scalar("-.Inf"), Value{-std::numeric_limits<double>::infinity()});
    const Value nan = type_plain_yaml_scalar(".NaN");
    ASSERT_TRUE(std::holds_alternative<double>(nan.data));
    EXPECT_TRUE(std::isnan(std::get<double>(nan.data)));
}

TEST(YamlPlainScalar, KeepsAlmostFloatsAsText) {
    for (const char* word : {".", "1.2.3", "1e", "e3", "1e+", ".infinity", "nan", "inf", "1,5", "3.14abc"}) {
        EXPECT_EQ(type_plain_yaml_scalar(word), text(word)) << word;
    }
}

TEST(YamlPlainScalar, ReadsTimestampsAsDates) {
    EXPECT_EQ(type_plain_yaml_scalar("2025-12-21"), Value{*parse_date("2025-12-21")});
    EXPECT_EQ(type_plain_yaml_scalar("2025-12-21 10:00:00 +0100"),
              Value{*parse_date("2025-12-21 10:00:00 +0100")});
    EXPECT_EQ(type_plain_yaml_scalar("2025-12-21 at noon"), text("2025-12-21 at noon"));
    EXPECT_EQ(type_plain_yaml_scalar("10:00"), text("10:00"));
}

}  // namespace
}  // namespace folio
