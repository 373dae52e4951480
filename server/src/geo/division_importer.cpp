#include "geo/division_importer.hpp"

#include <fmt/core.h>

#include <unordered_map>
#include <unordered_set>

namespace kefu::geo {
namespace {

// The fields an import writes; `has_children` is derived and `active` is judged separately.
bool SameStoredData(const Division& a, const Division& b) {
    return a.parent == b.parent && a.level == b.level && a.kind == b.kind && a.name == b.name &&
           a.point == b.point && a.approximate == b.approximate;
}

}  // namespace

ImportPlan PlanImport(std::span<const Division> stored, const DivisionDataset& dataset) {
    std::unordered_map<std::int32_t, const Division*> by_code;
    for (const Division& d : stored) by_code.emplace(d.code.value(), &d);
    ImportPlan plan;
    std::unordered_set<std::int32_t> listed;
    for (const Division& d : dataset.divisions) {
        listed.insert(d.code.value());
        const auto it = by_code.find(d.code.value());
        if (it == by_code.end() || !it->second->active || !SameStoredData(*it->second, d)) {
            plan.upserts.push_back(d);
        }
    }
    for (const Division& d : stored) {
        if (d.active && !listed.contains(d.code.value())) plan.retirements.push_back(d.code);
    }
    return plan;
}

Result<ImportOutcome> DivisionImporter::ImportIfChanged(const DivisionDataset& dataset) {
    return transactions_.Run<ImportOutcome>(TxMode::kWrite, [&](Tx& tx) -> Result<ImportOutcome> {
        ImportOutcome outcome;
        outcome.version = dataset.version;
        outcome.divisions = dataset.divisions.size();
        KEFU_ASSIGN_OR_RETURN(auto stored_version, divisions_.StoredVersion(tx));
        if (stored_version == dataset.version) return outcome;
        KEFU_ASSIGN_OR_RETURN(auto stored, divisions_.All(tx));
        const ImportPlan plan = PlanImport(stored, dataset);
        KEFU_TRY(divisions_.Upsert(tx, plan.upserts));
        KEFU_TRY(divisions_.Retire(tx, plan.retirements));
        KEFU_TRY(divisions_.RecordVersion(tx, dataset, clock_.Now()));
        outcome.changed = true;
        outcome.written = plan.upserts.size();
        outcome.retired = plan.retirements.size();
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
