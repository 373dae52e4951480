#include "app/application.hpp"

#include "audit/http/audit_routes.hpp"
#include "auth/http/auth_routes.hpp"
#include "dealers/http/dealer_routes.hpp"
#include "geo/http/division_routes.hpp"
#include "policy/http/policy_routes.hpp"
#include "staff/http/staff_routes.hpp"

namespace kefu::app {

Application::Application(std::unique_ptr<db::Database> database,
                         const Clock& clock,
                         const AppSettings& settings)
    : database_(std::move(database)),
      clock_(clock),
      migrator_(*database_),
      transactions_(*database_),
      audit_(audit_repository_, transactions_, clock_),
      auth_(
          user_repository_, session_repository_, transactions_, audit_, clock_, settings.sessions),
      users_(user_repository_,
             session_repository_,
             transactions_,
             audit_,
             clock_,
             settings.hash_strength),
      policy_(policy_repository_, transactions_, audit_),
      staff_(staff_repository_, transactions_, policy_, audit_, clock_),
      training_(staff_repository_, training_repository_, transactions_, audit_, clock_),
      dealers_(dealer_repository_, transactions_),
      divisions_(division_repository_, transactions_) {}

Result<std::unique_ptr<Application>> Application::Open(const db::DatabaseConfig& config,
                                                       const Clock& clock,
                                                       AppSettings settings) {
    KEFU_ASSIGN_OR_RETURN(auto database, db::Database::Open(config, settings.pool_size));
    return std::unique_ptr<Application>(new Application(std::move(database), clock, settings));
}

void Application::RegisterRoutes(http::Router& router) {
    router.Get("/api/v1/health",
               http::Access::kPublic,
               [this](http::RequestContext&) -> Result<http::HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(int version, migrator_.CurrentVersion());
                   return http::HttpResponse::Ok(
                       {{"status", "ok"},
                        {"version", "0.1.0"},
                        {"schemaVersion", version},
                        {"database",
                         database_->dialect() == db::Dialect::kSqlite ? "sqlite" : "postgresql"}});
               });
    auth::RegisterAuthRoutes(router, auth_, users_);
    staff::RegisterStaffRoutes(router, staff_, training_);
    audit::RegisterAuditRoutes(router, audit_);
    policy::RegisterPolicyRoutes(router, policy_, clock_);
    dealers::RegisterDealerRoutes(router, dealers_);
    geo::RegisterDivisionRoutes(router, divisions_);
}

}  // namespace kefu::app
