#include "dealers/dealer_module.hpp"

#include "dealers/dealer_actions.hpp"
#include "dealers/http/dealer_routes.hpp"

namespace kefu::dealers {
namespace {

using R = auth::Role;

struct DemoDealer {
    const char* name;
    const char* contact;
    const char* phone;
    const char* city;
};

constexpr DemoDealer kDemoDealers[] = {
    {"济南华府办公家具有限公司", "孔经理", "0531-88120001", "济南"},
    {"青岛海岳办公设备有限公司", "隋经理", "0532-86650002", "青岛"},
    {"淄博鼎盛家具商行", "毕老板", "0533-22180003", "淄博"},
    {"潍坊新世纪办公用品有限公司", "于经理", "0536-82330004", "潍坊"},
    {"泰安泰山家具城", "岳经理", "0538-62210005", "泰安"},
};

}  // namespace

DealerModule::DealerModule(const app::Core& core)
    : core_(core), service_(repository_, core.transactions, core.audit, core.clock) {}

app::ModuleDeclarations DealerModule::Declarations() const {
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kRead,
         {R::kHead,
          R::kSupervisor,
          R::kSales,
          R::kDealer,
          R::kClerk,
          R::kFinance,
          R::kLeadership,
          R::kAdmin},
         "R-JOB-3: dealer work is coordinated by the office and sales; a dealer sees itself"},
        {actions::kWrite,
         {R::kHead, R::kAdmin},
         "R-JOB-3: the head keeps the list of dealers the department works with"},
    };
    d.audit_events = {events::kCreate};
    return d;
}

void DealerModule::RegisterRoutes(http::Router& router) { RegisterDealerRoutes(router, service_); }

Result<void> DealerModule::LoadDemo(app::DemoContext& context) {
    for (const DemoDealer& d : kDemoDealers) {
        KEFU_ASSIGN_OR_RETURN(auto found, service_.FindByName(d.name));
        if (found) continue;
        KEFU_TRY(service_.Create(context.system, {d.name, d.contact, d.phone, d.city}));
        ++context.report.created["dealers"];
    }
    return {};
}

}  // namespace kefu::dealers
