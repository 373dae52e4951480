#include "geo/division_importer.hpp"

#include <fmt/core.h>

namespace kefu::geo {

Result<ImportOutcome> DivisionImporter::ImportIfChanged(const DivisionDataset& dataset) {
    return transactions_.Run<ImportOutcome>(TxMode::kWrite, [&](Tx& tx) -> Result<ImportOutcome> {
        ImportOutcome outcome;
        outcome.version = dataset.version;
        outcome.divisions = dataset.divisions.size();
        KEFU_ASSIGN_OR_RETURN(auto stored, divisions_.StoredVersion(tx));
        if (stored == dataset.version) return outcome;
        KEFU_TRY(divisions_.Store(tx, dataset, clock_.Now()));
        outcome.changed = true;
        return outcome;
    });
}

Result<void> DivisionImporter::CheckUpToDate(std::string_view version, std::string_view database) {
    KEFU_ASSIGN_OR_RETURN(auto stored,
                          transactions_.Run<std::optional<std::string>>(
                              TxMode::kRead, [&](Tx& tx) { return divisions_.StoredVersion(tx); }));
    if (stored == version) return {};
    return Fail(Error::FailedPrecondition(
        fmt::format("database {} has {} administrative divisions than this kefu carries; run: "
                    "kefu migrate --db {}",
                    database,
                    stored ? "other" : "no",
                    database)));
}

}  // namespace kefu::geo
