// A field record's identity and shape (R-FLD-10): the fingerprint a replay must match, the
// phone's UUID, and the checks that need no database.
#include "field/field_record.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace kefu::field {
namespace {

const Timestamp kNow = *ParseTimestamp("2026-11-27T02:00:00Z");

RecordInput Loading() {
    RecordInput in;
    in.id = "0b6f1c2e-3d4a-4b5c-8d9e-0f1a2b3c4d5e";
    in.job_id = 42;
    in.step = FieldStep::kLoading;
    in.checks = {Check::kPackagingIntact, Check::kKeeperConfirmed};
    in.counts = {{7, 4}, {9, 10}};
    in.recorded_at = kNow - std::chrono::minutes(30);
    return in;
}

bool Has(const std::vector<FieldViolation>& v, std::string_view field, std::string_view reason) {
    return std::ranges::any_of(
        v, [&](const FieldViolation& f) { return f.field == field && f.reason == reason; });
}

TEST(Fingerprint, IgnoresTheOrderOfTicksAndCounts) {  // R-FLD-10: a replay matches
    RecordInput shuffled = Loading();
    std::ranges::reverse(shuffled.checks);
    std::ranges::reverse(shuffled.counts);
    EXPECT_EQ(Fingerprint(Loading()), Fingerprint(shuffled));
}

TEST(Fingerprint, ChangesWithAnyCountTickTimeOrNote) {  // R-FLD-10: a reused id is caught
    const std::string base = Fingerprint(Loading());
    RecordInput count = Loading();
    count.counts[1].pieces = 9;
    RecordInput tick = Loading();
    tick.checks.pop_back();
    RecordInput time = Loading();
    time.recorded_at += std::chrono::seconds(1);
    RecordInput note = Loading();
    note.note = "x";
    RecordInput job = Loading();
    job.job_id = 43;
    for (const RecordInput& other : {count, tick, time, note, job}) {
        EXPECT_NE(Fingerprint(other), base);
    }
}

TEST(Fingerprint, ANoteCannotImitateTheFieldsBeforeIt) {
    RecordInput a = Loading();
    a.note = "b";
    RecordInput b = Loading();
    b.note = "1:b";  // would read like length 1 and text "b" without the length prefix
    EXPECT_NE(Fingerprint(a), Fingerprint(b));
}

TEST(IsUuid, TakesThePhonesFormatOnly) {
    EXPECT_TRUE(IsUuid("0b6f1c2e-3d4a-4b5c-8d9e-0f1a2b3c4d5e"));
    EXPECT_TRUE(IsUuid("0B6F1C2E-3D4A-4B5C-8D9E-0F1A2B3C4D5E"));
    EXPECT_FALSE(IsUuid("0b6f1c2e3d4a4b5c8d9e0f1a2b3c4d5e"));
    EXPECT_FALSE(IsUuid("0b6f1c2e-3d4a-4b5c-8d9e-0f1a2b3c4d5g"));
    EXPECT_FALSE(IsUuid("0b6f1c2e-3d4a-4b5c-8d9e_0f1a2b3c4d5e"));
    EXPECT_FALSE(IsUuid(""));
}

TEST(CheckRecordShape, AFullLoadingIsFine) {  // R-FLD-1
    EXPECT_TRUE(CheckRecordShape(Loading(), kNow).empty());
}

TEST(CheckRecordShape, NamesEveryProblemAtOnce) {
    RecordInput in = Loading();
    in.id = "not-a-uuid";
    in.checks = {Check::kToolsTaken};
    in.counts = {{7, -1}, {7, 2}};
    in.recorded_at = kNow + std::chrono::minutes(11);
    const auto v = CheckRecordShape(in, kNow);
    EXPECT_TRUE(Has(v, "id", "invalid_format"));
    EXPECT_TRUE(Has(v, "checks[0]", "not_in_step"));
    EXPECT_TRUE(Has(v, "checks", "incomplete"));
    EXPECT_TRUE(Has(v, "counts[0].pieces", "must_be_non_negative"));
    EXPECT_TRUE(Has(v, "counts[1].productId", "duplicate"));
    EXPECT_TRUE(Has(v, "recordedAt", "in_future"));
}

TEST(CheckRecordShape, AllowsAFewMinutesOfClockSkew) {
    RecordInput in = Loading();
    in.recorded_at = kNow + std::chrono::minutes(10);
    EXPECT_TRUE(CheckRecordShape(in, kNow).empty());
}

TEST(CheckRecordShape, ADepartureCountsNothing) {  // R-FLD-2
    RecordInput in = Loading();
    in.step = FieldStep::kDeparture;
    in.checks = {Check::kToolsTaken, Check::kFeedbackFormTaken, Check::kDocumentsTaken};
    EXPECT_TRUE(Has(CheckRecordShape(in, kNow), "counts", "not_in_step"));
    in.counts.clear();
    EXPECT_TRUE(CheckRecordShape(in, kNow).empty());
}

TEST(CheckCountsCover, EveryProductOfTheJobExactly) {  // R-FLD-1/3
    RecordInput in = Loading();
    EXPECT_TRUE(CheckCountsCover(in, {7, 9}).empty());
    const auto v = CheckCountsCover(in, {7, 11});
    EXPECT_EQ(v.size(), 2U);
    EXPECT_TRUE(Has(v, "counts", "unknown_item"));
    EXPECT_TRUE(Has(v, "counts", "missing_item"));
    in.step = FieldStep::kInstallation;
    EXPECT_TRUE(CheckCountsCover(in, {1}).empty());  // not a counting step
}

TEST(StepEvent, LoadingDepartureArrivalMoveTheJobInstallationDoesNot) {
    EXPECT_EQ(StepEvent(FieldStep::kLoading), jobs::JobEvent::kStartLoading);
    EXPECT_EQ(StepEvent(FieldStep::kDeparture), jobs::JobEvent::kDepart);
    EXPECT_EQ(StepEvent(FieldStep::kArrival), jobs::JobEvent::kArrive);
    EXPECT_FALSE(StepEvent(FieldStep::kInstallation).has_value());
}

}  // namespace
}  // namespace kefu::field
