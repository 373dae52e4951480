#include "db/database_url.hpp"

#include <gtest/gtest.h>

namespace kefu::db {
namespace {

TEST(DatabaseUrl, PlainPathIsSqlite) {
    auto config = ParseDatabaseUrl("data/kefu.db");
    ASSERT_TRUE(config);
    EXPECT_EQ(config->dialect, Dialect::kSqlite);
    EXPECT_EQ(config->sqlite_path, "data/kefu.db");
    EXPECT_NE(config->connection_string.find("synchronous=full"), std::string::npos);
}

TEST(DatabaseUrl, PostgresUrlBecomesSociKeywordForm) {
    auto config = ParseDatabaseUrl("postgresql://kefu:p%40ss@127.0.0.1:55432/kefu_db");
    ASSERT_TRUE(config);
    EXPECT_EQ(config->dialect, Dialect::kPostgresql);
    EXPECT_EQ(config->connection_string,
              "host='127.0.0.1' port=55432 dbname='kefu_db' user='kefu' password='p@ss'");
    EXPECT_EQ(config->display.find("p@ss"), std::string::npos) << "no password in logs";
}

TEST(DatabaseUrl, PostgresDefaultsPort) {
    auto config = ParseDatabaseUrl("postgresql://postgres@db.local/feas");
    ASSERT_TRUE(config);
    EXPECT_EQ(config->connection_string, "host='db.local' port=5432 dbname='feas' user='postgres'");
}

TEST(DatabaseUrl, RejectsMalformedUrls) {
    EXPECT_FALSE(ParseDatabaseUrl("postgresql://host-only"));
    EXPECT_FALSE(ParseDatabaseUrl("postgresql://u@h:port/db"));
    EXPECT_FALSE(ParseDatabaseUrl("postgresql://u@:5432/db"));
    EXPECT_FALSE(ParseDatabaseUrl(""));
    auto bad = ParseDatabaseUrl("postgresql://u@h/");
    ASSERT_FALSE(bad);
    EXPECT_EQ(bad.error().code(), ErrorCode::kInvalidArgument);
}

}  // namespace
}  // namespace kefu::db
