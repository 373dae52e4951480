// R-ORG-3: who has not yet been trained on which required topic.
#include <gtest/gtest.h>

#include "staff/training_service.hpp"

namespace kefu::staff {
namespace {

StaffMember Member(std::int64_t id,
                   const char* name,
                   Grade grade,
                   StaffStatus status = StaffStatus::kActive) {
    StaffMember m;
    m.id = StaffId(id);
    m.name = name;
    m.grade = grade;
    m.status = status;
    return m;
}

TEST(TrainingGaps, ListsOnlyActiveInstallersMissingRequiredPassedTopics) {
    const std::vector<TrainingTopic> topics = {{TrainingTopicId(1), "安全操作规范", true},
                                               {TrainingTopicId(2), "产品结构与安装工艺", true},
                                               {TrainingTopicId(3), "车辆安全驾驶", false}};
    const std::vector<StaffMember> staff = {
        Member(1, "赵磊", Grade::kTechnician),
        Member(2, "韩雪", Grade::kIntern),
        Member(3, "徐敏", Grade::kNone),
        Member(4, "田野", Grade::kTechnician, StaffStatus::kLeft),
    };
    const std::vector<std::pair<StaffId, TrainingTopicId>> passed = {
        {StaffId(1), TrainingTopicId(1)},
        {StaffId(1), TrainingTopicId(2)},
        {StaffId(2), TrainingTopicId(1)}};
    auto gaps = FindTrainingGaps(staff, topics, passed);
    ASSERT_EQ(gaps.size(), 1u);
    EXPECT_EQ(gaps[0].staff_id, StaffId(2));
    ASSERT_EQ(gaps[0].missing.size(), 1u);
    EXPECT_EQ(gaps[0].missing[0].id, TrainingTopicId(2));
}

}  // namespace
}  // namespace kefu::staff
