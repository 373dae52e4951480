// Quality returns (R-FLD-9): goods back at the factory are checked for their repacking, and the
// loss from bad repacking is charged to the staff member the head holds responsible.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "jobs/job_status.hpp"
#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"

namespace kefu::field {

/// How returned goods came back: repacked intact, or damaged by bad repacking.
enum class ReturnOutcome { kIntact, kDamaged };

inline constexpr auto kReturnOutcomeNames = MakeEnumNames<ReturnOutcome>(
    {{ReturnOutcome::kIntact, "intact"}, {ReturnOutcome::kDamaged, "damaged"}});

/// The longest note of a check and reason of a charge in characters, as the contract states.
inline constexpr std::size_t kReturnNoteMax = 500;
inline constexpr std::size_t kChargeReasonMax = 200;
/// The largest single charge the form accepts (1,000,000 yuan): a typing error guard, not policy
/// (the regulations leave each amount to the head).
inline constexpr std::int64_t kChargeMaxFen = 100'000'000;

/// A check as the warehouse records it; the photo's bytes are re-encoded before storing.
struct NewReturnCheck {
    std::int64_t job_id = 0;
    int job_version = 0;  ///< the returned job as read: one check per return
    ReturnOutcome outcome = ReturnOutcome::kIntact;
    std::string note = {};
    bool has_photo = false;
};

/// A stored repacking check of one return of a job.
struct ReturnCheck {
    std::int64_t id = 0;
    std::int64_t job_id = 0;
    int job_version = 0;
    ReturnOutcome outcome = ReturnOutcome::kIntact;
    std::string note = {};
    std::string photo_jpeg = {};  ///< the re-encoded photo; empty when none or when listed
    bool has_photo = false;
    std::optional<UserId> checked_by = {};
    std::string checked_by_name = {};
    Timestamp checked_at = {};
    Date checked_date = {};  ///< in China, for the lists
};

/// The head's decision: who pays how much for a damaged return, and why.
struct NewCharge {
    std::int64_t check_id = 0;
    std::int64_t staff_id = 0;
    std::int64_t amount_fen = 0;
    std::string reason = {};
};

/// A stored charge, with the names the lists show.
struct Charge {
    std::int64_t id = 0;
    std::int64_t check_id = 0;
    std::int64_t job_id = 0;
    std::string job_number = {};
    std::int64_t staff_id = 0;
    std::string staff_name = {};
    std::int64_t amount_fen = 0;
    std::string reason = {};
    std::optional<UserId> decided_by = {};
    std::string decided_by_name = {};
    Timestamp decided_at = {};
    Date decided_date = {};  ///< in China, for the lists
    /// Set when the head withdrew it (decided in error): listed still, counted no more.
    std::optional<Timestamp> withdrawn_at = {};
    std::string withdrawn_by_name = {};
    std::string withdrawal_reason = {};
};

/// True only for a job whose goods came back to the factory.
bool CanCheckReturn(jobs::JobStatus status);

/// The rules of a check: damaged needs a note saying what was found and a photo of it; the note
/// within kReturnNoteMax.
Violations CheckNewReturnCheck(const NewReturnCheck& check);

/// The rules of a charge: a staff member, 1 fen to kChargeMaxFen, a reason within
/// kChargeReasonMax. Whether the check was damaged is the service's (it needs the stored check).
Violations CheckNewCharge(const NewCharge& charge);

/// One person's charges in a period.
struct ChargeTotal {
    std::int64_t staff_id = 0;
    std::string staff_name = {};
    std::int64_t amount_fen = 0;
    int count = 0;
};

/// Sums the standing `charges` (not withdrawn) per staff member, largest amount first (then by
/// name); a person whose charges were all withdrawn has no total.
std::vector<ChargeTotal> TotalsByPerson(std::span<const Charge> charges);

}  // namespace kefu::field
