#include "fleet/fleet_module.hpp"

#include "fleet/fleet_actions.hpp"
#include "fleet/http/trip_log_routes.hpp"
#include "fleet/http/vehicle_routes.hpp"

namespace kefu::fleet {
namespace {

using R = auth::Role;

struct DemoVehicle {
    const char* plate;
    const char* model;
    int volume_l;
    int payload_kg;
    int seats;
    VehicleStatus status;
    const char* driver_phone;  // nullptr: no usual driver
};

// Vans for city installs, box trucks for workstation and dealer loads, one in the workshop.
constexpr DemoVehicle kVehicles[] = {
    {"鲁A·3K721",
     "江铃特顺 厢式运输车",
     10'000,
     1'500,
     3,
     VehicleStatus::kInService,
     "13905310020"},
    {"鲁A·5N809",
     "福田欧马可 4.2 米厢式货车",
     16'000,
     4'000,
     3,
     VehicleStatus::kInService,
     "13905310021"},
    {"鲁A·D62718",
     "上汽大通 EV90 纯电厢式车",
     10'500,
     1'200,
     3,
     VehicleStatus::kInService,
     "13905310007"},
    {"鲁A·8L306", "五菱荣光 面包车", 4'000, 800, 7, VehicleStatus::kInService, "13905310012"},
    {"鲁A·2M155",
     "依维柯 得意 厢式车",
     11'000,
     1'400,
     6,
     VehicleStatus::kMaintenance,
     "13905310004"},
    {"鲁A·7P930", "解放 J6F 6.8 米厢式货车", 38'000, 8'000, 2, VehicleStatus::kInService, nullptr},
    {"鲁A·6R258", "长安睿行 M90 厢式车", 6'500, 1'000, 2, VehicleStatus::kInService, nullptr},
    {"鲁A·F09317", "比亚迪 T5 纯电厢式货车", 14'000, 2'500, 2, VehicleStatus::kInService, nullptr},
};

}  // namespace

FleetModule::FleetModule(const app::Core& core,
                         staff::StaffModule& staff,
                         policy::PolicyReader& policy)
    : core_(core),
      staff_(staff),
      service_(repository_, staff.repository(), core.transactions, core.audit, core.clock),
      trips_service_(trip_logs_,
                     repository_,
                     staff.repository(),
                     policy,
                     core.transactions,
                     core.audit,
                     core.clock) {}

app::ModuleDeclarations FleetModule::Declarations() const {
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kRead,
         {R::kHead,
          R::kSupervisor,
          R::kDriver,
          R::kWarehouse,
          R::kClerk,
          R::kFinance,
          R::kLeadership,
          R::kAdmin},
         "R-DSP-1/2, R-VEH: who assigns, drives, loads and pays for vehicles"},
        {actions::kWrite,
         {R::kHead, R::kAdmin},
         "R-DSP-2: the head keeps the fleet and sends vehicles to maintenance"},
        {actions::kTripRead,
         {R::kHead,
          R::kSupervisor,
          R::kDriver,
          R::kWarehouse,
          R::kClerk,
          R::kFinance,
          R::kLeadership,
          R::kAdmin},
         "R-VEH-1, R-RPT-4: the trip records are read by those who read the fleet"},
        {actions::kTripWrite,
         {R::kDriver, R::kHead, R::kAdmin},
         "R-VEH-1: the driver fills in his trip log"},
        {actions::kTripManage,
         {R::kHead, R::kAdmin},
         "R-VEH-1: the head completes and corrects anyone's trip log"},
        {actions::kTripFlags,
         {R::kHead, R::kLeadership, R::kAdmin},
         "R-VEH-1: missing logs and odometer gaps are listed for the head"},
    };
    d.audit_events = {events::kCreate, events::kUpdate, events::kTripCreate, events::kTripUpdate};
    d.enums = {{"VehicleStatus", kVehicleStatusNames.Names(), {{"vehicles", "status"}}},
               {"TripFlagKind", kTripFlagKindNames.Names(), {}}};
    d.policy_keys = {{policy_keys::kTripLogDeadlineMinute,
                      policy::Unit::kMinuteOfDay,
                      0,
                      1440,
                      policy::PolicyOwner::kDepartment}};
    return d;
}

void FleetModule::RegisterRoutes(http::Router& router) {
    RegisterVehicleRoutes(router, service_);
    RegisterTripLogRoutes(router, trips_service_, core_.clock);
}

Result<void> FleetModule::LoadDemo(app::DemoContext& context) {
    const auth::Principal& system = context.system;
    for (const DemoVehicle& d : kVehicles) {
        VehicleFilter filter;
        filter.query = d.plate;
        KEFU_ASSIGN_OR_RETURN(auto found, service_.List(system, filter, PageRequest{1, 10}));
        if (found.total > 0) continue;
        VehicleFields fields;
        fields.plate = d.plate;
        fields.model = d.model;
        fields.volume_l = d.volume_l;
        fields.payload_kg = d.payload_kg;
        fields.seats = d.seats;
        fields.status = d.status;
        if (d.driver_phone != nullptr) {
            KEFU_ASSIGN_OR_RETURN(auto driver, staff_.FindByPhone(system, d.driver_phone));
            if (driver) fields.driver_staff_id = driver->id;
        }
        KEFU_TRY(service_.Create(system, fields));
        ++context.report.created["vehicles"];
    }
    return {};
}

}  // namespace kefu::fleet
