// Ports: storage of staff, grade changes and training.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "platform/error.hpp"
#include "platform/paging.hpp"
#include "platform/transaction.hpp"
#include "staff/staff_member.hpp"
#include "staff/training.hpp"

namespace kefu::staff {

/// Filters of the staff list; empty fields match everything.
struct StaffFilter {
    std::string query;  ///< part of the name or phone
    std::optional<Grade> grade;
    std::optional<StaffStatus> status;
};

/// Why a grade changed.
enum class GradeChangeKind { kPromotion, kOverride, kInternshipEndedEarly };

inline constexpr auto kGradeChangeKindNames = MakeEnumNames<GradeChangeKind>(
    {{GradeChangeKind::kPromotion, "promotion"},
     {GradeChangeKind::kOverride, "override"},
     {GradeChangeKind::kInternshipEndedEarly, "internship_ended_early"}});

inline std::string_view GradeChangeKindName(GradeChangeKind kind) {
    return kGradeChangeKindNames.Name(kind);
}

/// One entry of a staff member's grade history (HR data).
struct GradeChange {
    std::int64_t id = 0;
    StaffId staff_id;
    Grade from = Grade::kIntern;
    Grade to = Grade::kIntern;
    GradeChangeKind kind = GradeChangeKind::kPromotion;
    std::optional<std::string> reason;
    Timestamp changed_at;
    std::optional<UserId> changed_by;
    std::string changed_by_name;
};

/// Staff records.
class StaffRepository {
public:
    virtual ~StaffRepository() = default;
    /// ALREADY_EXISTS when the phone is taken.
    virtual Result<StaffMember> Insert(Tx& tx, const StaffMember& member, Timestamp at) = 0;
    virtual Result<std::optional<StaffMember>> FindById(Tx& tx, StaffId id) = 0;
    /// Writes every field of `member` if its version is still `member.version`; ABORTED when
    /// someone else changed the record first. Returns the stored record (version + 1).
    virtual Result<StaffMember> Update(Tx& tx, const StaffMember& member, Timestamp at) = 0;
    /// By name, then id.
    virtual Result<Page<StaffMember>> List(Tx& tx,
                                           const StaffFilter& filter,
                                           const PageRequest& page) = 0;
    /// Every active member (the department is small: tens to a few hundred people).
    virtual Result<std::vector<StaffMember>> ListActive(Tx& tx) = 0;
    virtual Result<void> InsertGradeChange(Tx& tx, const GradeChange& change) = 0;
    /// Newest first.
    virtual Result<std::vector<GradeChange>> ListGradeChanges(Tx& tx, StaffId id) = 0;
};

/// Training topics and records.
class TrainingRepository {
public:
    virtual ~TrainingRepository() = default;
    virtual Result<std::vector<TrainingTopic>> ListTopics(Tx& tx) = 0;
    virtual Result<std::optional<TrainingTopic>> FindTopic(Tx& tx, TrainingTopicId id) = 0;
    /// ALREADY_EXISTS for a duplicate name.
    virtual Result<TrainingTopic> InsertTopic(Tx& tx, const TrainingTopic& topic) = 0;
    virtual Result<TrainingRecord> InsertRecord(Tx& tx,
                                                const TrainingRecord& record,
                                                Timestamp at) = 0;
    /// Newest first.
    virtual Result<std::vector<TrainingRecord>> ListRecords(Tx& tx, StaffId staff) = 0;
    /// (staff, topic) pairs with a passed record.
    virtual Result<std::vector<std::pair<StaffId, TrainingTopicId>>> ListPassed(Tx& tx) = 0;
};

}  // namespace kefu::staff
