// The checklist of each field step (R-FLD-1..4): what must be ticked, and what is missing.
#include "field/checklist.hpp"

#include <gtest/gtest.h>

#include <vector>

namespace kefu::field {
namespace {

TEST(Checklist, LoadingNeedsIntactPackagingAndTheKeepersConfirmation) {  // R-FLD-1
    EXPECT_EQ(std::vector<Check>(RequiredChecks(FieldStep::kLoading).begin(),
                                 RequiredChecks(FieldStep::kLoading).end()),
              (std::vector{Check::kPackagingIntact, Check::kKeeperConfirmed}));
    EXPECT_TRUE(CountsPieces(FieldStep::kLoading));
}

TEST(Checklist, DepartureTicksOffToolsFormAndDocuments) {  // R-FLD-2
    const std::vector<Check> ticked{Check::kToolsTaken, Check::kDocumentsTaken};
    EXPECT_EQ(MissingChecks(FieldStep::kDeparture, ticked), std::vector{Check::kFeedbackFormTaken});
    EXPECT_FALSE(CountsPieces(FieldStep::kDeparture));
}

TEST(Checklist, ArrivalHasNoTicksButCountsPieces) {  // R-FLD-3
    EXPECT_TRUE(RequiredChecks(FieldStep::kArrival).empty());
    EXPECT_TRUE(MissingChecks(FieldStep::kArrival, {}).empty());
    EXPECT_TRUE(CountsPieces(FieldStep::kArrival));
}

TEST(Checklist, InstallationNeedsAllFiveInTheirOrder) {  // R-FLD-4
    EXPECT_EQ(MissingChecks(FieldStep::kInstallation, {}),
              (std::vector{Check::kProtection,
                           Check::kPlacement,
                           Check::kAdjustment,
                           Check::kWarrantyExplained,
                           Check::kSiteCleaned}));
    const std::vector<Check> all{Check::kSiteCleaned,
                                 Check::kWarrantyExplained,
                                 Check::kAdjustment,
                                 Check::kPlacement,
                                 Check::kProtection};
    EXPECT_TRUE(MissingChecks(FieldStep::kInstallation, all).empty());
}

TEST(Checklist, ATickOfAnotherStepDoesNotCountForThisOne) {
    const std::vector<Check> wrong{Check::kToolsTaken, Check::kKeeperConfirmed};
    EXPECT_EQ(MissingChecks(FieldStep::kLoading, wrong), std::vector{Check::kPackagingIntact});
    EXPECT_TRUE(BelongsTo(Check::kKeeperConfirmed, FieldStep::kLoading));
    EXPECT_FALSE(BelongsTo(Check::kToolsTaken, FieldStep::kLoading));
}

}  // namespace
}  // namespace kefu::field
