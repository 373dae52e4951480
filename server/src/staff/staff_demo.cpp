// The staff module's share of the demo department: 27 people across every grade, training
// topics and records. Dates count back from today, so some staff are eligible for promotion
// on the day the demo is loaded and some interns are mid-internship.
#include <algorithm>
#include <iterator>
#include <string>

#include "staff/staff_module.hpp"

namespace kefu::staff {
namespace {

struct DemoStaff {
    const char* name;
    const char* phone;
    int hired_months_ago;
    int experience_months_ago;
    int extra_days_ago;  // added to both dates, for exact edges
    Grade grade;
    std::vector<std::string> roles;
    bool left = false;
};

using G = Grade;

const std::vector<DemoStaff>& Department() {
    static const std::vector<DemoStaff> people = {
        {"王建国", "13905310001", 98, 98, 0, G::kHead, {}},
        {"李强", "13905310002", 64, 62, 0, G::kSupervisor, {}},
        {"张伟", "13905310003", 40, 38, 0, G::kSupervisor, {}},
        {"刘洋", "13905310004", 26, 25, 0, G::kSupervisor, {"driver"}},
        {"陈静", "13905310005", 19, 18, 0, G::kSupervisor, {}},
        {"赵磊", "13905310006", 15, 14, 0, G::kTechnician, {}},
        {"孙涛", "13905310007", 13, 13, 3, G::kTechnician, {"driver"}},
        {"周杰", "13905310008", 12, 12, 0, G::kTechnician, {}},
        {"吴斌", "13905310009", 11, 11, 0, G::kTechnician, {}},
        {"郑凯", "13905310010", 9, 8, 0, G::kTechnician, {}},
        {"王磊", "13905310011", 6, 6, 0, G::kTechnician, {}},
        {"冯超", "13905310012", 5, 5, 0, G::kTechnician, {"driver"}},
        {"何亮", "13905310013", 4, 4, 0, G::kTechnician, {}},
        {"许鹏", "13905310014", 3, 3, 0, G::kTechnician, {}},
        {"韩雪", "13905310015", 2, 2, 0, G::kIntern, {}},
        {"曹阳", "13905310016", 1, 1, 0, G::kIntern, {}},
        {"邓宇", "13905310017", 3, 3, 2, G::kIntern, {}},
        {"彭浩", "13905310018", 0, 0, 14, G::kIntern, {}},
        {"蒋丽", "13905310019", 3, 3, 0, G::kIntern, {}},
        {"马成", "13905310020", 50, 50, 0, G::kNone, {"driver"}},
        {"朱军", "13905310021", 30, 30, 0, G::kNone, {"driver"}},
        {"林芳", "13905310022", 44, 44, 0, G::kNone, {"warehouse"}},
        {"徐敏", "13905310023", 36, 36, 0, G::kNone, {"clerk"}},
        {"高红", "13905310024", 70, 70, 0, G::kNone, {"finance"}},
        {"罗刚", "13905310025", 28, 28, 0, G::kNone, {"sales"}},
        {"谢国华", "13905310026", 120, 120, 0, G::kNone, {"leadership"}},
        {"田野", "13905310027", 20, 20, 0, G::kTechnician, {}, true},
    };
    return people;
}

// A third of the supervisors and technicians install electric desks, so the planning assistant
// has crews for the demo's electric-desk jobs (R-DSP-4); none of them is on leave in the demo.
constexpr const char* kElectricDeskSkill = "electric_desk";
constexpr const char* kElectricDeskPhones[] = {
    "13905310003", "13905310004", "13905310006", "13905310009", "13905310012"};

bool HasElectricDesk(const std::string& phone) {
    return std::find(std::begin(kElectricDeskPhones), std::end(kElectricDeskPhones), phone) !=
           std::end(kElectricDeskPhones);
}

struct DemoTopic {
    const char* name;
    bool required;
};

constexpr DemoTopic kTopics[] = {
    {"安全操作规范", true},
    {"产品结构与安装工艺", true},
    {"客户服务礼仪", true},
    {"电动工具安全使用", true},
    {"车辆安全驾驶", false},
};

}  // namespace

Result<void> StaffModule::LoadDemo(app::DemoContext& context) {
    const auth::Principal& system = context.system;
    const Date today = context.today;
    std::vector<StaffMember> created;
    for (const DemoStaff& person : Department()) {
        KEFU_ASSIGN_OR_RETURN(auto existing, FindByPhone(system, person.phone));
        if (existing) {
            KEFU_TRY(GiveDemoSkill(system, *existing));
            continue;
        }
        StaffFields fields;
        fields.name = person.name;
        fields.phone = person.phone;
        const Date hired =
            today.AddMonths(-person.hired_months_ago).AddDays(-person.extra_days_ago);
        const Date experience =
            today.AddMonths(-person.experience_months_ago).AddDays(-person.extra_days_ago);
        fields.hire_date = hired.ToString();
        fields.experience_start = (experience < hired ? hired : experience).ToString();
        fields.roles = person.roles;
        if (HasElectricDesk(person.phone))
            fields.skills = std::vector<std::string>{kElectricDeskSkill};
        KEFU_ASSIGN_OR_RETURN(StaffMember member,
                              staff_.Create(system, fields, GradeName(person.grade)));
        if (person.left) {
            KEFU_ASSIGN_OR_RETURN(member, staff_.MarkLeft(system, member.id));
        }
        created.push_back(member);
    }
    context.report.created["staff"] += static_cast<int>(created.size());

    for (const DemoTopic& t : kTopics) {
        auto topic = training_.CreateTopic(system, t.name, t.required);
        if (!topic && topic.error().code() != ErrorCode::kAlreadyExists) {
            return Fail(topic.error());
        }
    }
    KEFU_ASSIGN_OR_RETURN(auto topics, training_.ListTopics(system));
    // Seasoned installers have passed every topic; newer ones are part-way through (R-ORG-3).
    for (const StaffMember& m : created) {
        if (m.grade == G::kNone || m.status == StaffStatus::kLeft) continue;
        const int months = std::max(0, Date::WholeMonthsBetween(m.experience_start, today));
        const std::size_t done = m.grade == G::kIntern ? static_cast<std::size_t>(months)
                                                       : topics.size() - (months < 6 ? 1 : 0);
        for (std::size_t i = 0; i < topics.size() && i < done; ++i) {
            TrainingInput input;
            input.topic_id = topics[i].id.value();
            input.trainer = "李强";
            const Date day = m.experience_start.AddDays(static_cast<int>(7 * (i + 1)));
            input.date = (day > today ? today : day).ToString();
            input.result = "passed";
            KEFU_TRY(training_.Record(system, m.id, input));
        }
    }
    return LoadLeaveDemo(context);
}

Result<void> StaffModule::GiveDemoSkill(const auth::Principal& system, const StaffMember& member) {
    // Records made by a demo run before staff had skills get theirs; a second run changes nothing.
    if (!HasElectricDesk(member.phone) || member.status == StaffStatus::kLeft) return {};
    if (std::ranges::find(member.skills, kElectricDeskSkill) != member.skills.end()) return {};
    StaffFields fields;
    fields.name = member.name;
    fields.phone = member.phone;
    fields.hire_date = member.hire_date.ToString();
    fields.experience_start = member.experience_start.ToString();
    fields.roles = member.roles.Names();
    fields.skills = member.skills;
    fields.skills->emplace_back(kElectricDeskSkill);
    KEFU_ASSIGN_OR_RETURN(StaffMember updated,
                          staff_.Update(system, member.id, fields, member.version));
    (void)updated;
    return {};
}

Result<void> StaffModule::LoadLeaveDemo(app::DemoContext& context) {
    struct DemoLeave {
        const char* phone;
        int from_days;  // from today
        int to_days;
        LeaveKind kind;
        const char* note;
    };
    // Around today, so the dispatch board shows people away now, soon and just back.
    constexpr DemoLeave kLeave[] = {
        {"13905310008", -2, 2, LeaveKind::kAnnual, "年假，回老家"},
        {"13905310013", 0, 1, LeaveKind::kSick, "感冒发烧，医院证明已交"},
        {"13905310022", 3, 4, LeaveKind::kPersonal, "孩子开家长会"},
        {"13905310011", -10, -6, LeaveKind::kAnnual, ""},
        {"13905310016", 7, 7, LeaveKind::kOther, "驾照年审"},
    };
    const auth::Principal& system = context.system;
    for (const DemoLeave& d : kLeave) {
        KEFU_ASSIGN_OR_RETURN(auto member, FindByPhone(system, d.phone));
        if (!member || member->status == StaffStatus::kLeft) continue;
        LeaveInput input;
        input.from = context.today.AddDays(d.from_days);
        input.to = context.today.AddDays(d.to_days);
        input.kind = d.kind;
        input.note = d.note;
        // Anyone with leave already got it from an earlier run (maybe on another day).
        KEFU_ASSIGN_OR_RETURN(auto existing, leave_.ListForStaff(system, member->id));
        if (!existing.empty()) continue;
        KEFU_TRY(leave_.Record(system, member->id, input));
        ++context.report.created["leave records"];
    }
    return {};
}

}  // namespace kefu::staff
