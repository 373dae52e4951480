#include "dispatch/sql/sql_plan_repository.hpp"

#include <map>
#include <string>

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "dispatch/sql/plan_queries.hpp"
#include "jobs/job.hpp"

namespace kefu::dispatch {

namespace {

/// The columns open_jobs.sql selects, and crew_jobs.sql first.
struct PlanJobRow {
    long long id = 0;
    std::optional<std::string> number;
    int version = 0;
    long long lat = 0;
    long long lng = 0;
    int window_start = 0;
    int window_end = 0;
    int crew_needed = 0;
    long long volume = 0;
    long long weight = 0;
    std::string priority;
    long long install_minutes = 0;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(number));
        st.exchange(soci::into(version));
        st.exchange(soci::into(lat));
        st.exchange(soci::into(lng));
        st.exchange(soci::into(window_start));
        st.exchange(soci::into(window_end));
        st.exchange(soci::into(crew_needed));
        st.exchange(soci::into(volume));
        st.exchange(soci::into(weight));
        st.exchange(soci::into(priority));
        st.exchange(soci::into(install_minutes));
    }

    /// The job as the planner sees it; its problems go to `decode`.
    OpenJob ToOpenJob(db::RowDecoder& decode) const {
        OpenJob job;
        job.number = decode.Take(number, "number", "NULL");
        job.version = version;
        job.plan.job_id = id;
        job.plan.site = FromMicrodegrees(lat, lng);
        job.plan.window_start = window_start;
        job.plan.window_end = window_end;
        job.plan.people_needed = crew_needed;
        job.plan.volume_l = volume;
        job.plan.weight_g = weight;
        job.plan.urgent = decode.Take(jobs::kPriorityNames.Parse(priority), "priority", priority) ==
                          jobs::Priority::kUrgent;
        job.plan.install_minutes = static_cast<int>(install_minutes);
        return job;
    }
};

/// Runs `sql` (bound to :day) after the row's columns are bound, calling `each` per row.
template <class Row, class Each>
Result<void> ForEachRow(
    soci::session& session, std::string_view sql, const std::string& day, Row& row, Each each) {
    soci::statement st(session);
    st.alloc();
    st.exchange(soci::use(day, "day"));
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    while (st.fetch()) KEFU_TRY(each());
    return {};
}

/// Pairs (job id, value) of `sql` for the day, handed to `add` (skills, members).
template <class Value, class Add>
void ForEachPair(soci::session& session, std::string_view sql, const std::string& day, Add add) {
    long long job_id = 0;
    Value value{};
    soci::statement st = (session.prepare << std::string(sql),
                          soci::use(day, "day"),
                          soci::into(job_id),
                          soci::into(value));
    st.execute();
    while (st.fetch()) add(job_id, value);
}

/// The columns of crew_jobs.sql.
struct CrewJobRow : PlanJobRow {
    std::string status;
    long long lead = 0;
    std::optional<long long> vehicle;
    std::optional<long long> driver;
    int start = 0;
    int end = 0;

    void Bind(soci::statement& st) {
        PlanJobRow::Bind(st);
        st.exchange(soci::into(status));
        st.exchange(soci::into(lead));
        st.exchange(soci::into(vehicle));
        st.exchange(soci::into(driver));
        st.exchange(soci::into(start));
        st.exchange(soci::into(end));
    }
};

}  // namespace

Result<std::vector<OpenJob>> SqlPlanRepository::OpenJobs(Tx& tx, Date day) {
    return db::Guarded([&]() -> Result<std::vector<OpenJob>> {
        auto& session = db::AsSoci(tx).session();
        const std::string day_text = day.ToString();
        std::vector<OpenJob> out;
        std::map<long long, std::size_t> index;
        PlanJobRow row;
        KEFU_TRY(ForEachRow(session, queries::kOpenJobs, day_text, row, [&]() -> Result<void> {
            db::RowDecoder decode("jobs", row.id);
            OpenJob job = row.ToOpenJob(decode);
            KEFU_TRY(decode.Finish());
            index[row.id] = out.size();
            out.push_back(std::move(job));
            return {};
        }));
        ForEachPair<std::string>(
            session, queries::kOpenJobSkills, day_text, [&](long long id, const std::string& s) {
                if (auto it = index.find(id); it != index.end()) {
                    out[it->second].plan.skills.push_back(s);
                }
            });
        return out;
    });
}

Result<std::vector<CrewJob>> SqlPlanRepository::CrewJobs(Tx& tx, Date day) {
    return db::Guarded([&]() -> Result<std::vector<CrewJob>> {
        auto& session = db::AsSoci(tx).session();
        const std::string day_text = day.ToString();
        std::vector<CrewJob> out;
        std::map<long long, std::size_t> index;
        CrewJobRow row;
        KEFU_TRY(ForEachRow(session, queries::kCrewJobs, day_text, row, [&]() -> Result<void> {
            db::RowDecoder decode("jobs", row.id);
            CrewJob job;
            job.job = row.ToOpenJob(decode);
            job.status = decode.Take(jobs::kJobStatusNames.Parse(row.status), "status", row.status);
            job.crew.lead = StaffId(row.lead);
            job.crew.vehicle_id = row.vehicle.value_or(0);
            if (row.driver) job.crew.driver = StaffId(*row.driver);
            job.start = row.start;
            job.end = row.end;
            KEFU_TRY(decode.Finish());
            index[row.id] = out.size();
            out.push_back(std::move(job));
            return {};
        }));
        ForEachPair<std::string>(
            session, queries::kCrewJobSkills, day_text, [&](long long id, const std::string& s) {
                if (auto it = index.find(id); it != index.end()) {
                    out[it->second].job.plan.skills.push_back(s);
                }
            });
        ForEachPair<long long>(
            session, queries::kCrewJobMembers, day_text, [&](long long id, long long person) {
                if (auto it = index.find(id); it != index.end()) {
                    out[it->second].crew.members.emplace_back(person);
                }
            });
        return out;
    });
}

Result<std::optional<VehicleCapacity>> SqlPlanRepository::Vehicle(Tx& tx, std::int64_t id) {
    return db::Guarded([&]() -> Result<std::optional<VehicleCapacity>> {
        const long long key = id;
        long long volume = 0;
        long long payload = 0;
        std::string status;
        auto& session = db::AsSoci(tx).session();
        session << std::string(queries::kVehicleCapacity), soci::use(key, "id"), soci::into(volume),
            soci::into(payload), soci::into(status);
        if (!session.got_data()) return std::nullopt;
        return VehicleCapacity{volume, payload, status == "in_service"};
    });
}

Result<std::vector<std::string>> SqlPlanRepository::SkillsOf(Tx& tx,
                                                             const std::vector<StaffId>& people) {
    if (people.empty()) return std::vector<std::string>();
    return db::Guarded([&]() -> Result<std::vector<std::string>> {
        auto& soci_tx = db::AsSoci(tx);
        std::string ids = ",";
        for (StaffId person : people) ids += std::to_string(person.value()) + ",";
        std::string skill;
        soci::statement st = (soci_tx.session().prepare << db::QueryFor(
                                  soci_tx, queries::kSkillsOf, queries::kSkillsOf_Pg),
                              soci::use(ids, "people"),
                              soci::into(skill));
        st.execute();
        std::vector<std::string> out;
        while (st.fetch()) out.push_back(skill);
        return out;
    });
}

}  // namespace kefu::dispatch
