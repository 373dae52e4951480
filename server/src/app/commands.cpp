#include "app/commands.hpp"

#include <fmt/core.h>
#include <spdlog/spdlog.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <memory>

#include "app/application.hpp"
#include "auth/accounts_module.hpp"
#include "db/sqlite_backup.hpp"
#include "dispatch/day_plan.hpp"
#include "http/api_server.hpp"
#include "planner/osrm/osrm_table_provider.hpp"

namespace kefu::app {
namespace {

constexpr const char* kDefaultDb = "data/kefu.db";

std::atomic<http::ApiServer*> g_server{nullptr};

void StopOnSignal(int) {
    if (http::ApiServer* server = g_server.load()) server->Stop();
}

int Report(const Error& error) {
    fmt::print(stderr, "kefu: {}\n", error.message());
    for (const auto& v : error.violations()) {
        fmt::print(stderr, "  {}: {}\n", v.field, v.reason);
    }
    return error.code() == ErrorCode::kFailedPrecondition ? 3 : 1;
}

// Opens the application; for SQLite creates the folder of the file first.
Result<std::unique_ptr<Application>> OpenApp(const std::string& db_url,
                                             const Clock& clock,
                                             const AppSettings& settings = {}) {
    KEFU_ASSIGN_OR_RETURN(db::DatabaseConfig config, db::ParseDatabaseUrl(db_url));
    if (config.dialect == db::Dialect::kSqlite) {
        const auto parent = std::filesystem::path(config.sqlite_path).parent_path();
        if (!parent.empty()) std::filesystem::create_directories(parent);
    }
    return Application::Open(config, clock, settings);
}

struct ServeOptions {
    std::string db = kDefaultDb;
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string data_dir = "data";
    std::string www = "web/dist";
    std::size_t threads = 64;
    std::size_t max_connections = 10'000;
    bool secure_cookies = false;
    std::string osrm_url;  ///< empty: the planning assistant uses straight lines
    std::size_t planner_threads = dispatch::DefaultPlannerThreads();
};

int Serve(const ServeOptions& options) {
    SystemClock clock;
    auto config = db::ParseDatabaseUrl(options.db);
    if (!config) return Report(config.error());
    std::optional<db::DatabaseLock> lock;
    if (config->dialect == db::Dialect::kSqlite) {
        if (!std::filesystem::exists(config->sqlite_path)) {
            return Report(Error::FailedPrecondition(
                fmt::format("no database at {}; create it with: kefu migrate --db {}",
                            config->sqlite_path,
                            config->sqlite_path)));
        }
        auto acquired = db::DatabaseLock::Acquire(config->sqlite_path);
        if (!acquired) return Report(acquired.error());
        lock.emplace(std::move(*acquired));
    }
    AppSettings settings;
    settings.pool_size = 16;
    // A typo in the routing server's URL is refused now, not at the first proposal.
    if (!options.osrm_url.empty()) {
        auto url = planner::ParseOsrmBaseUrl(options.osrm_url);
        if (!url) return Report(url.error());
    }
    settings.osrm_url = options.osrm_url;
    settings.planner_threads = options.planner_threads;
    auto app = Application::Open(*config, clock, settings);
    if (!app) return Report(app.error());
    if (auto up_to_date = (*app)->migrator().CheckUpToDate(); !up_to_date) {
        return Report(up_to_date.error());
    }
    if (auto current = (*app)->CheckReferenceData(); !current) return Report(current.error());

    http::ServerOptions server_options;
    server_options.host = options.host;
    server_options.port = options.port;
    server_options.www_dir = options.www;
    server_options.threads = options.threads;
    server_options.max_connections = options.max_connections;
    server_options.secure_cookies = options.secure_cookies;
    http::ApiServer server(server_options, (*app)->auth());
    if (auto routes = (*app)->RegisterRoutes(server.router()); !routes) {
        return Report(routes.error());
    }

    std::filesystem::create_directories(options.data_dir);
    const std::string pidfile = options.data_dir + "/kefu.pid";
    std::ofstream(pidfile) << ::getpid() << "\n";
    g_server = &server;
    ::signal(SIGTERM, StopOnSignal);
    ::signal(SIGINT, StopOnSignal);
    spdlog::info("kefu serving http://{}:{} (database {}, web {}{})",
                 options.host,
                 options.port,
                 config->display,
                 options.www,
                 options.secure_cookies ? ", Secure cookies" : "");
    if (!options.osrm_url.empty()) {
        spdlog::info("planning assistant: travel times from OSRM at {}", options.osrm_url);
    }
    spdlog::info("planning assistant: {} annealing run(s) per proposal", options.planner_threads);
    const bool ok = server.Listen();
    g_server = nullptr;
    std::filesystem::remove(pidfile);
    if (!ok) {
        fmt::print(stderr, "kefu: cannot listen on {}:{} (in use?)\n", options.host, options.port);
        return 1;
    }
    spdlog::info("kefu stopped");
    return 0;
}

void AddServe(CLI::App& cli, int& exit_code) {
    auto options = std::make_shared<ServeOptions>();
    auto* cmd = cli.add_subcommand("serve", "Serve the web UI and the API");
    cmd->add_option("--db", options->db, "SQLite file or postgresql://user@host:port/db")
        ->capture_default_str();
    cmd->add_option("--host", options->host, "Address to listen on")->capture_default_str();
    cmd->add_option("--port", options->port, "Port to listen on")->capture_default_str();
    cmd->add_option("--data-dir", options->data_dir, "Folder for the pidfile")
        ->capture_default_str();
    cmd->add_option("--www", options->www, "Built web UI folder")->capture_default_str();
    cmd->add_option("--threads", options->threads, "HTTP worker threads")->capture_default_str();
    cmd->add_option("--max-connections",
                    options->max_connections,
                    "Open connections at most (the least recently served idle one makes room)")
        ->capture_default_str();
    cmd->add_flag("--secure-cookies",
                  options->secure_cookies,
                  "Mark the session cookie Secure (serve behind a TLS proxy; see README)");
    cmd->add_option("--osrm-url",
                    options->osrm_url,
                    "OSRM-compatible server (e.g. http://127.0.0.1:5000) whose /table gives the "
                    "planning assistant road distances and times; default: straight lines")
        ->envname("KEFU_OSRM_URL");
    cmd->add_option("--planner-threads",
                    options->planner_threads,
                    "Annealing runs per proposal of the planning assistant, in parallel (the "
                    "helpers at a lower priority than the HTTP workers)")
        ->check(CLI::Range(1, 8))
        ->capture_default_str();
    cmd->callback([options, &exit_code] { exit_code = Serve(*options); });
}

void AddMigrate(CLI::App& cli, int& exit_code) {
    auto db = std::make_shared<std::string>(kDefaultDb);
    auto* cmd = cli.add_subcommand("migrate", "Create or upgrade the database schema");
    cmd->add_option("--db", *db, "SQLite file or postgresql:// URL")->capture_default_str();
    cmd->callback([db, &exit_code] {
        SystemClock clock;
        auto app = OpenApp(*db, clock);
        if (!app) return void(exit_code = Report(app.error()));
        auto applied = (*app)->migrator().MigrateUp();
        if (!applied) return void(exit_code = Report(applied.error()));
        fmt::print("kefu: {} migration(s) applied; schema version {}\n",
                   *applied,
                   (*app)->migrator().LatestVersion());
        auto loaded = (*app)->LoadReferenceData();
        if (!loaded) return void(exit_code = Report(loaded.error()));
        for (const std::string& line : *loaded) fmt::print("kefu: {}\n", line);
    });
}

void AddDemo(CLI::App& cli, int& exit_code) {
    auto db = std::make_shared<std::string>(kDefaultDb);
    auto fast = std::make_shared<bool>(false);
    auto* cmd = cli.add_subcommand("demo", "Load demo data (idempotent) and print the logins");
    cmd->add_option("--db", *db, "SQLite file or postgresql:// URL")->capture_default_str();
    cmd->add_flag("--fast-hashes", *fast, "Cheap password hashes (test fixtures only)");
    cmd->callback([db, fast, &exit_code] {
        SystemClock clock;
        AppSettings settings;
        if (*fast) settings.hash_strength = auth::HashStrength::kMinimal;
        auto app = OpenApp(*db, clock, settings);
        if (!app) return void(exit_code = Report(app.error()));
        if (auto ok = (*app)->migrator().CheckUpToDate(); !ok) {
            return void(exit_code = Report(ok.error()));
        }
        auto report = (*app)->LoadDemo();
        if (!report) return void(exit_code = Report(report.error()));
        std::string created;
        for (const auto& [kind, count] : report->created) {
            created += fmt::format("{}{} {}", created.empty() ? "" : ", ", count, kind);
        }
        fmt::print("kefu demo: created {}{}\n",
                   created.empty() ? "nothing" : created,
                   report->Created("staff") == 0 ? " (demo data was already loaded)" : "");
        fmt::print("\nDemo logins (password for all: {}):\n", auth::kDemoPassword);
        for (const auto& login : report->logins) {
            fmt::print("  {:<12} {:<12} {}\n", login.username, login.role, login.display_name);
        }
    });
}

void AddUser(CLI::App& cli, int& exit_code) {
    auto* user = cli.add_subcommand("user", "Manage login accounts");
    user->require_subcommand(1);

    struct AddOptions {
        std::string db = kDefaultDb;
        std::string username;
        std::string password;
        std::string name;
        std::vector<std::string> roles;
    };
    auto add = std::make_shared<AddOptions>();
    auto* add_cmd = user->add_subcommand("add", "Create a user");
    add_cmd->add_option("--db", add->db)->capture_default_str();
    add_cmd->add_option("--username", add->username)->required();
    add_cmd->add_option("--password", add->password, "or set KEFU_PASSWORD");
    add_cmd->add_option("--name", add->name, "Display name")->required();
    add_cmd->add_option("--role", add->roles, "Role (repeatable)")->required();
    add_cmd->callback([add, &exit_code] {
        SystemClock clock;
        auto app = OpenApp(add->db, clock);
        if (!app) return void(exit_code = Report(app.error()));
        auth::NewUser input;
        input.username = add->username;
        const char* env = std::getenv("KEFU_PASSWORD");
        input.password = !add->password.empty() ? add->password : (env ? env : "");
        input.display_name = add->name;
        input.roles = add->roles;
        auto created =
            (*app)->module<auth::AccountsModule>().users().Create(auth::SystemPrincipal(), input);
        if (!created) return void(exit_code = Report(created.error()));
        fmt::print("kefu: user {} created (id {})\n", created->username, created->id.value());
    });

    struct ResetOptions {
        std::string db = kDefaultDb;
        std::string username;
        std::string password;
    };
    auto reset = std::make_shared<ResetOptions>();
    auto* reset_cmd = user->add_subcommand("reset-password", "Set a new password");
    reset_cmd->add_option("--db", reset->db)->capture_default_str();
    reset_cmd->add_option("--username", reset->username)->required();
    reset_cmd->add_option("--password", reset->password, "or set KEFU_PASSWORD");
    reset_cmd->callback([reset, &exit_code] {
        SystemClock clock;
        auto app = OpenApp(reset->db, clock);
        if (!app) return void(exit_code = Report(app.error()));
        const char* env = std::getenv("KEFU_PASSWORD");
        const std::string password = !reset->password.empty() ? reset->password : (env ? env : "");
        auto done = (*app)->module<auth::AccountsModule>().users().SetPasswordByName(
            auth::SystemPrincipal(), reset->username, password);
        if (!done) return void(exit_code = Report(done.error()));
        fmt::print("kefu: password of {} reset; their sessions were ended\n", reset->username);
    });
}

void AddBackupRestore(CLI::App& cli, int& exit_code) {
    struct Options {
        std::string db = kDefaultDb;
        std::string file;
    };
    for (const bool is_backup : {true, false}) {
        auto options = std::make_shared<Options>();
        auto* cmd = cli.add_subcommand(
            is_backup ? "backup" : "restore",
            is_backup ? "Online backup of the SQLite database to FILE (safe while serving)"
                      : "Replace the SQLite database with FILE (the server must be stopped)");
        cmd->add_option("FILE", options->file, "Backup file")->required();
        cmd->add_option("--db", options->db)->capture_default_str();
        cmd->callback([options, is_backup, &exit_code] {
            auto config = db::ParseDatabaseUrl(options->db);
            if (!config) return void(exit_code = Report(config.error()));
            if (config->dialect != db::Dialect::kSqlite) {
                fmt::print(stderr,
                           "kefu: on PostgreSQL use pg_dump -Fc / pg_restore (see README)\n");
                return void(exit_code = 2);
            }
            auto done = is_backup ? db::BackupSqlite(config->sqlite_path, options->file)
                                  : db::RestoreSqlite(options->file, config->sqlite_path);
            if (!done) return void(exit_code = Report(done.error()));
            fmt::print("kefu: {} {} -> {}\n",
                       is_backup ? "backed up" : "restored",
                       is_backup ? config->sqlite_path : options->file,
                       is_backup ? options->file : config->sqlite_path);
        });
    }
}

}  // namespace

void RegisterCommands(CLI::App& cli, int& exit_code) {
    AddServe(cli, exit_code);
    AddMigrate(cli, exit_code);
    AddDemo(cli, exit_code);
    AddUser(cli, exit_code);
    AddBackupRestore(cli, exit_code);
}

}  // namespace kefu::app
