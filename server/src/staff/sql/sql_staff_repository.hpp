// Staff, grade history and training on SQL.
#pragma once

#include "staff/staff_repository.hpp"

namespace kefu::staff {

/// StaffRepository over SOCI.
class SqlStaffRepository final : public StaffRepository {
public:
    Result<StaffMember> Insert(Tx& tx, const StaffMember& member, Timestamp at) override;
    Result<std::optional<StaffMember>> FindById(Tx& tx, StaffId id) override;
    Result<StaffMember> Update(Tx& tx, const StaffMember& member, Timestamp at) override;
    Result<Page<StaffMember>> List(Tx& tx,
                                   const StaffFilter& filter,
                                   const PageRequest& page) override;
    Result<std::vector<StaffMember>> ListActive(Tx& tx) override;
    Result<void> InsertGradeChange(Tx& tx, const GradeChange& change) override;
    Result<std::vector<GradeChange>> ListGradeChanges(Tx& tx, StaffId id) override;
};

/// TrainingRepository over SOCI.
class SqlTrainingRepository final : public TrainingRepository {
public:
    Result<std::vector<TrainingTopic>> ListTopics(Tx& tx) override;
    Result<std::optional<TrainingTopic>> FindTopic(Tx& tx, TrainingTopicId id) override;
    Result<TrainingTopic> InsertTopic(Tx& tx, const TrainingTopic& topic) override;
    Result<TrainingRecord> InsertRecord(Tx& tx,
                                        const TrainingRecord& record,
                                        Timestamp at) override;
    Result<std::vector<TrainingRecord>> ListRecords(Tx& tx, StaffId staff) override;
    Result<std::vector<std::pair<StaffId, TrainingTopicId>>> ListPassed(Tx& tx) override;
};

}  // namespace kefu::staff
