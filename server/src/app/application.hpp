// Composition of kefu: database → repositories → services → routes. Used by main and tests.
#pragma once

#include <memory>

#include "audit/audit_log.hpp"
#include "audit/sql/sql_audit_repository.hpp"
#include "auth/auth_service.hpp"
#include "auth/sql/sql_auth_repository.hpp"
#include "auth/user_service.hpp"
#include "db/database.hpp"
#include "db/migrator.hpp"
#include "dealers/dealer.hpp"
#include "dealers/sql/sql_dealer_repository.hpp"
#include "geo/division_service.hpp"
#include "geo/sql/sql_division_repository.hpp"
#include "http/router.hpp"
#include "platform/clock.hpp"
#include "policy/policy_service.hpp"
#include "policy/sql/sql_policy_repository.hpp"
#include "staff/sql/sql_staff_repository.hpp"
#include "staff/staff_service.hpp"
#include "staff/training_service.hpp"

namespace kefu::app {

/// Settings that differ between production and tests.
struct AppSettings {
    std::size_t pool_size = 8;
    auth::HashStrength hash_strength = auth::HashStrength::kInteractive;
    auth::SessionSettings sessions;
};

/// Every service of kefu over one database. Owns everything it creates.
class Application {
public:
    /// Opens the database (UNAVAILABLE when it cannot) and wires the services.
    static Result<std::unique_ptr<Application>> Open(const db::DatabaseConfig& config,
                                                     const Clock& clock,
                                                     AppSettings settings);

    /// Registers every capability's routes plus /api/v1/health.
    void RegisterRoutes(http::Router& router);

    db::Database& database() { return *database_; }
    db::Migrator& migrator() { return migrator_; }
    TransactionRunner& transactions() { return transactions_; }
    audit::AuditLog& audit() { return audit_; }
    auth::AuthService& auth() { return auth_; }
    auth::UserService& users() { return users_; }
    policy::PolicyService& policy() { return policy_; }
    staff::StaffService& staff() { return staff_; }
    staff::TrainingService& training() { return training_; }
    dealers::DealerService& dealers() { return dealers_; }
    dealers::DealerRepository& dealer_repository() { return dealer_repository_; }
    staff::TrainingRepository& training_repository() { return training_repository_; }
    geo::DivisionService& divisions() { return divisions_; }
    geo::DivisionRepository& division_repository() { return division_repository_; }
    const Clock& clock() const { return clock_; }

private:
    Application(std::unique_ptr<db::Database> database,
                const Clock& clock,
                const AppSettings& settings);

    std::unique_ptr<db::Database> database_;
    const Clock& clock_;
    db::Migrator migrator_;
    db::SociTransactionRunner transactions_;
    audit::SqlAuditRepository audit_repository_;
    auth::SqlUserRepository user_repository_;
    auth::SqlSessionRepository session_repository_;
    policy::SqlPolicyRepository policy_repository_;
    staff::SqlStaffRepository staff_repository_;
    staff::SqlTrainingRepository training_repository_;
    dealers::SqlDealerRepository dealer_repository_;
    geo::SqlDivisionRepository division_repository_;
    audit::AuditLog audit_;
    auth::AuthService auth_;
    auth::UserService users_;
    policy::PolicyService policy_;
    staff::StaffService staff_;
    staff::TrainingService training_;
    dealers::DealerService dealers_;
    geo::DivisionService divisions_;
};

}  // namespace kefu::app
