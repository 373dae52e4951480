#include "fleet/fleet_module.hpp"

#include "fleet/fleet_actions.hpp"
#include "fleet/http/maintenance_routes.hpp"
#include "fleet/http/trip_log_routes.hpp"
#include "fleet/http/trip_report_routes.hpp"
#include "fleet/http/vehicle_routes.hpp"
#include "fleet/http/violation_routes.hpp"

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

// A few days of trip logs of the two box vans, so the trip page and its flags have something to
// show: two trips a day in a row of odometer readings, with one gap of 12 km on the last day.
struct DemoTrip {
    const char* plate;
    const char* driver_phone;
    std::int64_t start_km;
};

constexpr DemoTrip kTrips[] = {
    {"鲁A·3K721", "13905310020", 48'210},
    {"鲁A·5N809", "13905310021", 73'905},
};

constexpr int kTripDays = 3;

Timestamp ChinaTime(Date day, int minute) {
    return std::chrono::time_point_cast<std::chrono::seconds>(
        day.days() + std::chrono::minutes(minute) - std::chrono::hours(8));
}

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
                     core.clock),
      violations_(violation_repository_,
                  repository_,
                  staff.repository(),
                  core.transactions,
                  core.audit,
                  core.clock),
      maintenance_(
          maintenance_repository_, repository_, policy, core.transactions, core.audit, core.clock) {
}

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
        {actions::kViolationRead,
         {R::kHead, R::kFinance, R::kLeadership},
         "R-VEH-3: only the head, finance and leadership see violations and damage"},
        {actions::kViolationWrite,
         {R::kHead},
         "R-VEH-3: the head records them against the driver and decides the compensation"},
    };
    d.audit_events = {events::kCreate,
                      events::kUpdate,
                      events::kTripCreate,
                      events::kTripUpdate,
                      events::kViolationCreate,
                      events::kMaintenanceCreate};
    d.enums = {{"VehicleStatus", kVehicleStatusNames.Names(), {{"vehicles", "status"}}},
               {"TripFlagKind", kTripFlagKindNames.Names(), {}},
               {"ViolationKind", kViolationKindNames.Names(), {{"vehicle_violations", "kind"}}},
               {"MaintenanceKind",
                kMaintenanceKindNames.Names(),
                {{"vehicle_due_items", "kind"}, {"vehicle_maintenance", "kind"}}},
               {"DueStatus", kDueStatusNames.Names(), {}}};
    d.policy_keys = {{policy_keys::kTripLogDeadlineMinute,
                      policy::Unit::kMinuteOfDay,
                      0,
                      1440,
                      policy::PolicyOwner::kDepartment},
                     {policy_keys::kMaintenanceSoonDays,
                      policy::Unit::kDays,
                      0,
                      365,
                      policy::PolicyOwner::kDepartment},
                     {policy_keys::kMaintenanceSoonKm,
                      policy::Unit::kKm,
                      0,
                      100'000,
                      policy::PolicyOwner::kDepartment}};
    return d;
}

void FleetModule::RegisterRoutes(http::Router& router) {
    RegisterVehicleRoutes(router, service_);
    // Before the trip-log routes: /trip-logs/report.pdf must not be read as /trip-logs/{id}.
    RegisterTripReportRoutes(router, trips_service_, service_, core_.clock);
    RegisterTripLogRoutes(router, trips_service_, core_.clock);
    RegisterViolationRoutes(router, violations_);
    RegisterMaintenanceRoutes(router, maintenance_);
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
    KEFU_TRY(LoadDemoTrips(context));
    return LoadDemoMaintenance(context);
}

Result<void> FleetModule::LoadDemoTrips(app::DemoContext& context) {
    const auth::Principal& system = context.system;
    KEFU_ASSIGN_OR_RETURN(auto existing, trips_service_.List(system, {}, PageRequest{1, 1}));
    if (existing.total > 0) return {};
    for (const DemoTrip& d : kTrips) {
        VehicleFilter filter;
        filter.query = d.plate;
        KEFU_ASSIGN_OR_RETURN(auto vehicles, service_.List(system, filter, PageRequest{1, 1}));
        KEFU_ASSIGN_OR_RETURN(auto driver, staff_.FindByPhone(system, d.driver_phone));
        if (vehicles.items.empty() || !driver) continue;
        std::int64_t km = d.start_km;
        for (int back = kTripDays; back >= 1; --back) {
            const Date day = context.today.AddDays(-back);
            for (int half = 0; half < 2; ++half) {
                TripLogFields f;
                f.vehicle_id = vehicles.items.front().id;
                f.driver_staff_id = driver->id;
                f.departed_at = ChinaTime(day, half == 0 ? 7 * 60 + 40 : 13 * 60 + 10);
                f.returned_at = ChinaTime(day, half == 0 ? 12 * 60 + 5 : 18 * 60 + 20);
                // The last afternoon leaves 12 km above the morning's return: a gap to explain.
                if (back == 1 && half == 1 && &d == &kTrips[0]) km += 12;
                f.odometer_out_km = km;
                km += 25 + 9 * back + 7 * half;
                f.odometer_in_km = km;
                f.destinations = half == 0 ? "历下区 经十路 / 高新区 舜华路" : "槐荫区 经二路";
                f.purpose = "送货安装";
                f.fuel_cl = half == 0 ? 3550 : 0;
                f.fuel_cost = Money::Fen(half == 0 ? 28'050 : 0);
                f.toll = Money::Fen(half == 0 ? 1'500 : 0);
                f.parking = Money::Fen(1'000);
                KEFU_TRY(trips_service_.Create(system, f));
                ++context.report.created["trip_logs"];
            }
        }
        // One damage record on the first van, its compensation decided (R-VEH-3).
        if (&d == &kTrips[0]) {
            ViolationFields v;
            v.vehicle_id = vehicles.items.front().id;
            v.driver_staff_id = driver->id;
            v.kind = ViolationKind::kDamage;
            v.occurred_on = context.today.AddDays(-2);
            v.description = "倒车入库时刮擦右后门";
            v.fine = Money::Yuan(800);
            v.compensation = Money::Yuan(200);
            KEFU_TRY(violations_.Create(system, v));
            ++context.report.created["vehicle_violations"];
        }
    }
    return {};
}

Result<void> FleetModule::LoadDemoMaintenance(app::DemoContext& context) {
    const auth::Principal& system = context.system;
    KEFU_ASSIGN_OR_RETURN(auto existing, maintenance_.Reminders(system));
    if (!existing.empty()) return {};
    const Date today = context.today;
    // The first van's service fell due five days ago; the second van's insurance runs out in
    // twelve days (inside the 30-day reminder).
    struct DemoRecord {
        const char* plate;
        MaintenanceKind kind;
        int done_days_ago;
        std::int64_t km;
        std::int64_t cost_fen;
        const char* notes;
        int next_due_in_days;
    };
    constexpr DemoRecord kRecords[] = {
        {"鲁A·3K721", MaintenanceKind::kService, 185, 43'100, 68'000, "更换机油机滤 空滤", -5},
        {"鲁A·5N809", MaintenanceKind::kInsurance, 353, 61'200, 512'000, "交强险+商业险", 12},
    };
    for (const DemoRecord& d : kRecords) {
        VehicleFilter filter;
        filter.query = d.plate;
        KEFU_ASSIGN_OR_RETURN(auto vehicles, service_.List(system, filter, PageRequest{1, 1}));
        if (vehicles.items.empty()) continue;
        MaintenanceFields f;
        f.kind = d.kind;
        f.done_on = today.AddDays(-d.done_days_ago);
        f.odometer_km = d.km;
        f.cost = Money::Fen(d.cost_fen);
        f.notes = d.notes;
        f.next_due_on = today.AddDays(d.next_due_in_days);
        KEFU_TRY(maintenance_.Record(system, vehicles.items.front().id, f));
        ++context.report.created["vehicle_maintenance"];
    }
    return {};
}

}  // namespace kefu::fleet
