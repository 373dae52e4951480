#include "jobs/sql/sql_job_references.hpp"

#include <fmt/core.h>

#include "catalog/product.hpp"
#include "db/database.hpp"
#include "db/soci_optional.hpp"
#include "jobs/sql/job_queries.hpp"

namespace kefu::jobs {
namespace {

Result<std::optional<std::int64_t>> FirstId(Tx& tx,
                                            std::string_view sql,
                                            const std::string& value,
                                            const char* name) {
    return db::Guarded([&]() -> Result<std::optional<std::int64_t>> {
        long long id = 0;
        auto& session = db::AsSoci(tx).session();
        session << std::string(sql), soci::use(value, name), soci::into(id);
        if (!session.got_data()) return std::nullopt;
        return static_cast<std::int64_t>(id);
    });
}

Result<bool> Exists(Tx& tx, std::string_view sql, long long id) {
    return db::Guarded([&]() -> Result<bool> {
        long long count = 0;
        db::AsSoci(tx).session() << std::string(sql), soci::use(id, "id"), soci::into(count);
        return count > 0;
    });
}

}  // namespace

Result<std::optional<ProductFacts>> SqlJobReferences::Product(Tx& tx, std::int64_t id) {
    return db::Guarded([&]() -> Result<std::optional<ProductFacts>> {
        const long long key = id;
        ProductFacts p;
        long long volume = 0;
        long long weight = 0;
        int active = 0;
        auto& session = db::AsSoci(tx).session();
        session << std::string(queries::kProductFacts), soci::use(key, "id"), soci::into(p.model),
            soci::into(p.name), soci::into(p.pieces_per_unit), soci::into(volume),
            soci::into(weight), soci::into(p.installers_needed), soci::into(active);
        if (!session.got_data()) return std::nullopt;
        p.volume_l = volume;
        p.weight_g = weight;
        p.active = active != 0;
        return p;
    });
}

Result<std::optional<SiteFacts>> SqlJobReferences::Site(Tx& tx, std::int64_t id) {
    return db::Guarded([&]() -> Result<std::optional<SiteFacts>> {
        const long long key = id;
        std::optional<long long> customer;
        std::optional<long long> dealer;
        int division = 0;
        auto& session = db::AsSoci(tx).session();
        session << std::string(queries::kSiteFacts), soci::use(key, "id"), soci::into(customer),
            soci::into(dealer), soci::into(division);
        if (!session.got_data()) return std::nullopt;
        SiteFacts s;
        s.customer_id = customer;
        if (dealer) s.dealer_id = DealerId(*dealer);
        s.division_code = division;
        return s;
    });
}

Result<bool> SqlJobReferences::CustomerExists(Tx& tx, std::int64_t id) {
    return Exists(tx, queries::kCustomerExists, id);
}

Result<bool> SqlJobReferences::DealerExists(Tx& tx, DealerId id) {
    return Exists(tx, queries::kDealerExists, id.value());
}

Result<std::optional<PersonFacts>> SqlJobReferences::Person(Tx& tx, StaffId id, Date day) {
    return db::Guarded([&]() -> Result<std::optional<PersonFacts>> {
        const long long key = id.value();
        PersonFacts p;
        p.id = id;
        std::string grade;
        std::string status;
        auto& session = db::AsSoci(tx).session();
        session << std::string(queries::kPersonFacts), soci::use(key, "id"), soci::into(p.name),
            soci::into(grade), soci::into(status);
        if (!session.got_data()) return std::nullopt;
        // Supervisors and technicians lead crews (R-DSP-1); the grade names are the staff table's.
        p.installer = grade == "supervisor" || grade == "technician";
        p.intern = grade == "intern";
        p.active = status == "active";
        long long drives = 0;
        session << std::string(queries::kPersonDrives), soci::use(key, "id"), soci::into(drives);
        p.driver = drives > 0;
        const std::string date = day.ToString();
        long long leave = 0;
        session << std::string(queries::kPersonOnLeave), soci::use(key, "id"),
            soci::use(date, "day"), soci::into(leave);
        p.on_leave = leave > 0;
        return p;
    });
}

Result<std::optional<VehicleFacts>> SqlJobReferences::Vehicle(Tx& tx, std::int64_t id) {
    return db::Guarded([&]() -> Result<std::optional<VehicleFacts>> {
        const long long key = id;
        VehicleFacts v;
        v.id = id;
        long long volume = 0;
        long long payload = 0;
        auto& session = db::AsSoci(tx).session();
        session << std::string(queries::kVehicleFacts), soci::use(key, "id"), soci::into(v.plate),
            soci::into(v.status), soci::into(volume), soci::into(payload);
        if (!session.got_data()) return std::nullopt;
        v.in_service = v.status == "in_service";
        v.volume_l = volume;
        v.payload_kg = payload;
        return v;
    });
}

Result<PrintFacts> SqlJobReferences::Print(Tx& tx, const Job& job) {
    return db::Guarded([&]() -> Result<PrintFacts> {
        const long long site = job.site_id;
        std::string street;
        std::optional<int> floor;
        std::optional<int> lift;
        std::optional<std::string> notes;
        std::string county;
        std::optional<std::string> city;
        std::optional<std::string> province;
        std::optional<std::string> customer;
        std::optional<std::string> dealer;
        auto& session = db::AsSoci(tx).session();
        session << std::string(queries::kPrintFacts), soci::use(site, "site_id"),
            soci::into(street), soci::into(floor), soci::into(lift), soci::into(notes),
            soci::into(county), soci::into(city), soci::into(province), soci::into(customer),
            soci::into(dealer);
        PrintFacts facts;
        if (!session.got_data()) return facts;
        facts.party = customer.value_or(dealer.value_or(""));
        facts.address = province.value_or("") + city.value_or("") + county + street;
        if (floor) facts.access += fmt::format("{} 层", *floor);
        if (lift) facts.access += *lift ? "，有电梯" : "，无电梯";
        if (notes && !notes->empty()) facts.access += (facts.access.empty() ? "" : "；") + *notes;
        return facts;
    });
}

Result<std::optional<std::int64_t>> SqlJobReferences::CustomerByName(Tx& tx,
                                                                     const std::string& name) {
    return FirstId(tx, queries::kCustomerByName, name, "name");
}

Result<std::optional<DealerId>> SqlJobReferences::DealerByName(Tx& tx, const std::string& name) {
    KEFU_ASSIGN_OR_RETURN(auto id, FirstId(tx, queries::kDealerByName, name, "name"));
    if (!id) return std::nullopt;
    return DealerId(*id);
}

Result<std::optional<std::int64_t>> SqlJobReferences::ProductByModel(Tx& tx,
                                                                     const std::string& model) {
    return FirstId(tx, queries::kProductByModel, catalog::ModelKey(model), "model_key");
}

Result<std::vector<std::pair<std::int64_t, std::string>>> SqlJobReferences::SitesOf(
    Tx& tx, std::optional<std::int64_t> customer, std::optional<DealerId> dealer) {
    return db::Guarded([&]() -> Result<std::vector<std::pair<std::int64_t, std::string>>> {
        const long long customer_id = customer.value_or(-1);
        const long long dealer_id = dealer ? dealer->value() : -1;
        long long id = 0;
        std::string street;
        soci::statement st = (db::AsSoci(tx).session().prepare << std::string(queries::kSitesOf),
                              soci::use(customer_id, "customer_id"),
                              soci::use(customer_id, "customer_id2"),
                              soci::use(dealer_id, "dealer_id"),
                              soci::use(dealer_id, "dealer_id2"),
                              soci::into(id),
                              soci::into(street));
        st.execute();
        std::vector<std::pair<std::int64_t, std::string>> out;
        while (st.fetch()) out.emplace_back(id, street);
        return out;
    });
}

}  // namespace kefu::jobs
