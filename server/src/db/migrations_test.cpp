#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "db/migrator.hpp"

namespace kefu::db {
namespace {

std::set<std::string> FilesIn(const std::string& dialect) {
    std::set<std::string> names;
    for (const auto& entry :
         std::filesystem::directory_iterator(std::string(KEFU_MIGRATIONS_DIR) + "/" + dialect)) {
        if (entry.path().extension() == ".sql") names.insert(entry.path().filename().string());
    }
    return names;
}

TEST(Migrations, BothDialectsHaveTheSameVersions) {
    const auto sqlite = FilesIn("sqlite");
    const auto pg = FilesIn("postgresql");
    ASSERT_FALSE(sqlite.empty());
    EXPECT_EQ(sqlite, pg);
}

TEST(Migrations, EveryFileIsEmbeddedInOrderWithoutGaps) {
    for (Dialect dialect : {Dialect::kSqlite, Dialect::kPostgresql}) {
        auto embedded = EmbeddedMigrations(dialect);
        std::set<std::string> names;
        int expected = 1;
        for (const Migration& m : embedded) {
            EXPECT_EQ(m.version, expected++);
            char prefix[8];
            std::snprintf(prefix, sizeof prefix, "%04d_", m.version);
            names.insert(std::string(prefix) + std::string(m.name) + ".sql");
        }
        EXPECT_EQ(names, FilesIn("sqlite")) << "a migration file is not listed in CMake";
    }
}

}  // namespace
}  // namespace kefu::db
