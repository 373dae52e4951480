#include "customers/customers_module.hpp"

#include "customers/customer_actions.hpp"
#include "customers/http/customer_routes.hpp"

namespace kefu::customers {

using R = auth::Role;

CustomersModule::CustomersModule(const app::Core& core,
                                 geo::DivisionService& divisions,
                                 policy::PolicyReader& policy,
                                 dealers::DealerService& dealer_service,
                                 dealers::DealerRepository& dealer_repository)
    : core_(core),
      divisions_(divisions),
      dealer_service_(dealer_service),
      customers_(customer_repository_, core.transactions, core.audit, core.clock),
      sites_(site_repository_,
             customer_repository_,
             dealer_repository,
             divisions,
             policy,
             core.transactions,
             core.audit,
             core.clock) {}

app::ModuleDeclarations CustomersModule::Declarations() const {
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kRead,
         {R::kHead,
          R::kSupervisor,
          R::kTechnician,
          R::kIntern,
          R::kDriver,
          R::kSales,
          R::kClerk,
          R::kFinance,
          R::kLeadership,
          R::kAdmin},
         "R-JOB-1, R-DSP-5: the office, crews and drivers call the customer; finance bills"},
        {actions::kWrite,
         {R::kHead, R::kSales, R::kClerk, R::kAdmin},
         "R-JOB-2, R-JOB-4: sales fill in the feedback form; the clerk enters notices"},
        {actions::kSiteRead,
         {R::kHead,
          R::kSupervisor,
          R::kTechnician,
          R::kIntern,
          R::kDriver,
          R::kSales,
          R::kDealer,
          R::kClerk,
          R::kFinance,
          R::kLeadership,
          R::kAdmin},
         "R-JOB-1, R-EXP-2/5: every job goes to a site; a dealer sees its own (R-SEC-2)"},
        {actions::kSiteWrite,
         {R::kHead, R::kSales, R::kDealer, R::kClerk, R::kAdmin},
         "R-JOB-1, R-JOB-3: who enters jobs enters their addresses; a dealer its own"},
    };
    d.audit_events = {events::kCreate, events::kUpdate, events::kSiteCreate, events::kSiteUpdate};
    d.enums = {{"CustomerKind", kCustomerKindNames.Names(), {{"customers", "kind"}}}};
    d.policy_keys = {kLocalAreaSpec};
    return d;
}

void CustomersModule::RegisterRoutes(http::Router& router) {
    RegisterCustomerRoutes(router, customers_, sites_);
}

}  // namespace kefu::customers
