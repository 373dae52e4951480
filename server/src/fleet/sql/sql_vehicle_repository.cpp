#include "fleet/sql/sql_vehicle_repository.hpp"

#include "db/database.hpp"
#include "db/like_pattern.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "fleet/sql/vehicle_queries.hpp"

namespace kefu::fleet {
namespace {

// The columns every vehicle query selects, in order.
struct VehicleRow {
    long long id = 0;
    std::string plate;
    std::string model;
    long long volume_l = 0;
    long long payload_kg = 0;
    int seats = 0;
    std::string status;
    std::optional<long long> driver_staff_id;
    std::optional<std::string> driver_name;
    int version = 0;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(plate));
        st.exchange(soci::into(model));
        st.exchange(soci::into(volume_l));
        st.exchange(soci::into(payload_kg));
        st.exchange(soci::into(seats));
        st.exchange(soci::into(status));
        st.exchange(soci::into(driver_staff_id));
        st.exchange(soci::into(driver_name));
        st.exchange(soci::into(version));
    }

    Result<Vehicle> ToVehicle() const {
        db::RowDecoder decode("vehicles", id);
        Vehicle v;
        v.id = VehicleId(id);
        v.plate = plate;
        v.model = model;
        v.volume_l = volume_l;
        v.payload_kg = payload_kg;
        v.seats = seats;
        v.status = decode.Take(kVehicleStatusNames.Parse(status), "status", status);
        if (driver_staff_id) v.driver_staff_id = StaffId(*driver_staff_id);
        v.driver_name = driver_name.value_or("");
        v.version = version;
        KEFU_TRY(decode.Finish());
        return v;
    }
};

template <class Binder>
Result<std::vector<Vehicle>> FetchVehicles(soci::session& session,
                                           std::string_view sql,
                                           Binder bind) {
    VehicleRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<Vehicle> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(Vehicle v, row.ToVehicle());
        out.push_back(std::move(v));
    }
    return out;
}

Result<std::optional<Vehicle>> First(Result<std::vector<Vehicle>> rows) {
    if (!rows) return Fail(std::move(rows).error());
    if (rows->empty()) return std::optional<Vehicle>();
    return std::optional<Vehicle>(std::move(rows->front()));
}

// The plate is the only unique column: a clash is the plate's, whatever the engine calls it.
template <class T>
Result<T> PlateIsTheDuplicate(Result<T> result) {
    if (!result && result.error().code() == ErrorCode::kAlreadyExists) {
        return Fail(Error::AlreadyExists("the plate is taken", {{"plate", "duplicate"}}));
    }
    return result;
}

}  // namespace

Result<std::optional<Vehicle>> SqlVehicleRepository::FindById(Tx& tx, VehicleId id) {
    return db::Guarded([&]() -> Result<std::optional<Vehicle>> {
        const long long key = id.value();
        return First(FetchVehicles(
            db::AsSoci(tx).session(), queries::kFindVehicle, [&](soci::statement& st) {
                st.exchange(soci::use(key, "id"));
            }));
    });
}

Result<std::optional<Vehicle>> SqlVehicleRepository::FindByPlate(Tx& tx, std::string_view plate) {
    return db::Guarded([&]() -> Result<std::optional<Vehicle>> {
        const std::string key(plate);
        return First(FetchVehicles(
            db::AsSoci(tx).session(), queries::kFindVehicleByPlate, [&](soci::statement& st) {
                st.exchange(soci::use(key, "plate"));
            }));
    });
}

Result<Page<Vehicle>> SqlVehicleRepository::List(Tx& tx,
                                                 const VehicleFilter& filter,
                                                 const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<Vehicle>> {
        auto& soci_tx = db::AsSoci(tx);
        auto& session = soci_tx.session();
        const int any_query = filter.query.empty() ? 1 : 0;
        const std::string pattern = db::ContainsPattern(filter.query);
        const int any_status = filter.status ? 0 : 1;
        const std::string status(filter.status ? VehicleStatusName(*filter.status) : "");
        long long limit = page.page_size;
        long long offset = page.offset();
        auto bind_filter = [&](soci::statement& st) {
            st.exchange(soci::use(any_query, "any_query"));
            st.exchange(soci::use(pattern, "pattern"));
            st.exchange(soci::use(pattern, "pattern2"));
            st.exchange(soci::use(any_status, "any_status"));
            st.exchange(soci::use(status, "status"));
        };
        Page<Vehicle> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        {
            soci::statement st(session);
            st.alloc();
            bind_filter(st);
            st.exchange(soci::into(total));
            st.prepare(db::QueryFor(soci_tx, queries::kCountVehicles, queries::kCountVehicles_Pg));
            st.define_and_bind();
            st.execute(true);
        }
        out.total = total;
        KEFU_ASSIGN_OR_RETURN(
            out.items,
            FetchVehicles(session,
                          db::QueryFor(soci_tx, queries::kListVehicles, queries::kListVehicles_Pg),
                          [&](soci::statement& st) {
                              bind_filter(st);
                              st.exchange(soci::use(limit, "limit"));
                              st.exchange(soci::use(offset, "offset"));
                          }));
        return out;
    });
}

Result<Vehicle> SqlVehicleRepository::Insert(Tx& tx, const Vehicle& v, Timestamp at) {
    return PlateIsTheDuplicate(db::Guarded([&]() -> Result<Vehicle> {
        auto& session = db::AsSoci(tx).session();
        const long long volume = v.volume_l;
        const long long payload = v.payload_kg;
        const std::string status(VehicleStatusName(v.status));
        std::optional<long long> driver;
        if (v.driver_staff_id) driver = v.driver_staff_id->value();
        const std::string at_text = FormatTimestamp(at);
        long long id = 0;
        session << std::string(queries::kInsertVehicle), soci::use(v.plate, "plate"),
            soci::use(v.model, "model"), soci::use(volume, "volume_l"),
            soci::use(payload, "payload_kg"), soci::use(v.seats, "seats"),
            soci::use(status, "status"), soci::use(driver, "driver_staff_id"),
            soci::use(at_text, "at"), soci::use(at_text, "at2"), soci::into(id);
        Vehicle stored = v;
        stored.id = VehicleId(id);
        stored.version = 1;
        return stored;
    }));
}

Result<Vehicle> SqlVehicleRepository::Update(Tx& tx, const Vehicle& v, Timestamp at) {
    return PlateIsTheDuplicate(db::Guarded([&]() -> Result<Vehicle> {
        auto& session = db::AsSoci(tx).session();
        const long long volume = v.volume_l;
        const long long payload = v.payload_kg;
        const std::string status(VehicleStatusName(v.status));
        std::optional<long long> driver;
        if (v.driver_staff_id) driver = v.driver_staff_id->value();
        const std::string at_text = FormatTimestamp(at);
        const long long id = v.id.value();
        const int version = v.version;
        soci::statement st = (session.prepare << std::string(queries::kUpdateVehicle),
                              soci::use(v.plate, "plate"),
                              soci::use(v.model, "model"),
                              soci::use(volume, "volume_l"),
                              soci::use(payload, "payload_kg"),
                              soci::use(v.seats, "seats"),
                              soci::use(status, "status"),
                              soci::use(driver, "driver_staff_id"),
                              soci::use(at_text, "at"),
                              soci::use(id, "id"),
                              soci::use(version, "version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else changed this vehicle; reload and try again"));
        }
        Vehicle stored = v;
        stored.version = v.version + 1;
        return stored;
    }));
}

}  // namespace kefu::fleet
