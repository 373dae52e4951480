#include "staff/training_service.hpp"

#include <algorithm>
#include <set>

#include "staff/staff_actions.hpp"

namespace kefu::staff {

using auth::Require;

std::vector<TrainingGap> FindTrainingGaps(
    const std::vector<StaffMember>& active_staff,
    const std::vector<TrainingTopic>& topics,
    const std::vector<std::pair<StaffId, TrainingTopicId>>& passed) {
    const std::set<std::pair<StaffId, TrainingTopicId>> done(passed.begin(), passed.end());
    std::vector<TrainingGap> gaps;
    for (const StaffMember& member : active_staff) {
        if (member.status != StaffStatus::kActive || !IsInstallationGrade(member.grade)) continue;
        TrainingGap gap{member.id, member.name, member.grade, {}};
        for (const TrainingTopic& topic : topics) {
            if (topic.required && !done.contains({member.id, topic.id})) {
                gap.missing.push_back(topic);
            }
        }
        if (!gap.missing.empty()) gaps.push_back(std::move(gap));
    }
    std::stable_sort(gaps.begin(), gaps.end(), [](const TrainingGap& a, const TrainingGap& b) {
        return a.name < b.name;
    });
    return gaps;
}

Result<std::vector<TrainingTopic>> TrainingService::ListTopics(const auth::Principal& principal) {
    KEFU_TRY(Require(principal, actions::kTrainingRead));
    return transactions_.Run<std::vector<TrainingTopic>>(
        TxMode::kRead, [&](Tx& tx) { return training_.ListTopics(tx); });
}

Result<TrainingTopic> TrainingService::CreateTopic(const auth::Principal& principal,
                                                   std::string_view name,
                                                   bool required) {
    KEFU_TRY(Require(principal, actions::kTrainingWrite));
    if (name.empty()) return Fail(Error::InvalidArgument("name required", {{"name", "required"}}));
    return transactions_.Run<TrainingTopic>(TxMode::kWrite, [&](Tx& tx) -> Result<TrainingTopic> {
        auto stored = DuplicateAsViolation(
            training_.InsertTopic(tx, {TrainingTopicId(), std::string(name), required}),
            "name",
            "a topic with this name exists");
        if (!stored) return stored;
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kTopicCreated,
             std::to_string(stored->id.value()),
             std::nullopt,
             audit::Snapshot{{"name", stored->name}, {"required", stored->required}}}));
        return stored;
    });
}

Result<std::vector<TrainingRecord>> TrainingService::ListRecords(const auth::Principal& principal,
                                                                 StaffId staff) {
    if (principal.staff_id != staff) KEFU_TRY(Require(principal, actions::kTrainingRead));
    return transactions_.Run<std::vector<TrainingRecord>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<TrainingRecord>> {
            KEFU_ASSIGN_OR_RETURN(auto member, staff_.FindById(tx, staff));
            if (!member) return Fail(Error::NotFound("no such staff member"));
            return training_.ListRecords(tx, staff);
        });
}

Result<TrainingRecord> TrainingService::Record(const auth::Principal& principal,
                                               StaffId staff,
                                               const TrainingInput& input) {
    KEFU_TRY(Require(principal, actions::kTrainingWrite));
    Violations v;
    const auto date = Date::Parse(input.date);
    const auto result = ParseTrainingResult(input.result);
    if (input.trainer.empty()) v.Add("trainer", "required");
    if (input.date.empty()) {
        v.Add("date", "required");
    } else if (!date) {
        v.Add("date", "invalid_date");
    } else if (*date > clock_.Today()) {
        v.Add("date", "date_in_future");
    }
    if (!result) v.Add("result", input.result.empty() ? "required" : "invalid_value");
    if (input.topic_id <= 0) v.Add("topicId", "invalid_value");
    KEFU_TRY(v.ToResult());
    return transactions_.Run<TrainingRecord>(TxMode::kWrite, [&](Tx& tx) -> Result<TrainingRecord> {
        KEFU_ASSIGN_OR_RETURN(auto member, staff_.FindById(tx, staff));
        if (!member) return Fail(Error::NotFound("no such staff member"));
        KEFU_ASSIGN_OR_RETURN(auto topic, training_.FindTopic(tx, TrainingTopicId(input.topic_id)));
        if (!topic) {
            return Fail(Error::InvalidArgument("unknown topic", {{"topicId", "invalid_value"}}));
        }
        TrainingRecord record;
        record.staff_id = staff;
        record.topic_id = topic->id;
        record.topic_name = topic->name;
        record.trainer = input.trainer;
        record.date = *date;
        record.result = *result;
        record.notes = input.notes;
        KEFU_ASSIGN_OR_RETURN(TrainingRecord stored,
                              training_.InsertRecord(tx, record, clock_.Now()));
        KEFU_TRY(audit_.Record(
            tx,
            principal,
            {events::kTrainingRecorded,
             std::to_string(stored.id.value()),
             std::nullopt,
             audit::Snapshot{{"staffId", staff.value()},
                             {"topic", stored.topic_name},
                             {"trainer", stored.trainer},
                             {"date", stored.date.ToString()},
                             {"result", std::string(TrainingResultName(stored.result))}}}));
        return stored;
    });
}

Result<Page<TrainingGap>> TrainingService::Gaps(const auth::Principal& principal,
                                                const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kTrainingRead));
    KEFU_ASSIGN_OR_RETURN(std::vector<TrainingGap> all,
                          transactions_.Run<std::vector<TrainingGap>>(
                              TxMode::kRead, [&](Tx& tx) -> Result<std::vector<TrainingGap>> {
                                  KEFU_ASSIGN_OR_RETURN(auto active, staff_.ListActive(tx));
                                  KEFU_ASSIGN_OR_RETURN(auto topics, training_.ListTopics(tx));
                                  KEFU_ASSIGN_OR_RETURN(auto passed, training_.ListPassed(tx));
                                  return FindTrainingGaps(active, topics, passed);
                              }));
    return PageOf(std::move(all), page);
}

}  // namespace kefu::staff
