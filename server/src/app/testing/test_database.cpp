#include "app/testing/test_database.hpp"

#include <fmt/core.h>
#include <soci/soci.h>
#include <sodium.h>

#include <cstdlib>
#include <filesystem>
#include <stdexcept>

#include "auth/accounts_module.hpp"
#include "dealers/dealer_module.hpp"

namespace kefu::testing {
namespace {

std::string RandomSuffix() {
    if (sodium_init() < 0) throw std::runtime_error("libsodium");
    return fmt::format("{:08x}", randombytes_random());
}

std::string AdminUrl() {
    const char* url = std::getenv("KEFU_TEST_PG");
    if (url == nullptr || *url == '\0') {
        throw std::runtime_error(
            "KEFU_TEST_ENGINE=postgresql needs KEFU_TEST_PG (scripts/pg_tmp.sh start prints it)");
    }
    return url;
}

// The admin URL with another database name.
std::string WithDatabase(const std::string& admin_url, const std::string& name) {
    return admin_url.substr(0, admin_url.rfind('/') + 1) + name;
}

void RunAdmin(const std::string& sql) {
    auto config = db::ParseDatabaseUrl(AdminUrl());
    if (!config) throw std::runtime_error(config.error().message());
    soci::session session(config->backend, config->connection_string);
    session << sql;
}

}  // namespace

db::Dialect EngineUnderTest() {
    const char* engine = std::getenv("KEFU_TEST_ENGINE");
    return engine != nullptr && std::string_view(engine) == "postgresql" ? db::Dialect::kPostgresql
                                                                         : db::Dialect::kSqlite;
}

TestDatabase::TestDatabase() {
    if (EngineUnderTest() == db::Dialect::kPostgresql) {
        name_ = "kefu_test_" + RandomSuffix();
        RunAdmin("CREATE DATABASE " + name_);
        url_ = WithDatabase(AdminUrl(), name_);
    } else {
        directory_ =
            (std::filesystem::temp_directory_path() / ("kefu-test-" + RandomSuffix())).string();
        std::filesystem::create_directories(directory_);
        url_ = directory_ + "/kefu.db";
    }
    auto config = db::ParseDatabaseUrl(url_);
    if (!config) throw std::runtime_error(config.error().message());
    config_ = *config;
}

TestDatabase::~TestDatabase() {
    try {
        if (!name_.empty()) RunAdmin("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
        if (!directory_.empty()) std::filesystem::remove_all(directory_);
    } catch (const std::exception& e) {
        fmt::print(stderr, "test database cleanup failed: {}\n", e.what());
    }
}

TestApp::TestApp(auth::HashStrength hash_strength, std::size_t planner_threads)
    : clock(*ParseTimestamp("2026-11-27T02:00:00Z")) {
    app::AppSettings settings;
    settings.pool_size = 4;
    settings.hash_strength = hash_strength;
    settings.planner_threads = planner_threads;
    auto opened = app::Application::Open(database.config(), clock, settings);
    if (!opened) throw std::runtime_error(opened.error().message());
    app = std::move(*opened);
    auto migrated = app->migrator().MigrateUp();
    if (!migrated) throw std::runtime_error(migrated.error().message());
}

auth::Principal TestApp::CreateUser(const std::string& username,
                                    std::initializer_list<auth::Role> roles,
                                    std::optional<StaffId> staff) {
    auth::NewUser input;
    input.username = username;
    input.password = std::string(kTestPassword);
    input.display_name = username;
    for (auth::Role r : roles) input.roles.emplace_back(auth::RoleName(r));
    if (staff) input.staff_id = staff->value();
    if (auth::RoleSet(roles).Has(auth::Role::kDealer)) {
        // A dealer account must belong to a dealer; tests get a throwaway one.
        auto dealer = app->module<dealers::DealerModule>().service().Create(
            auth::SystemPrincipal(), {"经销商 " + username, "联系人", "0531-88000000", "济南"});
        if (!dealer) throw std::runtime_error(dealer.error().message());
        input.dealer_id = dealer->id.value();
    }
    auto user = app->module<auth::AccountsModule>().users().Create(auth::SystemPrincipal(), input);
    if (!user) throw std::runtime_error(user.error().message());
    return auth::PrincipalOf(*user, "test-csrf", app->permissions());
}

}  // namespace kefu::testing
