// Loads the division dataset the binary carries into the database (run by `kefu migrate`).
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "geo/division_repository.hpp"
#include "platform/clock.hpp"

namespace kefu::geo {

/// What an import did.
struct ImportOutcome {
    bool changed = false;       ///< false when the stored data already had the dataset's version
    std::size_t divisions = 0;  ///< in the dataset
    std::size_t written = 0;    ///< new, changed or reactivated divisions
    std::size_t retired = 0;    ///< active divisions the dataset no longer lists
    std::string version;
};

/// What turns the stored tree into a dataset's: only the differences are written, so a new
/// dataset with a few changes costs a few rows.
struct ImportPlan {
    std::vector<Division> upserts;  ///< in the dataset's order (parents first)
    std::vector<DivisionCode> retirements;
};

/// The plan from the stored divisions to `dataset`: its divisions that are missing, differ in
/// any stored field or are inactive, and the active stored divisions it no longer lists.
ImportPlan PlanImport(std::span<const Division> stored, const DivisionDataset& dataset);

/// Keeps the stored tree equal to a dataset, identified by its version.
class DivisionImporter {
public:
    DivisionImporter(DivisionRepository& divisions,
                     TransactionRunner& transactions,
                     const Clock& clock)
        : divisions_(divisions), transactions_(transactions), clock_(clock) {}

    /// Makes the stored tree `dataset` (see PlanImport) unless the stored version already equals
    /// its version. One transaction: a failed import leaves the previous data as it was; running
    /// it again changes nothing.
    Result<ImportOutcome> ImportIfChanged(const DivisionDataset& dataset);
    /// FAILED_PRECONDITION, saying what to run, unless the stored version is `version`.
    Result<void> CheckUpToDate(std::string_view version, std::string_view database);

private:
    DivisionRepository& divisions_;
    TransactionRunner& transactions_;
    const Clock& clock_;
};

}  // namespace kefu::geo
