// Quality-return checks and charges on SQL.
#pragma once

#include "field/return_repository.hpp"

namespace kefu::field {

/// ReturnRepository over SOCI.
class SqlReturnRepository final : public ReturnRepository {
public:
    Result<std::int64_t> InsertCheck(Tx& tx, const ReturnCheck& check) override;
    Result<std::vector<ReturnCheck>> SelectChecks(Tx& tx, const ReturnQuery& query) override;
    Result<std::vector<std::pair<std::int64_t, int>>> ChecksOfReturnedJobs(Tx& tx) override;
    Result<std::optional<std::string>> CheckPhoto(Tx& tx, std::int64_t id) override;
    Result<std::optional<std::string>> StaffName(Tx& tx, std::int64_t id) override;
    Result<std::int64_t> InsertCharge(Tx& tx, const Charge& charge) override;
    Result<std::vector<Charge>> SelectCharges(Tx& tx, const ReturnQuery& query) override;
    Result<bool> WithdrawCharge(Tx& tx,
                                std::int64_t id,
                                Timestamp at,
                                const std::string& by_name,
                                const std::string& reason) override;
};

}  // namespace kefu::field
