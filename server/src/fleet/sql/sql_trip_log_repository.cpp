#include "fleet/sql/sql_trip_log_repository.hpp"

#include <algorithm>
#include <chrono>
#include <map>

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "fleet/sql/trip_log_queries.hpp"

namespace kefu::fleet {
namespace {

// The columns every trip query selects, in order.
struct TripRow {
    long long id = 0;
    long long vehicle_id = 0;
    std::string plate;
    long long driver_staff_id = 0;
    std::string driver_name;
    std::string departed_at;
    std::string returned_at;
    long long km_out = 0;
    long long km_in = 0;
    std::string destinations;
    std::string purpose;
    long long fuel_cl = 0;
    long long fuel_fen = 0;
    long long toll_fen = 0;
    long long parking_fen = 0;
    std::string created_by_name;
    std::string created_at;
    int version = 0;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(vehicle_id));
        st.exchange(soci::into(plate));
        st.exchange(soci::into(driver_staff_id));
        st.exchange(soci::into(driver_name));
        st.exchange(soci::into(departed_at));
        st.exchange(soci::into(returned_at));
        st.exchange(soci::into(km_out));
        st.exchange(soci::into(km_in));
        st.exchange(soci::into(destinations));
        st.exchange(soci::into(purpose));
        st.exchange(soci::into(fuel_cl));
        st.exchange(soci::into(fuel_fen));
        st.exchange(soci::into(toll_fen));
        st.exchange(soci::into(parking_fen));
        st.exchange(soci::into(created_by_name));
        st.exchange(soci::into(created_at));
        st.exchange(soci::into(version));
    }

    Result<TripLog> ToTrip() const {
        db::RowDecoder decode("trip_logs", id);
        TripLog t;
        t.id = TripLogId(id);
        t.vehicle_id = VehicleId(vehicle_id);
        t.vehicle_plate = plate;
        t.driver_staff_id = StaffId(driver_staff_id);
        t.driver_name = driver_name;
        t.departed_at = decode.Take(ParseTimestamp(departed_at), "departed_at", departed_at);
        t.returned_at = decode.Take(ParseTimestamp(returned_at), "returned_at", returned_at);
        t.odometer_out_km = km_out;
        t.odometer_in_km = km_in;
        t.destinations = destinations;
        t.purpose = purpose;
        t.fuel_cl = fuel_cl;
        t.fuel_cost = Money::Fen(fuel_fen);
        t.toll = Money::Fen(toll_fen);
        t.parking = Money::Fen(parking_fen);
        t.created_by_name = created_by_name;
        t.created_at = decode.Take(ParseTimestamp(created_at), "created_at", created_at);
        t.version = version;
        KEFU_TRY(decode.Finish());
        return t;
    }
};

// The job ids of the trips with ids in [low, high], by trip.
std::map<long long, std::vector<std::int64_t>> JobsBetween(soci::session& session,
                                                           long long low,
                                                           long long high) {
    std::map<long long, std::vector<std::int64_t>> out;
    long long trip = 0;
    long long job = 0;
    soci::statement st = (session.prepare << std::string(queries::kTripLogJobsBetween),
                          soci::use(low, "low"),
                          soci::use(high, "high"),
                          soci::into(trip),
                          soci::into(job));
    st.execute();
    while (st.fetch()) out[trip].push_back(job);
    return out;
}

template <class Binder>
Result<std::vector<TripLog>> FetchTrips(soci::session& session, std::string_view sql, Binder bind) {
    TripRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<TripLog> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(TripLog t, row.ToTrip());
        out.push_back(std::move(t));
    }
    if (out.empty()) return out;
    // The jobs of every fetched trip in one query (ids span a range; others are skipped).
    const auto [low, high] = std::minmax_element(
        out.begin(), out.end(), [](const TripLog& a, const TripLog& b) { return a.id < b.id; });
    auto jobs = JobsBetween(session, low->id.value(), high->id.value());
    for (TripLog& t : out) {
        auto it = jobs.find(t.id.value());
        if (it != jobs.end()) t.job_ids = it->second;
    }
    return out;
}

// The UTC instant at which China day `day` begins.
std::string StartOfChinaDay(Date day) {
    return FormatTimestamp(Timestamp(day.days()) - std::chrono::hours(8));
}

// Binds the filter of the list, count and all queries.
struct FilterBinding {
    int any_vehicle = 1;
    long long vehicle_id = 0;
    int any_driver = 1;
    long long driver_staff_id = 0;
    std::string from_at;
    std::string to_at;

    explicit FilterBinding(const TripLogFilter& f)
        : any_vehicle(f.vehicle_id ? 0 : 1),
          vehicle_id(f.vehicle_id ? f.vehicle_id->value() : 0),
          any_driver(f.driver_staff_id ? 0 : 1),
          driver_staff_id(f.driver_staff_id ? f.driver_staff_id->value() : 0),
          from_at(StartOfChinaDay(f.from.value_or(Date(1970, 1, 2)))),
          to_at(StartOfChinaDay(f.to ? f.to->AddDays(1) : Date(2200, 1, 1))) {}

    void Bind(soci::statement& st) const {
        st.exchange(soci::use(any_vehicle, "any_vehicle"));
        st.exchange(soci::use(vehicle_id, "vehicle_id"));
        st.exchange(soci::use(any_driver, "any_driver"));
        st.exchange(soci::use(driver_staff_id, "driver_staff_id"));
        st.exchange(soci::use(from_at, "from_at"));
        st.exchange(soci::use(to_at, "to_at"));
    }
};

void InsertJobs(soci::session& session, long long trip_id, const std::vector<std::int64_t>& jobs) {
    for (std::int64_t job : jobs) {
        const long long job_id = job;
        session << std::string(queries::kInsertTripLogJob), soci::use(trip_id, "trip_log_id"),
            soci::use(job_id, "job_id");
    }
}

}  // namespace

Result<std::optional<TripLog>> SqlTripLogRepository::Find(Tx& tx, TripLogId id) {
    return db::Guarded([&]() -> Result<std::optional<TripLog>> {
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(
            auto rows,
            FetchTrips(db::AsSoci(tx).session(), queries::kFindTripLog, [&](soci::statement& st) {
                st.exchange(soci::use(key, "id"));
            }));
        if (rows.empty()) return std::optional<TripLog>();
        return std::optional<TripLog>(std::move(rows.front()));
    });
}

Result<Page<TripLog>> SqlTripLogRepository::List(Tx& tx,
                                                 const TripLogFilter& filter,
                                                 const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<TripLog>> {
        auto& session = db::AsSoci(tx).session();
        const FilterBinding binding(filter);
        Page<TripLog> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        {
            soci::statement st(session);
            st.alloc();
            binding.Bind(st);
            st.exchange(soci::into(total));
            st.prepare(std::string(queries::kCountTripLogs));
            st.define_and_bind();
            st.execute(true);
        }
        out.total = total;
        long long limit = page.page_size;
        long long offset = page.offset();
        KEFU_ASSIGN_OR_RETURN(out.items,
                              FetchTrips(session, queries::kListTripLogs, [&](soci::statement& st) {
                                  binding.Bind(st);
                                  st.exchange(soci::use(limit, "limit"));
                                  st.exchange(soci::use(offset, "offset"));
                              }));
        return out;
    });
}

Result<std::vector<TripLog>> SqlTripLogRepository::All(Tx& tx, const TripLogFilter& filter) {
    return db::Guarded([&]() -> Result<std::vector<TripLog>> {
        const FilterBinding binding(filter);
        return FetchTrips(db::AsSoci(tx).session(),
                          queries::kAllTripLogs,
                          [&](soci::statement& st) { binding.Bind(st); });
    });
}

Result<std::vector<TripLog>> SqlTripLogRepository::Neighbours(Tx& tx,
                                                              const TripLogFields& f,
                                                              std::optional<TripLogId> self) {
    return db::Guarded([&]() -> Result<std::vector<TripLog>> {
        const long long vehicle = f.vehicle_id.value();
        const long long self_id = self ? self->value() : 0;
        const std::string departed = FormatTimestamp(f.departed_at);
        const std::string returned = FormatTimestamp(f.returned_at);
        const long long km_out = f.odometer_out_km;
        const long long km_in = f.odometer_in_km;
        return FetchTrips(
            db::AsSoci(tx).session(), queries::kNeighbourTripLogs, [&](soci::statement& st) {
                st.exchange(soci::use(vehicle, "vehicle_id"));
                st.exchange(soci::use(self_id, "self"));
                st.exchange(soci::use(returned, "returned_at"));
                st.exchange(soci::use(departed, "departed_at"));
                st.exchange(soci::use(km_in, "km_in"));
                st.exchange(soci::use(km_out, "km_out"));
                st.exchange(soci::use(vehicle, "vehicle_id2"));
                st.exchange(soci::use(self_id, "self2"));
                st.exchange(soci::use(departed, "departed_at2"));
                st.exchange(soci::use(vehicle, "vehicle_id3"));
                st.exchange(soci::use(self_id, "self3"));
                st.exchange(soci::use(departed, "departed_at3"));
            });
    });
}

Result<TripLog> SqlTripLogRepository::Insert(Tx& tx, const TripLog& t) {
    return db::Guarded([&]() -> Result<TripLog> {
        auto& session = db::AsSoci(tx).session();
        const long long vehicle = t.vehicle_id.value();
        const long long driver = t.driver_staff_id.value();
        const std::string departed = FormatTimestamp(t.departed_at);
        const std::string returned = FormatTimestamp(t.returned_at);
        const long long km_out = t.odometer_out_km;
        const long long km_in = t.odometer_in_km;
        const long long fuel_cl = t.fuel_cl;
        const long long fuel_fen = t.fuel_cost.fen();
        const long long toll_fen = t.toll.fen();
        const long long parking_fen = t.parking.fen();
        std::optional<long long> user;
        if (t.created_by_user_id) user = t.created_by_user_id->value();
        const std::string at = FormatTimestamp(t.created_at);
        long long id = 0;
        session << std::string(queries::kInsertTripLog), soci::use(vehicle, "vehicle_id"),
            soci::use(driver, "driver_staff_id"), soci::use(departed, "departed_at"),
            soci::use(returned, "returned_at"), soci::use(km_out, "km_out"),
            soci::use(km_in, "km_in"), soci::use(t.destinations, "destinations"),
            soci::use(t.purpose, "purpose"), soci::use(fuel_cl, "fuel_cl"),
            soci::use(fuel_fen, "fuel_fen"), soci::use(toll_fen, "toll_fen"),
            soci::use(parking_fen, "parking_fen"), soci::use(user, "user_id"),
            soci::use(t.created_by_name, "by_name"), soci::use(at, "at"), soci::use(at, "at2"),
            soci::into(id);
        InsertJobs(session, id, t.job_ids);
        TripLog stored = t;
        stored.id = TripLogId(id);
        stored.version = 1;
        return stored;
    });
}

Result<TripLog> SqlTripLogRepository::Update(Tx& tx, const TripLog& t, Timestamp at) {
    return db::Guarded([&]() -> Result<TripLog> {
        auto& session = db::AsSoci(tx).session();
        const long long id = t.id.value();
        const long long vehicle = t.vehicle_id.value();
        const long long driver = t.driver_staff_id.value();
        const std::string departed = FormatTimestamp(t.departed_at);
        const std::string returned = FormatTimestamp(t.returned_at);
        const long long km_out = t.odometer_out_km;
        const long long km_in = t.odometer_in_km;
        const long long fuel_cl = t.fuel_cl;
        const long long fuel_fen = t.fuel_cost.fen();
        const long long toll_fen = t.toll.fen();
        const long long parking_fen = t.parking.fen();
        const std::string at_text = FormatTimestamp(at);
        const int version = t.version;
        soci::statement st = (session.prepare << std::string(queries::kUpdateTripLog),
                              soci::use(vehicle, "vehicle_id"),
                              soci::use(driver, "driver_staff_id"),
                              soci::use(departed, "departed_at"),
                              soci::use(returned, "returned_at"),
                              soci::use(km_out, "km_out"),
                              soci::use(km_in, "km_in"),
                              soci::use(t.destinations, "destinations"),
                              soci::use(t.purpose, "purpose"),
                              soci::use(fuel_cl, "fuel_cl"),
                              soci::use(fuel_fen, "fuel_fen"),
                              soci::use(toll_fen, "toll_fen"),
                              soci::use(parking_fen, "parking_fen"),
                              soci::use(at_text, "at"),
                              soci::use(id, "id"),
                              soci::use(version, "version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else changed this trip; reload and try again"));
        }
        session << std::string(queries::kDeleteTripLogJobs), soci::use(id, "trip_log_id");
        InsertJobs(session, id, t.job_ids);
        TripLog stored = t;
        stored.version = t.version + 1;
        return stored;
    });
}

Result<std::vector<std::int64_t>> SqlTripLogRepository::ExistingJobs(
    Tx& tx, const std::vector<std::int64_t>& job_ids) {
    return db::Guarded([&]() -> Result<std::vector<std::int64_t>> {
        auto& session = db::AsSoci(tx).session();
        std::vector<std::int64_t> out;
        for (std::int64_t job : job_ids) {
            const long long id = job;
            long long count = 0;
            session << std::string(queries::kJobExists), soci::use(id, "id"), soci::into(count);
            if (count > 0) out.push_back(job);
        }
        std::sort(out.begin(), out.end());
        return out;
    });
}

Result<std::vector<DayJob>> SqlTripLogRepository::JobsOfDay(Tx& tx, StaffId staff, Date day) {
    return db::Guarded([&]() -> Result<std::vector<DayJob>> {
        auto& session = db::AsSoci(tx).session();
        const long long staff_id = staff.value();
        const std::string day_text = day.ToString();
        long long id = 0;
        std::optional<std::string> number;
        std::string status;
        std::optional<long long> vehicle;
        std::optional<std::string> plate;
        std::optional<std::string> street;
        std::optional<int> start;
        std::optional<int> end;
        soci::statement st = (session.prepare << std::string(queries::kJobsOfDay),
                              soci::use(staff_id, "staff_id"),
                              soci::use(day_text, "day"),
                              soci::into(id),
                              soci::into(number),
                              soci::into(status),
                              soci::into(vehicle),
                              soci::into(plate),
                              soci::into(street),
                              soci::into(start),
                              soci::into(end));
        st.execute();
        std::vector<DayJob> out;
        while (st.fetch()) {
            DayJob j;
            j.id = id;
            j.number = number.value_or("");  // a job gets its number when it is raised
            j.status = status;
            if (vehicle) j.vehicle_id = VehicleId(*vehicle);
            j.vehicle_plate = plate.value_or("");
            j.site = street.value_or("");
            j.window_start = start.value_or(0);
            j.window_end = end.value_or(0);
            out.push_back(std::move(j));
        }
        return out;
    });
}

Result<std::optional<VehicleRef>> SqlTripLogRepository::UsualVehicleOf(Tx& tx, StaffId staff) {
    return db::Guarded([&]() -> Result<std::optional<VehicleRef>> {
        auto& session = db::AsSoci(tx).session();
        const long long staff_id = staff.value();
        long long id = 0;
        std::string plate;
        soci::statement st = (session.prepare << std::string(queries::kUsualVehicle),
                              soci::use(staff_id, "staff_id"),
                              soci::into(id),
                              soci::into(plate));
        st.execute();
        if (!st.fetch()) return std::optional<VehicleRef>();
        return std::optional<VehicleRef>(VehicleRef{VehicleId(id), plate});
    });
}

Result<std::vector<DispatchedJob>> SqlTripLogRepository::DispatchedJobs(Tx& tx,
                                                                        Date from,
                                                                        Date to) {
    return db::Guarded([&]() -> Result<std::vector<DispatchedJob>> {
        auto& session = db::AsSoci(tx).session();
        const std::string from_text = from.ToString();
        const std::string to_text = to.ToString();
        long long id = 0;
        std::optional<std::string> number;
        long long vehicle = 0;
        std::string plate;
        std::string date;
        soci::statement st = (session.prepare << std::string(queries::kDispatchedJobs),
                              soci::use(from_text, "from_day"),
                              soci::use(to_text, "to_day"),
                              soci::into(id),
                              soci::into(number),
                              soci::into(vehicle),
                              soci::into(plate),
                              soci::into(date));
        st.execute();
        std::vector<DispatchedJob> out;
        while (st.fetch()) {
            db::RowDecoder decode("jobs", id);
            DispatchedJob j;
            j.id = id;
            j.number = number.value_or("");
            j.vehicle_id = VehicleId(vehicle);
            j.vehicle_plate = plate;
            j.date = decode.Take(Date::Parse(date), "scheduled_date", date);
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(j));
        }
        return out;
    });
}

}  // namespace kefu::fleet
