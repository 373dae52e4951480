#include "demo/demo_data.hpp"

#include <fmt/core.h>

#include <map>

namespace kefu::demo {
namespace {

struct DemoStaff {
    const char* name;
    const char* phone;
    int hired_months_ago;
    int experience_months_ago;  // whole months; a negative value means days instead
    int extra_days_ago;         // added to the experience start, for exact edges
    staff::Grade grade;
    std::vector<std::string> roles;
    bool left = false;
};

using G = staff::Grade;

// Experience is counted back from today so the demo stays interesting whenever it is loaded.
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

struct DemoDealer {
    const char* name;
    const char* contact;
    const char* phone;
    const char* city;
};

const std::vector<DemoDealer>& Dealers() {
    static const std::vector<DemoDealer> dealers = {
        {"济南华府办公家具有限公司", "孔经理", "0531-88120001", "济南"},
        {"青岛海岳办公设备有限公司", "隋经理", "0532-86650002", "青岛"},
        {"淄博鼎盛家具商行", "毕老板", "0533-22180003", "淄博"},
        {"潍坊新世纪办公用品有限公司", "于经理", "0536-82330004", "潍坊"},
        {"泰安泰山家具城", "岳经理", "0538-62210005", "泰安"},
    };
    return dealers;
}

struct DemoTopic {
    const char* name;
    bool required;
};

const std::vector<DemoTopic>& Topics() {
    static const std::vector<DemoTopic> topics = {
        {"安全操作规范", true},
        {"产品结构与安装工艺", true},
        {"客户服务礼仪", true},
        {"电动工具安全使用", true},
        {"车辆安全驾驶", false},
    };
    return topics;
}

struct DemoUser {
    const char* username;
    const char* role;
    const char* display_name;
    const char* staff_phone;  // nullptr: not linked to a staff member
    bool dealer = false;
};

const std::vector<DemoUser>& Users() {
    static const std::vector<DemoUser> users = {
        {"head", "head", "王建国", "13905310001"},
        {"supervisor", "supervisor", "李强", "13905310002"},
        {"technician", "technician", "赵磊", "13905310006"},
        {"intern", "intern", "韩雪", "13905310015"},
        {"driver", "driver", "马成", "13905310020"},
        {"warehouse", "warehouse", "林芳", "13905310022"},
        {"sales", "sales", "罗刚", "13905310025"},
        {"dealer", "dealer", "孔经理（华府）", nullptr, true},
        {"clerk", "clerk", "徐敏", "13905310023"},
        {"finance", "finance", "高红", "13905310024"},
        {"leader", "leadership", "谢国华", "13905310026"},
        {"admin", "admin", "系统管理员", nullptr},
    };
    return users;
}

Result<std::optional<staff::StaffMember>> FindByPhone(app::Application& app,
                                                      const auth::Principal& system,
                                                      const std::string& phone) {
    staff::StaffFilter filter;
    filter.query = phone;
    KEFU_ASSIGN_OR_RETURN(auto page, app.staff().List(system, filter, PageRequest{1, 50}));
    for (auto& m : page.items) {
        if (m.phone == phone) return std::optional<staff::StaffMember>(m);
    }
    return std::optional<staff::StaffMember>();
}

}  // namespace

Result<DemoReport> LoadDemoData(app::Application& app) {
    const auth::Principal system = auth::SystemPrincipal();
    const Date today = app.clock().Today();
    DemoReport report;

    std::map<std::string, StaffId> staff_by_phone;
    std::vector<staff::StaffMember> created;
    for (const DemoStaff& person : Department()) {
        KEFU_ASSIGN_OR_RETURN(auto existing, FindByPhone(app, system, person.phone));
        if (existing) {
            staff_by_phone[person.phone] = existing->id;
            continue;
        }
        staff::StaffFields fields;
        fields.name = person.name;
        fields.phone = person.phone;
        const Date hired =
            today.AddMonths(-person.hired_months_ago).AddDays(-person.extra_days_ago);
        const Date experience =
            today.AddMonths(-person.experience_months_ago).AddDays(-person.extra_days_ago);
        fields.hire_date = hired.ToString();
        fields.experience_start = (experience < hired ? hired : experience).ToString();
        fields.roles = person.roles;
        KEFU_ASSIGN_OR_RETURN(staff::StaffMember member,
                              app.staff().Create(system, fields, staff::GradeName(person.grade)));
        if (person.left) {
            KEFU_ASSIGN_OR_RETURN(member, app.staff().MarkLeft(system, member.id));
        }
        staff_by_phone[person.phone] = member.id;
        created.push_back(member);
        ++report.staff_created;
    }

    std::map<std::string, DealerId> dealer_by_name;
    for (const DemoDealer& d : Dealers()) {
        KEFU_ASSIGN_OR_RETURN(
            DealerId id,
            app.transactions().Run<DealerId>(TxMode::kWrite, [&](Tx& tx) -> Result<DealerId> {
                KEFU_ASSIGN_OR_RETURN(auto found, app.dealer_repository().FindByName(tx, d.name));
                if (found) return found->id;
                KEFU_ASSIGN_OR_RETURN(
                    dealers::Dealer stored,
                    app.dealer_repository().Insert(
                        tx, {DealerId(), d.name, d.contact, d.phone, d.city}, app.clock().Now()));
                KEFU_TRY(app.audit().Record(
                    tx,
                    system,
                    {"dealer",
                     std::to_string(stored.id.value()),
                     "create",
                     std::nullopt,
                     audit::Snapshot{{"name", stored.name}, {"city", stored.city}}}));
                ++report.dealers_created;
                return stored.id;
            }));
        dealer_by_name[d.name] = id;
    }

    for (const DemoTopic& t : Topics()) {
        auto topic = app.training().CreateTopic(system, t.name, t.required);
        if (!topic && topic.error().code() != ErrorCode::kAlreadyExists) {
            return Fail(topic.error());
        }
    }
    KEFU_ASSIGN_OR_RETURN(auto topics, app.training().ListTopics(system));
    // Seasoned installers have passed every topic; newer ones are part-way through (R-ORG-3).
    for (const staff::StaffMember& m : created) {
        if (m.grade == G::kNone || m.status == staff::StaffStatus::kLeft) continue;
        const int months = std::max(0, Date::WholeMonthsBetween(m.experience_start, today));
        std::size_t done = m.grade == G::kIntern ? static_cast<std::size_t>(months)
                                                 : topics.size() - (months < 6 ? 1 : 0);
        for (std::size_t i = 0; i < topics.size() && i < done; ++i) {
            staff::TrainingInput input;
            input.topic_id = topics[i].id.value();
            input.trainer = "李强";
            const Date day = m.experience_start.AddDays(static_cast<int>(7 * (i + 1)));
            input.date = (day > today ? today : day).ToString();
            input.result = "passed";
            KEFU_TRY(app.training().Record(system, m.id, input));
        }
    }

    for (const DemoUser& u : Users()) {
        auth::NewUser input;
        input.username = u.username;
        input.password = std::string(kDemoPassword);
        input.display_name = u.display_name;
        input.roles = {u.role};
        if (u.staff_phone) input.staff_id = staff_by_phone.at(u.staff_phone).value();
        if (u.dealer) input.dealer_id = dealer_by_name.at(Dealers().front().name).value();
        auto user = app.users().Create(system, input);
        if (user) {
            ++report.users_created;
        } else if (user.error().code() != ErrorCode::kAlreadyExists) {
            return Fail(user.error());
        }
        report.logins.push_back({u.username, u.role, u.display_name});
    }
    return report;
}

}  // namespace kefu::demo
