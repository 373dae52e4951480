#include "fleet/sql/sql_violation_repository.hpp"

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "fleet/sql/violation_queries.hpp"

namespace kefu::fleet {

Result<std::vector<Violation>> SqlViolationRepository::List(Tx& tx,
                                                            std::optional<VehicleId> vehicle) {
    return db::Guarded([&]() -> Result<std::vector<Violation>> {
        auto& session = db::AsSoci(tx).session();
        const int any_vehicle = vehicle ? 0 : 1;
        const long long vehicle_id = vehicle ? vehicle->value() : 0;
        long long id = 0;
        long long vid = 0;
        std::string plate;
        long long driver = 0;
        std::string driver_name;
        std::string kind;
        std::string occurred_on;
        std::string description;
        long long fine = 0;
        long long compensation = 0;
        std::string by_name;
        std::string created_at;
        soci::statement st = (session.prepare << std::string(queries::kListViolations),
                              soci::use(any_vehicle, "any_vehicle"),
                              soci::use(vehicle_id, "vehicle_id"),
                              soci::into(id),
                              soci::into(vid),
                              soci::into(plate),
                              soci::into(driver),
                              soci::into(driver_name),
                              soci::into(kind),
                              soci::into(occurred_on),
                              soci::into(description),
                              soci::into(fine),
                              soci::into(compensation),
                              soci::into(by_name),
                              soci::into(created_at));
        st.execute();
        std::vector<Violation> out;
        while (st.fetch()) {
            db::RowDecoder decode("vehicle_violations", id);
            Violation v;
            v.id = ViolationId(id);
            v.vehicle_id = VehicleId(vid);
            v.vehicle_plate = plate;
            v.driver_staff_id = StaffId(driver);
            v.driver_name = driver_name;
            v.kind = decode.Take(kViolationKindNames.Parse(kind), "kind", kind);
            v.occurred_on = decode.Take(Date::Parse(occurred_on), "occurred_on", occurred_on);
            v.description = description;
            v.fine = Money::Fen(fine);
            v.compensation = Money::Fen(compensation);
            v.decided_by_name = by_name;
            v.created_at = decode.Take(ParseTimestamp(created_at), "created_at", created_at);
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(v));
        }
        return out;
    });
}

Result<Violation> SqlViolationRepository::Insert(Tx& tx, const Violation& v) {
    return db::Guarded([&]() -> Result<Violation> {
        auto& session = db::AsSoci(tx).session();
        const long long vehicle = v.vehicle_id.value();
        const long long driver = v.driver_staff_id.value();
        const std::string kind(kViolationKindNames.Name(v.kind));
        const std::string occurred = v.occurred_on.ToString();
        const long long fine = v.fine.fen();
        const long long compensation = v.compensation.fen();
        std::optional<long long> user;
        if (v.decided_by_user_id) user = v.decided_by_user_id->value();
        const std::string at = FormatTimestamp(v.created_at);
        long long id = 0;
        session << std::string(queries::kInsertViolation), soci::use(vehicle, "vehicle_id"),
            soci::use(driver, "driver_staff_id"), soci::use(kind, "kind"),
            soci::use(occurred, "occurred_on"), soci::use(v.description, "description"),
            soci::use(fine, "fine_fen"), soci::use(compensation, "compensation_fen"),
            soci::use(user, "user_id"), soci::use(v.decided_by_name, "by_name"),
            soci::use(at, "at"), soci::into(id);
        Violation stored = v;
        stored.id = ViolationId(id);
        return stored;
    });
}

}  // namespace kefu::fleet
