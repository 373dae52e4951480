// A record of a field step as the crew's phone sends it (R-FLD-1..4, R-FLD-10): written offline
// first under a UUID the phone makes, applied by the server exactly once.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "field/checklist.hpp"
#include "field/piece_count.hpp"
#include "jobs/job_status.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"

namespace kefu::field {

/// What the server did with a record: it moved the job, or the job had moved on without the
/// crew (cancelled in the office, the step already recorded) and the record is kept as a
/// conflict for both sides to see; never dropped.
enum class RecordOutcome { kApplied, kConflict };

inline constexpr auto kRecordOutcomeNames = MakeEnumNames<RecordOutcome>(
    {{RecordOutcome::kApplied, "applied"}, {RecordOutcome::kConflict, "conflict"}});

/// What the phone recorded: the step, its ticks and counts, when and what was noted.
struct RecordInput {
    std::string id;  ///< the phone's UUID: the record's identity and idempotency key
    std::int64_t job_id = 0;
    FieldStep step = FieldStep::kLoading;
    std::vector<Check> checks;
    std::vector<ItemCount> counts;  ///< per product of the job
    std::string note;
    Timestamp recorded_at;  ///< the phone's clock when the step was done
};

/// A record as stored.
struct FieldRecord {
    RecordInput input;
    std::string fingerprint;  ///< Fingerprint(input): a replay must match it
    RecordOutcome outcome = RecordOutcome::kApplied;
    std::string conflict_reason;  ///< a stable reason when a conflict (e.g. "illegal_transition")
    std::string conflict_status;  ///< the job's state the record met, when a conflict
    std::optional<UserId> recorded_by;
    std::string recorded_by_name;
    Timestamp received_at;
};

/// How far ahead of the server's clock a phone's may run: a record or a signature stamped later
/// than now plus this is a wrong clock, refused as in_future.
inline constexpr auto kClockSkew = std::chrono::minutes(10);

/// A canonical text of everything the phone sent (ticks and counts sorted), so a replay of the
/// same record matches however its lists were ordered, and a different record under a reused
/// UUID does not.
std::string Fingerprint(const RecordInput& input);

/// Whether `id` is a UUID as phones make them: 36 characters, 8-4-4-4-12 hexadecimal digits.
bool IsUuid(std::string_view id);

/// The checks of a record that need no database: the UUID, ticks of this step only and all of
/// them, counts for a counting step only, none negative, no product twice, and a recorded time
/// not after `now` plus a few minutes of clock skew. Each as {field, reason}.
std::vector<FieldViolation> CheckRecordShape(const RecordInput& input, Timestamp now);

/// The products of the job every count must cover: violations "counts" missing_item /
/// unknown_item (with the product id as detail) when a counting step does not count exactly
/// the job's products.
std::vector<FieldViolation> CheckCountsCover(const RecordInput& input,
                                             const std::vector<std::int64_t>& job_products);

/// The job event a step moves the job by: loading starts loading, departure departs, arrival
/// arrives; the installation checklist moves nothing (the signed receipt finishes the job).
std::optional<jobs::JobEvent> StepEvent(FieldStep step);

}  // namespace kefu::field
