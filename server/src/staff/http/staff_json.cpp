#include "staff/http/staff_json.hpp"

namespace kefu::staff {

using nlohmann::json;

json StaffToJson(const StaffMember& m, int months_of_experience) {
    return {{"id", m.id.value()},
            {"name", m.name},
            {"phone", m.phone},
            {"hireDate", m.hire_date.ToString()},
            {"experienceStart", m.experience_start.ToString()},
            {"grade", GradeName(m.grade)},
            {"roles", m.roles.Names()},
            {"skills", m.skills},
            {"status", StatusName(m.status)},
            {"leftOn", m.left_on ? json(m.left_on->ToString()) : json(nullptr)},
            {"monthsOfExperience", months_of_experience},
            {"version", m.version}};
}

json EligibilityToJson(const EligibilityView& view) {
    const Eligibility& e = view.eligibility;
    return {{"staffId", view.staff_id.value()},
            {"name", view.name},
            {"grade", GradeName(e.grade)},
            {"nextGrade", e.next_grade ? json(GradeName(*e.next_grade)) : json(nullptr)},
            {"monthsOfExperience", e.months_of_experience},
            {"requiredMonths", e.required_months ? json(*e.required_months) : json(nullptr)},
            {"eligibleOn", e.eligible_on ? json(e.eligible_on->ToString()) : json(nullptr)},
            {"eligible", e.eligible}};
}

json GradeChangeToJson(const GradeChange& c) {
    return {{"id", c.id},
            {"staffId", c.staff_id.value()},
            {"fromGrade", GradeName(c.from)},
            {"toGrade", GradeName(c.to)},
            {"kind", GradeChangeKindName(c.kind)},
            {"reason", c.reason ? json(*c.reason) : json(nullptr)},
            {"changedAt", FormatTimestamp(c.changed_at)},
            {"changedBy", c.changed_by_name}};
}

json TopicToJson(const TrainingTopic& t) {
    return {{"id", t.id.value()}, {"name", t.name}, {"required", t.required}};
}

json TrainingToJson(const TrainingRecord& r) {
    return {{"id", r.id.value()},
            {"staffId", r.staff_id.value()},
            {"topicId", r.topic_id.value()},
            {"topicName", r.topic_name},
            {"trainer", r.trainer},
            {"date", r.date.ToString()},
            {"result", TrainingResultName(r.result)},
            {"notes", r.notes ? json(*r.notes) : json(nullptr)}};
}

json GapToJson(const TrainingGap& g) {
    json missing = json::array();
    for (const TrainingTopic& t : g.missing) missing.push_back(TopicToJson(t));
    return {{"staffId", g.staff_id.value()},
            {"name", g.name},
            {"grade", GradeName(g.grade)},
            {"missingTopics", std::move(missing)}};
}

}  // namespace kefu::staff
