// Storage of quality-return checks and the charges decided on them (R-FLD-9).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "field/quality_return.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::field {

/// Which checks or charges a query picks, by their China date; unset fields match all.
struct ReturnQuery {
    std::optional<std::int64_t> check_id = std::nullopt;
    std::optional<std::int64_t> charge_id = std::nullopt;  ///< charges only
    std::optional<Date> from = std::nullopt;               ///< with to: both or neither
    std::optional<Date> to = std::nullopt;
    int limit = 500;
};

/// Checks (newest first, without their photos) and charges.
class ReturnRepository {
public:
    virtual ~ReturnRepository() = default;
    /// Stores `check` with its photo and returns its id; ALREADY_EXISTS when the job was checked
    /// at this version already.
    virtual Result<std::int64_t> InsertCheck(Tx& tx, const ReturnCheck& check) = 0;
    /// The checks `query` picks by checked date, newest first, photos left out.
    virtual Result<std::vector<ReturnCheck>> SelectChecks(Tx& tx, const ReturnQuery& query) = 0;
    /// (job id, version) of every check of a job that is returned to the factory now.
    virtual Result<std::vector<std::pair<std::int64_t, int>>> ChecksOfReturnedJobs(Tx& tx) = 0;
    /// The photo of check `id` (empty when it has none); nullopt when there is no such check.
    virtual Result<std::optional<std::string>> CheckPhoto(Tx& tx, std::int64_t id) = 0;
    /// The name of staff member `id`, nullopt when there is none.
    virtual Result<std::optional<std::string>> StaffName(Tx& tx, std::int64_t id) = 0;
    /// Stores `charge` and returns its id; ALREADY_EXISTS when this person was charged for this
    /// check already.
    virtual Result<std::int64_t> InsertCharge(Tx& tx, const Charge& charge) = 0;
    /// The charges of one check (query.check_id) or decided in a period, newest first.
    virtual Result<std::vector<Charge>> SelectCharges(Tx& tx, const ReturnQuery& query) = 0;
    /// Marks charge `id` withdrawn at `at` by `by_name` for `reason`; false when there is no
    /// such charge standing (none, or withdrawn already).
    virtual Result<bool> WithdrawCharge(Tx& tx,
                                        std::int64_t id,
                                        Timestamp at,
                                        const std::string& by_name,
                                        const std::string& reason) = 0;
};

}  // namespace kefu::field
