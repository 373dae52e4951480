#include "dealers/dealer_module.hpp"

#include <vector>

#include "dealers/dealer_actions.hpp"
#include "dealers/http/dealer_routes.hpp"

namespace kefu::dealers {
namespace {

using R = auth::Role;

struct DemoContact {
    const char* name;
    const char* phone;
    const char* title;
};

struct DemoDealer {
    const char* name;
    const char* contact;
    const char* phone;
    const char* city;
    std::vector<DemoContact> contacts;
};

// The people a coordinator calls at each dealer: who orders, who receives goods, who pays.
const std::vector<DemoDealer>& DemoDealers() {
    static const std::vector<DemoDealer> dealers = {
        {"济南华府办公家具有限公司",
         "孔经理",
         "0531-88120001",
         "济南",
         {{"孔祥东", "13705310101", "销售经理"},
          {"刘春燕", "13805310102", "订单协调"},
          {"王师傅", "15905310103", "仓库收货"}}},
        {"青岛海岳办公设备有限公司",
         "隋经理",
         "0532-86650002",
         "青岛",
         {{"隋海涛", "13705320201", "总经理"}, {"姜丽", "13605320202", "订单协调"}}},
        {"淄博鼎盛家具商行",
         "毕老板",
         "0533-22180003",
         "淄博",
         {{"毕建军", "13905330301", "店主"}}},
        {"潍坊新世纪办公用品有限公司",
         "于经理",
         "0536-82330004",
         "潍坊",
         {{"于洪波", "13805360401", "销售经理"}, {"赵敏", "13505360402", "财务对账"}}},
        {"泰安泰山家具城",
         "岳经理",
         "0538-62210005",
         "泰安",
         {{"岳新华", "13705380501", "经理"}, {"孙小军", "18653800502", "送货安装对接"}}},
    };
    return dealers;
}

}  // namespace

DealerModule::DealerModule(const app::Core& core)
    : service_(repository_, core.transactions, core.audit, core.clock) {}

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
    d.audit_events = {events::kCreate, events::kUpdate};
    return d;
}

void DealerModule::RegisterRoutes(http::Router& router) { RegisterDealerRoutes(router, service_); }

Result<void> DealerModule::LoadDemo(app::DemoContext& context) {
    for (const DemoDealer& d : DemoDealers()) {
        KEFU_ASSIGN_OR_RETURN(auto found, service_.FindByName(d.name));
        if (!found) {
            KEFU_ASSIGN_OR_RETURN(
                Dealer created,
                service_.Create(context.system, {d.name, d.contact, d.phone, d.city}));
            found = created;
            ++context.report.created["dealers"];
        }
        // A database loaded before dealers had contacts gets them on the next run.
        if (!found->contacts.empty()) continue;
        std::vector<DealerContact> contacts;
        contacts.reserve(std::size(d.contacts));
        for (const DemoContact& c : d.contacts) contacts.push_back({0, c.name, c.phone, c.title});
        KEFU_TRY(service_.SetContacts(context.system, found->id, found->version, contacts));
        context.report.created["dealer contacts"] += static_cast<int>(contacts.size());
    }
    return {};
}

}  // namespace kefu::dealers
