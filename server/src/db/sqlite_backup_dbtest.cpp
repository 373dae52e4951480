// R-SEC-4: online backup while a writer is busy, and restore refused while a server holds the DB.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <atomic>
#include <filesystem>
#include <thread>

#include "db/database.hpp"
#include "db/sqlite_backup.hpp"

namespace kefu::db {
namespace {

class SqliteBackup : public ::testing::Test {
protected:
    void SetUp() override {
        dir_ = std::filesystem::temp_directory_path() /
               ("kefu-backup-" + std::to_string(::getpid()) + "-" +
                ::testing::UnitTest::GetInstance()->current_test_info()->name());
        std::filesystem::remove_all(dir_);
        std::filesystem::create_directories(dir_);
        path_ = (dir_ / "live.db").string();
        auto config = ParseDatabaseUrl(path_);
        ASSERT_TRUE(config);
        auto db = Database::Open(*config, 2);
        ASSERT_TRUE(db);
        db_ = std::move(*db);
        soci::session session(db_->pool());
        session << "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT, "
                   "applied_at TEXT)";
        session << "INSERT INTO schema_migrations VALUES (1, 'x', 'now')";
        session << "CREATE TABLE items (id INTEGER PRIMARY KEY, label TEXT NOT NULL)";
    }
    void TearDown() override {
        db_.reset();
        std::filesystem::remove_all(dir_);
    }
    long long Count(const std::string& file) {
        soci::session session("sqlite3", "db=" + file);
        long long n = 0;
        session << "SELECT COUNT(*) FROM items", soci::into(n);
        return n;
    }

    std::filesystem::path dir_;
    std::string path_;
    std::unique_ptr<Database> db_;
};

TEST_F(SqliteBackup, CopiesAConsistentDatabaseWhileAWriterCommits) {
    std::atomic<bool> stop{false};
    std::atomic<long long> committed{0};
    std::thread writer([&] {
        soci::session session(db_->pool());
        for (int i = 0; !stop && i < 100000; ++i) {
            session << "BEGIN IMMEDIATE";
            session << "INSERT INTO items (label) VALUES ('货品-" + std::to_string(i) + "')";
            session << "COMMIT";
            ++committed;
        }
    });
    while (committed < 200) std::this_thread::yield();
    const long long before = committed;
    const std::string backup = (dir_ / "backup.db").string();
    auto result = BackupSqlite(path_, backup);
    stop = true;
    writer.join();
    ASSERT_TRUE(result) << result.error().message();
    const long long copied = Count(backup);
    EXPECT_GE(copied, before) << "everything committed before the backup started is in it";
    EXPECT_LE(copied, committed.load());
    soci::session check("sqlite3", "db=" + backup);
    std::string integrity;
    check << "PRAGMA integrity_check", soci::into(integrity);
    EXPECT_EQ(integrity, "ok");
}

TEST_F(SqliteBackup, RestoreIsRefusedWhileAServerHoldsTheDatabase) {
    const std::string backup = (dir_ / "backup.db").string();
    ASSERT_TRUE(BackupSqlite(path_, backup));
    {
        soci::session session(db_->pool());
        session << "INSERT INTO items (label) VALUES ('after backup')";
    }
    auto lock = DatabaseLock::Acquire(path_);
    ASSERT_TRUE(lock);
    auto refused = RestoreSqlite(backup, path_);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
    EXPECT_EQ(Count(path_), 1) << "nothing was overwritten";
}

TEST_F(SqliteBackup, RestoreBringsBackTheBackedUpState) {
    const std::string backup = (dir_ / "backup.db").string();
    ASSERT_TRUE(BackupSqlite(path_, backup));
    {
        soci::session session(db_->pool());
        session << "INSERT INTO items (label) VALUES ('after backup')";
    }
    db_.reset();  // the server is stopped
    ASSERT_TRUE(RestoreSqlite(backup, path_));
    EXPECT_EQ(Count(path_), 0);
}

TEST_F(SqliteBackup, RestoreRefusesAFileThatIsNotAKefuBackup) {
    const std::string junk = (dir_ / "junk.db").string();
    {
        soci::session session("sqlite3", "db=" + junk);
        session << "CREATE TABLE other (x INTEGER)";
    }
    db_.reset();
    auto refused = RestoreSqlite(junk, path_);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code(), ErrorCode::kFailedPrecondition);
}

}  // namespace
}  // namespace kefu::db
