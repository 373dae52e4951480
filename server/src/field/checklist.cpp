#include "field/checklist.hpp"

#include <algorithm>
#include <array>

namespace kefu::field {
namespace {

constexpr std::array kLoadingChecks{Check::kPackagingIntact, Check::kKeeperConfirmed};
constexpr std::array kDepartureChecks{
    Check::kToolsTaken, Check::kFeedbackFormTaken, Check::kDocumentsTaken};
constexpr std::array kInstallationChecks{Check::kProtection,
                                         Check::kPlacement,
                                         Check::kAdjustment,
                                         Check::kWarrantyExplained,
                                         Check::kSiteCleaned};

}  // namespace

std::span<const Check> RequiredChecks(FieldStep step) {
    switch (step) {
        case FieldStep::kLoading:
            return kLoadingChecks;
        case FieldStep::kDeparture:
            return kDepartureChecks;
        case FieldStep::kArrival:
            return {};
        case FieldStep::kInstallation:
            return kInstallationChecks;
    }
    return {};
}

bool CountsPieces(FieldStep step) {
    return step == FieldStep::kLoading || step == FieldStep::kArrival;
}

std::vector<Check> MissingChecks(FieldStep step, std::span<const Check> ticked) {
    std::vector<Check> missing;
    for (Check check : RequiredChecks(step)) {
        if (std::ranges::find(ticked, check) == ticked.end()) missing.push_back(check);
    }
    return missing;
}

bool BelongsTo(Check check, FieldStep step) {
    const auto checks = RequiredChecks(step);
    return std::ranges::find(checks, check) != checks.end();
}

}  // namespace kefu::field
