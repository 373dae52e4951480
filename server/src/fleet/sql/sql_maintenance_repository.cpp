#include "fleet/sql/sql_maintenance_repository.hpp"

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "fleet/sql/maintenance_queries.hpp"

namespace kefu::fleet {
namespace {

std::optional<std::string> DateText(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return d->ToString();
}

std::optional<long long> KmValue(const std::optional<std::int64_t>& km) {
    if (!km) return std::nullopt;
    return static_cast<long long>(*km);
}

}  // namespace

Result<std::vector<DueItem>> SqlMaintenanceRepository::DueItems(Tx& tx,
                                                                std::optional<VehicleId> vehicle) {
    return db::Guarded([&]() -> Result<std::vector<DueItem>> {
        auto& session = db::AsSoci(tx).session();
        const int any_vehicle = vehicle ? 0 : 1;
        const long long vehicle_id = vehicle ? vehicle->value() : 0;
        long long vid = 0;
        std::string plate;
        std::string kind;
        std::optional<std::string> due_on;
        std::optional<long long> due_km;
        std::string updated_at;
        soci::statement st = (session.prepare << std::string(queries::kDueItems),
                              soci::use(any_vehicle, "any_vehicle"),
                              soci::use(vehicle_id, "vehicle_id"),
                              soci::into(vid),
                              soci::into(plate),
                              soci::into(kind),
                              soci::into(due_on),
                              soci::into(due_km),
                              soci::into(updated_at));
        st.execute();
        std::vector<DueItem> out;
        while (st.fetch()) {
            db::RowDecoder decode("vehicle_due_items", vid);
            DueItem d;
            d.vehicle_id = VehicleId(vid);
            d.vehicle_plate = plate;
            d.kind = decode.Take(kMaintenanceKindNames.Parse(kind), "kind", kind);
            if (due_on) d.due_on = decode.Take(Date::Parse(*due_on), "due_on", *due_on);
            if (due_km) d.due_km = *due_km;
            d.updated_at = decode.Take(ParseTimestamp(updated_at), "updated_at", updated_at);
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(d));
        }
        return out;
    });
}

Result<void> SqlMaintenanceRepository::PutDueItem(Tx& tx, const DueItem& item) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long vehicle = item.vehicle_id.value();
        const std::string kind(kMaintenanceKindNames.Name(item.kind));
        const std::optional<std::string> due_on = DateText(item.due_on);
        const std::optional<long long> due_km = KmValue(item.due_km);
        const std::string at = FormatTimestamp(item.updated_at);
        session << std::string(queries::kPutDueItem), soci::use(vehicle, "vehicle_id"),
            soci::use(kind, "kind"), soci::use(due_on, "due_on"), soci::use(due_km, "due_km"),
            soci::use(at, "at");
        return Result<void>{};
    });
}

Result<std::vector<MaintenanceRecord>> SqlMaintenanceRepository::Records(Tx& tx,
                                                                         VehicleId vehicle) {
    return db::Guarded([&]() -> Result<std::vector<MaintenanceRecord>> {
        auto& session = db::AsSoci(tx).session();
        const long long vehicle_id = vehicle.value();
        long long id = 0;
        long long vid = 0;
        std::string kind;
        std::string done_on;
        long long km = 0;
        long long cost = 0;
        std::string notes;
        std::optional<std::string> next_on;
        std::optional<long long> next_km;
        std::string by_name;
        std::string created_at;
        soci::statement st = (session.prepare << std::string(queries::kMaintenanceRecords),
                              soci::use(vehicle_id, "vehicle_id"),
                              soci::into(id),
                              soci::into(vid),
                              soci::into(kind),
                              soci::into(done_on),
                              soci::into(km),
                              soci::into(cost),
                              soci::into(notes),
                              soci::into(next_on),
                              soci::into(next_km),
                              soci::into(by_name),
                              soci::into(created_at));
        st.execute();
        std::vector<MaintenanceRecord> out;
        while (st.fetch()) {
            db::RowDecoder decode("vehicle_maintenance", id);
            MaintenanceRecord r;
            r.id = MaintenanceId(id);
            r.vehicle_id = VehicleId(vid);
            r.kind = decode.Take(kMaintenanceKindNames.Parse(kind), "kind", kind);
            r.done_on = decode.Take(Date::Parse(done_on), "done_on", done_on);
            r.odometer_km = km;
            r.cost = Money::Fen(cost);
            r.notes = notes;
            if (next_on)
                r.next_due_on = decode.Take(Date::Parse(*next_on), "next_due_on", *next_on);
            if (next_km) r.next_due_km = *next_km;
            r.created_by_name = by_name;
            r.created_at = decode.Take(ParseTimestamp(created_at), "created_at", created_at);
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(r));
        }
        return out;
    });
}

Result<MaintenanceRecord> SqlMaintenanceRepository::InsertRecord(Tx& tx,
                                                                 const MaintenanceRecord& r) {
    return db::Guarded([&]() -> Result<MaintenanceRecord> {
        auto& session = db::AsSoci(tx).session();
        const long long vehicle = r.vehicle_id.value();
        const std::string kind(kMaintenanceKindNames.Name(r.kind));
        const std::string done_on = r.done_on.ToString();
        const long long km = r.odometer_km;
        const long long cost = r.cost.fen();
        const std::optional<std::string> next_on = DateText(r.next_due_on);
        const std::optional<long long> next_km = KmValue(r.next_due_km);
        std::optional<long long> user;
        if (r.created_by_user_id) user = r.created_by_user_id->value();
        const std::string at = FormatTimestamp(r.created_at);
        long long id = 0;
        session << std::string(queries::kInsertMaintenance), soci::use(vehicle, "vehicle_id"),
            soci::use(kind, "kind"), soci::use(done_on, "done_on"), soci::use(km, "odometer_km"),
            soci::use(cost, "cost_fen"), soci::use(r.notes, "notes"),
            soci::use(next_on, "next_due_on"), soci::use(next_km, "next_due_km"),
            soci::use(user, "user_id"), soci::use(r.created_by_name, "by_name"),
            soci::use(at, "at"), soci::into(id);
        MaintenanceRecord stored = r;
        stored.id = MaintenanceId(id);
        return stored;
    });
}

Result<std::map<std::int64_t, std::int64_t>> SqlMaintenanceRepository::CurrentKm(Tx& tx) {
    return db::Guarded([&]() -> Result<std::map<std::int64_t, std::int64_t>> {
        auto& session = db::AsSoci(tx).session();
        long long vid = 0;
        long long km = 0;
        soci::statement st =
            (session.prepare << std::string(queries::kCurrentKm), soci::into(vid), soci::into(km));
        st.execute();
        std::map<std::int64_t, std::int64_t> out;
        while (st.fetch()) out[vid] = km;
        return out;
    });
}

}  // namespace kefu::fleet
