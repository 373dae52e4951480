// JSON codecs of staff, eligibility, grade changes and training (camelCase keys).
#pragma once

#include <nlohmann/json.hpp>

#include "staff/staff_service.hpp"
#include "staff/training_service.hpp"

namespace kefu::staff {

nlohmann::json StaffToJson(const StaffMember& member, int months_of_experience);
nlohmann::json EligibilityToJson(const EligibilityView& view);
nlohmann::json GradeChangeToJson(const GradeChange& change);
nlohmann::json TopicToJson(const TrainingTopic& topic);
nlohmann::json TrainingToJson(const TrainingRecord& record);
nlohmann::json GapToJson(const TrainingGap& gap);

/// Page envelope: {"items", "total", "page", "pageSize"}.
template <class T, class F>
nlohmann::json PageToJson(const Page<T>& page, F&& item_to_json) {
    nlohmann::json items = nlohmann::json::array();
    for (const T& item : page.items) items.push_back(item_to_json(item));
    return {{"items", std::move(items)},
            {"total", page.total},
            {"page", page.page},
            {"pageSize", page.page_size}};
}

}  // namespace kefu::staff
