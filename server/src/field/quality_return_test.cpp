// Quality returns (R-FLD-9): which jobs can be checked, what a damaged check must carry, the
// bounds of a charge, and each person's total.
#include "field/quality_return.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace kefu::field {
namespace {

std::vector<std::string> Reasons(const Violations& v) {
    std::vector<std::string> out;
    for (const FieldViolation& f : v.items()) out.push_back(f.field + ":" + f.reason);
    return out;
}

TEST(QualityReturn, OnlyGoodsReturnedToTheFactoryAreChecked) {  // R-FLD-9
    using S = jobs::JobStatus;
    EXPECT_TRUE(CanCheckReturn(S::kReturnedToFactory));
    for (S s : {S::kNew,
                S::kScheduled,
                S::kOnSite,
                S::kInstalled,
                S::kDelivered,
                S::kClosed,
                S::kReworkScheduled,
                S::kCancelled}) {
        EXPECT_FALSE(CanCheckReturn(s)) << jobs::kJobStatusNames.Name(s);
    }
}

TEST(QualityReturn, IntactNeedsNeitherNoteNorPhoto) {  // R-FLD-9
    EXPECT_TRUE(CheckNewReturnCheck({.job_id = 7, .job_version = 3}).empty());
}

TEST(QualityReturn, DamagedNeedsANoteAndAPhoto) {  // R-FLD-9
    NewReturnCheck damaged{.job_id = 7, .job_version = 3, .outcome = ReturnOutcome::kDamaged};
    EXPECT_EQ(Reasons(CheckNewReturnCheck(damaged)),
              (std::vector<std::string>{"note:required", "photo:required"}));
    damaged.note = "corner crushed, no foam";
    damaged.has_photo = true;
    EXPECT_TRUE(CheckNewReturnCheck(damaged).empty());
}

TEST(QualityReturn, NoteAtItsLimit) {
    NewReturnCheck check{.job_id = 7, .job_version = 1, .note = std::string(kReturnNoteMax, 'x')};
    EXPECT_TRUE(CheckNewReturnCheck(check).empty());
    check.note.push_back('x');
    EXPECT_EQ(Reasons(CheckNewReturnCheck(check)), (std::vector<std::string>{"note:too_long"}));
    // Characters, not bytes: 500 Chinese characters (1,500 bytes) are within the limit.
    std::string chinese;
    for (std::size_t i = 0; i < kReturnNoteMax; ++i) chinese += "损";
    check.note = chinese;
    EXPECT_TRUE(CheckNewReturnCheck(check).empty());
    check.note += "坏";
    EXPECT_EQ(Reasons(CheckNewReturnCheck(check)), (std::vector<std::string>{"note:too_long"}));
}

TEST(QualityReturn, ChargeFromOneFenToTheGuard) {  // R-FLD-9: an amount in fen
    NewCharge charge{.check_id = 1, .staff_id = 4, .amount_fen = 1, .reason = "no corner guards"};
    EXPECT_TRUE(CheckNewCharge(charge).empty());
    charge.amount_fen = kChargeMaxFen;
    EXPECT_TRUE(CheckNewCharge(charge).empty());
    charge.amount_fen = kChargeMaxFen + 1;
    EXPECT_EQ(Reasons(CheckNewCharge(charge)),
              (std::vector<std::string>{"amountFen:out_of_range"}));
    charge.amount_fen = 0;
    EXPECT_EQ(Reasons(CheckNewCharge(charge)),
              (std::vector<std::string>{"amountFen:out_of_range"}));
    charge.amount_fen = -500;
    EXPECT_EQ(Reasons(CheckNewCharge(charge)),
              (std::vector<std::string>{"amountFen:out_of_range"}));
}

TEST(QualityReturn, ChargeNeedsAPersonAndAReason) {  // R-FLD-9: a reason, someone responsible
    EXPECT_EQ(Reasons(CheckNewCharge({.check_id = 1, .amount_fen = 100})),
              (std::vector<std::string>{"staffId:required", "reason:required"}));
    NewCharge charge{.check_id = 1,
                     .staff_id = 4,
                     .amount_fen = 100,
                     .reason = std::string(kChargeReasonMax + 1, 'r')};
    EXPECT_EQ(Reasons(CheckNewCharge(charge)), (std::vector<std::string>{"reason:too_long"}));
}

TEST(QualityReturn, TotalsPerPersonLargestFirst) {
    const std::vector<Charge> charges{
        {.id = 1, .staff_id = 4, .staff_name = "李四", .amount_fen = 5'000},
        {.id = 2, .staff_id = 9, .staff_name = "王五", .amount_fen = 12'000},
        {.id = 3, .staff_id = 4, .staff_name = "李四", .amount_fen = 2'550},
        {.id = 4, .staff_id = 2, .staff_name = "张三", .amount_fen = 7'550},
    };
    const std::vector<ChargeTotal> totals = TotalsByPerson(charges);
    ASSERT_EQ(totals.size(), 3u);
    EXPECT_EQ(totals[0].staff_name, "王五");
    EXPECT_EQ(totals[0].amount_fen, 12'000);
    EXPECT_EQ(totals[0].count, 1);
    // Equal amounts: by name, so the order does not depend on ids.
    EXPECT_EQ(totals[1].staff_name, "张三");
    EXPECT_EQ(totals[2].staff_name, "李四");
    EXPECT_EQ(totals[2].amount_fen, 7'550);
    EXPECT_EQ(totals[2].count, 2);
}

// R-FLD-9: a charge the head withdrew is not owed: it counts in no total, and a person whose
// charges were all withdrawn has none.
TEST(QualityReturn, AWithdrawnChargeCountsInNoTotal) {
    const Timestamp withdrawn{};
    const std::vector<Charge> charges{
        {.id = 1, .staff_id = 4, .staff_name = "李四", .amount_fen = 5'000},
        {.id = 2,
         .staff_id = 4,
         .staff_name = "李四",
         .amount_fen = 3'000,
         .withdrawn_at = withdrawn},
        {.id = 3,
         .staff_id = 9,
         .staff_name = "王五",
         .amount_fen = 9'000,
         .withdrawn_at = withdrawn},
    };
    const std::vector<ChargeTotal> totals = TotalsByPerson(charges);
    ASSERT_EQ(totals.size(), 1u);
    EXPECT_EQ(totals[0].staff_name, "李四");
    EXPECT_EQ(totals[0].amount_fen, 5'000);
    EXPECT_EQ(totals[0].count, 1);
}

}  // namespace
}  // namespace kefu::field
