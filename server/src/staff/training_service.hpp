// Use cases on training: topics, records, and the gaps the head must close (R-ORG-3).
#pragma once

#include "audit/audit_log.hpp"
#include "auth/permission.hpp"
#include "platform/clock.hpp"
#include "staff/staff_repository.hpp"

namespace kefu::staff {

/// A training record as the API receives it.
struct TrainingInput {
    std::int64_t topic_id = 0;
    std::string trainer;
    std::string date;
    std::string result;
    std::optional<std::string> notes;
};

/// Training topics, records and gaps.
class TrainingService {
public:
    TrainingService(StaffRepository& staff,
                    TrainingRepository& training,
                    TransactionRunner& transactions,
                    audit::AuditLog& audit,
                    const Clock& clock)
        : staff_(staff),
          training_(training),
          transactions_(transactions),
          audit_(audit),
          clock_(clock) {}

    Result<std::vector<TrainingTopic>> ListTopics(const auth::Principal& principal);
    /// ALREADY_EXISTS (name: duplicate) for a second topic of the same name.
    Result<TrainingTopic> CreateTopic(const auth::Principal& principal,
                                      std::string_view name,
                                      bool required);
    /// Records of one member; the member may read their own.
    Result<std::vector<TrainingRecord>> ListRecords(const auth::Principal& principal,
                                                    StaffId staff);
    /// INVALID_ARGUMENT with violations (topicId: invalid_value, date: date_in_future …);
    /// NOT_FOUND for an unknown staff member.
    Result<TrainingRecord> Record(const auth::Principal& principal,
                                  StaffId staff,
                                  const TrainingInput& input);
    /// Active installers missing a passed required topic, by name.
    Result<Page<TrainingGap>> Gaps(const auth::Principal& principal, const PageRequest& page);

private:
    StaffRepository& staff_;
    TrainingRepository& training_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
};

/// Pure: which required topics each installer lacks (no I/O; unit-tested).
std::vector<TrainingGap> FindTrainingGaps(
    const std::vector<StaffMember>& active_staff,
    const std::vector<TrainingTopic>& topics,
    const std::vector<std::pair<StaffId, TrainingTopicId>>& passed);

}  // namespace kefu::staff
