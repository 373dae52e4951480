// What jobs read of the catalogue, customers, dealers, staff and the fleet, on SQL. A read-only
// adapter over those capabilities' tables, inside the caller's transaction, so that the checks of
// an assignment see the same snapshot as its write.
#pragma once

#include "jobs/job_repository.hpp"

namespace kefu::jobs {

/// JobReferences over SOCI.
class SqlJobReferences final : public JobReferences {
public:
    Result<std::optional<ProductFacts>> Product(Tx& tx, std::int64_t id) override;
    Result<std::optional<SiteFacts>> Site(Tx& tx, std::int64_t id) override;
    Result<bool> CustomerExists(Tx& tx, std::int64_t id) override;
    Result<bool> DealerExists(Tx& tx, DealerId id) override;
    Result<std::optional<PersonFacts>> Person(Tx& tx, StaffId id, Date day) override;
    Result<std::optional<VehicleFacts>> Vehicle(Tx& tx, std::int64_t id) override;
    Result<PrintFacts> Print(Tx& tx, const Job& job) override;
    Result<std::optional<std::int64_t>> CustomerByName(Tx& tx, const std::string& name) override;
    Result<std::optional<DealerId>> DealerByName(Tx& tx, const std::string& name) override;
    Result<std::optional<std::int64_t>> ProductByModel(Tx& tx, const std::string& model) override;
    Result<std::vector<std::pair<std::int64_t, std::string>>> SitesOf(
        Tx& tx, std::optional<std::int64_t> customer, std::optional<DealerId> dealer) override;
};

}  // namespace kefu::jobs
