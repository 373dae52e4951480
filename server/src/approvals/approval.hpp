// Requests that need leadership's decision (R-ORG-2 promotion overrides, R-JOB-3 crew sizes):
// one inbox, each request decided once, the decision recorded with who, when and why.
#pragma once

#include <optional>
#include <string>

#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/strong_id.hpp"

namespace kefu::approvals {

struct ApprovalTag {};
using ApprovalId = StrongId<ApprovalTag>;  ///< one request in the inbox

/// Where a request stands; a decided request never changes again.
enum class ApprovalStatus { kPending, kApproved, kRejected };

inline constexpr auto kApprovalStatusNames =
    MakeEnumNames<ApprovalStatus>({{ApprovalStatus::kPending, "pending"},
                                   {ApprovalStatus::kApproved, "approved"},
                                   {ApprovalStatus::kRejected, "rejected"}});

/// A request as the capability that raises it describes it.
struct NewApproval {
    std::string kind;         ///< registered by the capability, e.g. "promotion_override"
    std::int64_t subject_id;  ///< the record it is about (a staff member, a job)
    std::string target;       ///< what is asked for, e.g. the grade "technician"
    std::string summary;  ///< one line for the inbox, e.g. "韩雪：客服实习员 → 客服技术员"
    std::string reason;  ///< why the requester asks
};

/// A stored request.
struct ApprovalRequest {
    ApprovalId id;
    std::string kind;
    std::int64_t subject_id = 0;
    std::string target;
    std::string summary;
    std::string reason;
    ApprovalStatus status = ApprovalStatus::kPending;
    std::optional<UserId> requested_by;
    std::string requested_by_name;
    Timestamp requested_at;
    std::optional<UserId> decided_by;
    std::string decided_by_name;
    std::optional<Timestamp> decided_at;
    std::string decision_reason;
    int version = 1;
};

}  // namespace kefu::approvals
