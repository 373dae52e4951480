// The one list of capability modules, in dependency order. Adding a capability adds one line.
#include "app/application.hpp"
#include "approvals/approvals_module.hpp"
#include "audit/audit_module.hpp"
#include "auth/accounts_module.hpp"
#include "catalog/catalog_module.hpp"
#include "customers/customers_module.hpp"
#include "dealers/dealer_module.hpp"
#include "dispatch/dispatch_module.hpp"
#include "expenses/expenses_module.hpp"
#include "field/field_module.hpp"
#include "fleet/fleet_module.hpp"
#include "geo/geo_module.hpp"
#include "jobs/jobs_module.hpp"
#include "policy/policy_module.hpp"
#include "staff/staff_module.hpp"

namespace kefu::app {

void Application::AddModules() {
    auto& policy = Add<policy::PolicyModule>(core_);
    auto& approvals = Add<approvals::ApprovalsModule>(core_);
    auto& staff = Add<staff::StaffModule>(core_, policy.service(), approvals.service());
    auto& dealers = Add<dealers::DealerModule>(core_);
    auto& geo = Add<geo::GeoModule>(core_);
    Add<catalog::CatalogModule>(core_);
    Add<customers::CustomersModule>(
        core_, geo.divisions(), policy.service(), dealers.service(), dealers.repository());
    auto& fleet_module = Add<fleet::FleetModule>(core_, staff, policy.service());
    Add<auth::AccountsModule>(core_,
                              auth_,
                              user_repository_,
                              session_repository_,
                              settings_.hash_strength,
                              staff,
                              dealers);
    // After accounts: the demo jobs are raised by the demo salespeople and dealers' accounts.
    auto& jobs_module = Add<jobs::JobsModule>(core_, policy.service(), approvals.service());
    Add<dispatch::DispatchModule>(core_,
                                  policy.service(),
                                  jobs_module.service(),
                                  settings_.osrm_url,
                                  settings_.planner_threads);
    Add<field::FieldModule>(core_, jobs_module.service());
    Add<expenses::ExpensesModule>(
        core_, fleet_module.trip_logs(), policy.service(), geo.divisions(), approvals.service());
    Add<audit::AuditModule>(core_);
}

}  // namespace kefu::app
