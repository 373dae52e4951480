#include "dispatch/sql/sql_plan_repository.hpp"

#include <map>
#include <string>

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "dispatch/sql/plan_queries.hpp"
#include "jobs/job.hpp"

namespace kefu::dispatch {

Result<std::vector<OpenJob>> SqlPlanRepository::OpenJobs(Tx& tx, Date day) {
    return db::Guarded([&]() -> Result<std::vector<OpenJob>> {
        auto& session = db::AsSoci(tx).session();
        const std::string day_text = day.ToString();
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
        soci::statement st = (session.prepare << std::string(queries::kOpenJobs),
                              soci::use(day_text, "day"),
                              soci::into(id),
                              soci::into(number),
                              soci::into(version),
                              soci::into(lat),
                              soci::into(lng),
                              soci::into(window_start),
                              soci::into(window_end),
                              soci::into(crew_needed),
                              soci::into(volume),
                              soci::into(weight),
                              soci::into(priority),
                              soci::into(install_minutes));
        st.execute();
        std::vector<OpenJob> out;
        std::map<long long, std::size_t> index;
        while (st.fetch()) {
            db::RowDecoder decode("jobs", id);
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
            job.plan.urgent =
                decode.Take(jobs::kPriorityNames.Parse(priority), "priority", priority) ==
                jobs::Priority::kUrgent;
            job.plan.install_minutes = static_cast<int>(install_minutes);
            KEFU_TRY(decode.Finish());
            index[id] = out.size();
            out.push_back(std::move(job));
        }
        long long job_id = 0;
        std::string skill;
        soci::statement skills = (session.prepare << std::string(queries::kOpenJobSkills),
                                  soci::use(day_text, "day"),
                                  soci::into(job_id),
                                  soci::into(skill));
        skills.execute();
        while (skills.fetch()) {
            if (auto it = index.find(job_id); it != index.end()) {
                out[it->second].plan.skills.push_back(skill);
            }
        }
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
