// Composition of kefu: database → core services → capability modules → routes. Used by main
// and tests. The one list of modules is in modules.cpp.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/module.hpp"
#include "audit/audit_log.hpp"
#include "audit/sql/sql_audit_repository.hpp"
#include "auth/auth_service.hpp"
#include "auth/credentials.hpp"
#include "auth/permission_table.hpp"
#include "auth/sql/sql_auth_repository.hpp"
#include "db/database.hpp"
#include "db/migrator.hpp"
#include "http/router.hpp"
#include "platform/clock.hpp"
#include "policy/policy_key.hpp"

namespace kefu::app {

/// Settings that differ between production and tests.
struct AppSettings {
    std::size_t pool_size = 8;
    auth::HashStrength hash_strength = auth::HashStrength::kInteractive;
    auth::SessionSettings sessions;
    /// An OSRM-compatible server for the planning assistant's travel times; empty: straight lines.
    std::string osrm_url;
    /// Annealing runs per proposal of the planning assistant (kefu serve: one per core, up to 2).
    std::size_t planner_threads = 1;
};

/// Every service of kefu over one database. Owns everything it creates.
class Application {
public:
    /// Opens the database (UNAVAILABLE when it cannot), builds the modules and assembles the
    /// permission table, policy catalogue and audit events from their declarations (INTERNAL,
    /// naming every problem, when the declarations contradict each other).
    static Result<std::unique_ptr<Application>> Open(const db::DatabaseConfig& config,
                                                     const Clock& clock,
                                                     const AppSettings& settings);
    ~Application();

    /// Registers every module's routes plus /api/v1/health, then checks that every route names
    /// a declared action or is declared public (INTERNAL listing every problem otherwise).
    Result<void> RegisterRoutes(http::Router& router);
    /// Runs every module's demo step, in module order; idempotent.
    Result<DemoReport> LoadDemo();
    /// Every module's reference-data load (after the schema migration); lines to print.
    Result<std::vector<std::string>> LoadReferenceData();
    /// FAILED_PRECONDITION when a module's stored reference data is stale.
    Result<void> CheckReferenceData();

    /// The module of type M (the composition root guarantees there is exactly one).
    template <class M>
    M& module() const {
        for (const auto& m : modules_) {
            if (auto* found = dynamic_cast<M*>(m.get())) return *found;
        }
        std::abort();  // a module type the composition root does not build: a programming error
    }
    const std::vector<std::unique_ptr<Module>>& modules() const { return modules_; }
    /// Every module's declarations, plus the application's own (health, error codes).
    std::vector<NamedDeclarations> Declarations() const;

    db::Database& database() { return *database_; }
    db::Migrator& migrator() { return migrator_; }
    TransactionRunner& transactions() { return transactions_; }
    audit::AuditLog& audit() { return audit_; }
    auth::AuthService& auth() { return auth_; }
    const auth::PermissionTable& permissions() const { return permissions_; }
    const Clock& clock() const { return clock_; }

private:
    Application(std::unique_ptr<db::Database> database,
                const Clock& clock,
                const AppSettings& settings);
    /// Builds the modules, in dependency order (modules.cpp).
    void AddModules();
    /// Assembles the permission table, policy catalogue and audit events; problems found.
    std::vector<std::string> Assemble();
    template <class M, class... Args>
    M& Add(Args&&... args) {
        auto module = std::make_unique<M>(std::forward<Args>(args)...);
        M& out = *module;
        modules_.push_back(std::move(module));
        return out;
    }

    std::unique_ptr<db::Database> database_;
    const Clock& clock_;
    AppSettings settings_;
    db::Migrator migrator_;
    db::SociTransactionRunner transactions_;
    audit::SqlAuditRepository audit_repository_;
    auth::SqlUserRepository user_repository_;
    auth::SqlSessionRepository session_repository_;
    auth::PermissionTable permissions_;
    audit::AuditLog audit_;
    auth::AuthService auth_;
    Core core_;
    std::vector<std::unique_ptr<Module>> modules_;
};

}  // namespace kefu::app
