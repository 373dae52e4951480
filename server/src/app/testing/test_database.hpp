// Test fixtures: a fresh, migrated database on SQLite (temp file) or PostgreSQL (new database on
// the throwaway server in KEFU_TEST_PG), and the whole application on top of it.
#pragma once

#include <cstddef>
#include <memory>
#include <string>

#include "app/application.hpp"

namespace kefu::testing {

/// Which engine a test run uses: KEFU_TEST_ENGINE=postgresql (with KEFU_TEST_PG set to an admin
/// URL such as postgresql://postgres@127.0.0.1:55432/postgres) or SQLite by default.
db::Dialect EngineUnderTest();

/// A fresh empty database that is dropped (PostgreSQL) or deleted (SQLite) at destruction.
class TestDatabase {
public:
    TestDatabase();
    ~TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    /// What `kefu --db` would receive.
    const std::string& url() const { return url_; }
    const db::DatabaseConfig& config() const { return config_; }

private:
    std::string url_;
    std::string name_;
    std::string directory_;
    db::DatabaseConfig config_;
};

/// A migrated database with the application wired on a manual clock (2026-11-27 10:00 China).
struct TestApp {
    /// `hash_strength`: kMinimal keeps hundreds of test logins fast; a test about the cost of a
    /// login asks for kInteractive, what `kefu serve` uses. `planner_threads`: the planning
    /// assistant's runs per proposal (a benchmark asks for what `kefu serve` gives).
    explicit TestApp(auth::HashStrength hash_strength = auth::HashStrength::kMinimal,
                     std::size_t planner_threads = 1);
    /// A user with exactly these roles; returns its principal (password "secret-pass").
    auth::Principal CreateUser(const std::string& username,
                               std::initializer_list<auth::Role> roles,
                               std::optional<StaffId> staff = std::nullopt);

    TestDatabase database;
    ManualClock clock;
    std::unique_ptr<app::Application> app;
};

/// The password CreateUser gives every user.
inline constexpr std::string_view kTestPassword = "secret-pass";

}  // namespace kefu::testing
