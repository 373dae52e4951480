// Loads the division dataset the binary carries into the database (run by `kefu migrate`).
#pragma once

#include <cstddef>
#include <string>

#include "geo/division_repository.hpp"
#include "platform/clock.hpp"

namespace kefu::geo {

/// What an import did.
struct ImportOutcome {
    bool changed = false;  ///< false when the stored data already had the dataset's version
    std::size_t divisions = 0;
    std::string version;
};

/// Keeps the stored tree equal to a dataset, identified by its version.
class DivisionImporter {
public:
    DivisionImporter(DivisionRepository& divisions,
                     TransactionRunner& transactions,
                     const Clock& clock)
        : divisions_(divisions), transactions_(transactions), clock_(clock) {}

    /// Stores `dataset` unless the stored version already equals its version. One transaction:
    /// a failed import leaves the previous data as it was; running it again changes nothing.
    Result<ImportOutcome> ImportIfChanged(const DivisionDataset& dataset);
    /// FAILED_PRECONDITION, saying what to run, unless the stored version is `version`.
    Result<void> CheckUpToDate(std::string_view version, std::string_view database);

private:
    DivisionRepository& divisions_;
    TransactionRunner& transactions_;
    const Clock& clock_;
};

}  // namespace kefu::geo
