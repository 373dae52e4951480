// Storage of the promises of rework jobs (R-FLD-8).
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "field/rework.hpp"
#include "platform/error.hpp"
#include "platform/transaction.hpp"

namespace kefu::field {

/// Which reworks a query picks; unset fields match all.
struct ReworkQuery {
    std::optional<std::int64_t> job_id = std::nullopt;
    std::optional<std::int64_t> original_job_id = std::nullopt;
    std::optional<Date> committed_from = std::nullopt;  ///< with committed_to: both or neither
    std::optional<Date> committed_to = std::nullopt;
    int limit = 500;
};

/// Reworks, each with when its job was first finished.
class ReworkRepository {
public:
    virtual ~ReworkRepository() = default;
    /// Stores the promise of the rework job `rework.job_id` (at version 1).
    virtual Result<void> Insert(Tx& tx, const Rework& rework) = 0;
    /// The reworks `query` picks, by committed date then job.
    virtual Result<std::vector<Rework>> Select(Tx& tx, const ReworkQuery& query) = 0;
    /// Writes the apology call of `rework` (at rework.version); ABORTED unless the row is still
    /// at version - 1 without an apology.
    virtual Result<void> RecordApology(Tx& tx, const Rework& rework) = 0;
};

}  // namespace kefu::field
