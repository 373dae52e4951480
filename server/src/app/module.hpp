// A capability module: what one capability folder declares and contributes to the application.
// The composition root (app/modules.cpp) holds the one list of modules; nothing else names them.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "audit/audit_log.hpp"
#include "auth/action.hpp"
#include "db/database.hpp"
#include "http/router.hpp"
#include "platform/clock.hpp"
#include "policy/policy_key.hpp"

namespace kefu::app {

/// A table column whose CHECK constraint lists the values of an enum.
struct SqlEnumColumn {
    std::string_view table;
    std::string_view column;
};

/// A persisted enum: its schema name in the contract (docs/api/schemas), every wire name, and
/// the columns that store it. enum_declarations_test holds the four in agreement.
struct EnumDeclaration {
    std::string_view contract_name;
    std::vector<std::string> values;
    std::vector<SqlEnumColumn> columns;
};

/// Everything a module declares, checked at start-up (CheckDeclarations) and in tests.
struct ModuleDeclarations {
    std::vector<auth::ActionGrant> actions;
    std::vector<audit::AuditEvent> audit_events;
    std::vector<EnumDeclaration> enums;
    std::vector<policy::PolicyKeySpec> policy_keys;
    /// Routes reachable without logging in, as "<method> <path>" (e.g. "post /api/v1/auth/login").
    std::vector<std::string> public_routes;
    /// Routes any logged-in user may call whatever their roles (e.g. "get /api/v1/auth/me").
    std::vector<std::string> any_session_routes;
};

/// One demo login, printed by `kefu demo`.
struct DemoLogin {
    std::string username;
    std::string role;
    std::string display_name;
};

/// What the demo steps did: records created per kind (e.g. "staff": 27) and the logins.
struct DemoReport {
    std::map<std::string, int, std::less<>> created;
    std::vector<DemoLogin> logins;
    /// How many `kind` records this run created (0 when none or already loaded).
    int Created(std::string_view kind) const {
        auto it = created.find(kind);
        return it == created.end() ? 0 : it->second;
    }
};

/// One item of the home page: what a role must look at today, e.g. 3 requests to approve.
struct HomeItem {
    std::string key;     ///< stable name the UI labels, e.g. "approvalsPending"
    std::int64_t count;  ///< how many
    std::string path;    ///< the page that lists them, e.g. "/approvals"
};

/// One module's declarations, with the module's name.
struct NamedDeclarations {
    std::string_view module;
    ModuleDeclarations declarations;
};

/// What the demo loader gives every module's demo step.
struct DemoContext {
    const auth::Principal& system;
    Date today;
    DemoReport& report;
    /// The demo's login accounts by username, with the system's rights, once the accounts
    /// module has loaded them: what the demo records on their behalf carries their names (a
    /// line-up saved by 王建国, not by "system").
    std::map<std::string, auth::Principal, std::less<>> people = {};

    /// The demo account `username` acting with the system's rights; the system when there is
    /// none (a module loaded without accounts).
    const auth::Principal& As(std::string_view username) const {
        const auto found = people.find(username);
        return found == people.end() ? system : found->second;
    }
};

/// The shared services every module is built on.
struct Core {
    db::Database& database;
    TransactionRunner& transactions;
    audit::AuditLog& audit;
    const Clock& clock;
};

/// One capability. Its folder holds the core, sql/ and http/ adapters and this wiring.
class Module {
public:
    virtual ~Module() = default;
    /// A short lower-case name, e.g. "staff".
    virtual std::string_view name() const = 0;
    virtual ModuleDeclarations Declarations() const = 0;
    /// Called once after every module is built, with every module's declarations (the policy
    /// store collects the keys all modules read). Returns the problems it found, one sentence
    /// each.
    virtual std::vector<std::string> Assemble(std::span<const NamedDeclarations> all) {
        (void)all;
        return {};
    }
    /// What the principal must look at today from this module (home page); empty when nothing.
    virtual Result<std::vector<HomeItem>> HomeItems(const auth::Principal& principal) {
        (void)principal;
        return std::vector<HomeItem>();
    }
    /// Registers the module's routes; each names the action it needs (or is declared public).
    virtual void RegisterRoutes(http::Router& router) = 0;
    /// Loads the reference data this binary carries (e.g. administrative divisions) when the
    /// stored copy differs; run by `kefu migrate` after the schema. Returns lines to print.
    virtual Result<std::vector<std::string>> LoadReferenceData() {
        return std::vector<std::string>();
    }
    /// FAILED_PRECONDITION (naming the command to run) when the stored reference data is not the
    /// one this binary carries; `kefu serve` refuses to start then.
    virtual Result<void> CheckReferenceData(std::string_view database) {
        (void)database;
        return {};
    }
    /// Adds the module's share of the demo department; must be idempotent (run twice, add once).
    virtual Result<void> LoadDemo(DemoContext& context) {
        (void)context;
        return {};
    }
};

}  // namespace kefu::app
