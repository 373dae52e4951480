// Training of new employees: topics, records, and who still lacks which required topic (R-ORG-3).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "platform/date.hpp"
#include "platform/enum_names.hpp"
#include "platform/strong_id.hpp"
#include "staff/grade.hpp"

namespace kefu::staff {

struct TrainingTopicTag {};
using TrainingTopicId = StrongId<TrainingTopicTag>;  ///< a training topic

/// A subject staff are trained on; required topics must be passed by every installer.
struct TrainingTopic {
    TrainingTopicId id;
    std::string name;
    bool required = false;
};

/// The outcome of one training session.
enum class TrainingResult { kPassed, kFailed, kPending };

inline constexpr auto kTrainingResultNames =
    MakeEnumNames<TrainingResult>({{TrainingResult::kPassed, "passed"},
                                   {TrainingResult::kFailed, "failed"},
                                   {TrainingResult::kPending, "pending"}});

inline std::string_view TrainingResultName(TrainingResult result) {
    return kTrainingResultNames.Name(result);
}
inline std::optional<TrainingResult> ParseTrainingResult(std::string_view name) {
    return kTrainingResultNames.Parse(name);
}

/// One training session of one staff member.
struct TrainingRecord {
    TrainingId id;
    StaffId staff_id;
    TrainingTopicId topic_id;
    std::string topic_name;
    std::string trainer;
    Date date;
    TrainingResult result = TrainingResult::kPending;
    std::optional<std::string> notes;
};

/// An active installer and the required topics they have not passed yet.
struct TrainingGap {
    StaffId staff_id;
    std::string name;
    Grade grade = Grade::kIntern;
    std::vector<TrainingTopic> missing;
};

}  // namespace kefu::staff
