#include "staff/training.hpp"

namespace kefu::staff {

std::string_view TrainingResultName(TrainingResult result) {
    switch (result) {
        case TrainingResult::kPassed:
            return "passed";
        case TrainingResult::kFailed:
            return "failed";
        case TrainingResult::kPending:
            return "pending";
    }
    return "pending";
}

std::optional<TrainingResult> ParseTrainingResult(std::string_view name) {
    for (auto r : {TrainingResult::kPassed, TrainingResult::kFailed, TrainingResult::kPending}) {
        if (TrainingResultName(r) == name) return r;
    }
    return std::nullopt;
}

}  // namespace kefu::staff
