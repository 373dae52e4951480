// The crew's checklist on site (R-FLD-1..4): the steps of a job in the field and the checks each
// step needs ticked before it counts as done.
#pragma once

#include <span>
#include <vector>

#include "platform/enum_names.hpp"

namespace kefu::field {

/// A step of the field work, in the order a crew does them.
enum class FieldStep { kLoading, kDeparture, kArrival, kInstallation };

inline constexpr auto kFieldStepNames =
    MakeEnumNames<FieldStep>({{FieldStep::kLoading, "loading"},
                              {FieldStep::kDeparture, "departure"},
                              {FieldStep::kArrival, "arrival"},
                              {FieldStep::kInstallation, "installation"}});

/// One tick of the checklist; each belongs to one step.
enum class Check {
    kPackagingIntact,    ///< R-FLD-1: packaging checked intact before loading
    kKeeperConfirmed,    ///< R-FLD-1: the warehouse keeper confirmed the loading
    kToolsTaken,         ///< R-FLD-2
    kFeedbackFormTaken,  ///< R-FLD-2
    kDocumentsTaken,     ///< R-FLD-2
    kProtection,         ///< R-FLD-4: the customer's furniture and decoration protected
    kPlacement,          ///< R-FLD-4: placed as the customer asked
    kAdjustment,         ///< R-FLD-4
    kWarrantyExplained,  ///< R-FLD-4: warranty period and content explained
    kSiteCleaned,        ///< R-FLD-4
};

inline constexpr auto kCheckNames =
    MakeEnumNames<Check>({{Check::kPackagingIntact, "packaging_intact"},
                          {Check::kKeeperConfirmed, "keeper_confirmed"},
                          {Check::kToolsTaken, "tools_taken"},
                          {Check::kFeedbackFormTaken, "feedback_form_taken"},
                          {Check::kDocumentsTaken, "documents_taken"},
                          {Check::kProtection, "protection"},
                          {Check::kPlacement, "placement"},
                          {Check::kAdjustment, "adjustment"},
                          {Check::kWarrantyExplained, "warranty_explained"},
                          {Check::kSiteCleaned, "site_cleaned"}});

/// The checks `step` needs, in the order the screen lists them (arrival has none: its evidence
/// is the piece count).
std::span<const Check> RequiredChecks(FieldStep step);

/// Whether the step counts pieces per item: loading (R-FLD-1) and unloading on arrival (R-FLD-3).
bool CountsPieces(FieldStep step);

/// The required checks of `step` not in `ticked`, in RequiredChecks order. Ticks of another
/// step's checks are ignored here (the record's reader refuses them).
std::vector<Check> MissingChecks(FieldStep step, std::span<const Check> ticked);

/// Whether `check` belongs to `step`.
bool BelongsTo(Check check, FieldStep step);

}  // namespace kefu::field
