// Jobs on SQL.
#pragma once

#include "jobs/job_repository.hpp"

namespace kefu::jobs {

/// JobRepository over SOCI.
class SqlJobRepository final : public JobRepository {
public:
    Result<Job> Insert(Tx& tx, const Job& job) override;
    Result<std::optional<Job>> FindById(Tx& tx, JobId id) override;
    Result<void> Update(Tx& tx, const Job& job) override;
    Result<Page<Job>> List(Tx& tx, const JobFilter& filter, const PageRequest& page) override;
    Result<std::int64_t> Count(Tx& tx, const JobFilter& filter) override;
    Result<std::vector<DayCount>> CountByDay(Tx& tx, Date from, Date to) override;
    Result<void> InsertTransition(Tx& tx,
                                  JobId id,
                                  const JobTransitionRecord& record,
                                  std::optional<UserId> by) override;
    Result<std::vector<JobTransitionRecord>> ListTransitions(Tx& tx, JobId id) override;
    Result<JobCall> InsertCall(Tx& tx,
                               JobId id,
                               const JobCall& call,
                               std::optional<UserId> by) override;
    Result<std::vector<JobCall>> ListCalls(Tx& tx, JobId id) override;
    Result<std::vector<BusySlot>> BusyOn(Tx& tx,
                                         Date day,
                                         const std::vector<StaffId>& people,
                                         std::optional<std::int64_t> vehicle,
                                         JobId except) override;
    Result<int> DealerDayPeople(Tx& tx, DealerId dealer, Date day, JobId except) override;
    Result<void> LockDay(Tx& tx, Date day) override;
};

}  // namespace kefu::jobs
