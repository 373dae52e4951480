#include "auth/accounts_module.hpp"

#include <fmt/core.h>

#include "auth/account_actions.hpp"
#include "auth/http/auth_routes.hpp"

namespace kefu::auth {
namespace {

using R = Role;

struct DemoUser {
    const char* username;
    const char* role;
    const char* display_name;
    const char* staff_phone;  // nullptr: not linked to a staff member
    const char* dealer_name;  // nullptr: not a dealer's account
};

constexpr DemoUser kDemoUsers[] = {
    {"head", "head", "王建国", "13905310001", nullptr},
    {"supervisor", "supervisor", "李强", "13905310002", nullptr},
    {"technician", "technician", "赵磊", "13905310006", nullptr},
    {"intern", "intern", "韩雪", "13905310015", nullptr},
    {"driver", "driver", "马成", "13905310020", nullptr},
    {"warehouse", "warehouse", "林芳", "13905310022", nullptr},
    {"sales", "sales", "罗刚", "13905310025", nullptr},
    {"dealer", "dealer", "孔经理（华府）", nullptr, "济南华府办公家具有限公司"},
    {"clerk", "clerk", "徐敏", "13905310023", nullptr},
    {"finance", "finance", "高红", "13905310024", nullptr},
    {"leader", "leadership", "谢国华", "13905310026", nullptr},
    {"admin", "admin", "系统管理员", nullptr, nullptr},
};

/// The system's principal under `user`'s name: the demo records on the user's behalf. No staff
/// or dealer link, so nothing the demo reads is narrowed to one person's or dealer's share.
Principal ActingAs(const Principal& system, const User& user) {
    Principal p = system;
    p.user_id = user.id;
    p.username = user.username;
    p.display_name = user.display_name;
    return p;
}

}  // namespace

Result<User> AccountsModule::FindDemoUser(const Principal& system, std::string_view username) {
    KEFU_ASSIGN_OR_RETURN(auto page, users_.List(system, username, PageRequest{.page_size = 50}));
    for (User& user : page.items) {
        if (user.username == username) return std::move(user);
    }
    return Fail(Error::Internal(fmt::format("demo user {} exists but cannot be read", username)));
}

AccountsModule::AccountsModule(const app::Core& core,
                               AuthService& auth,
                               UserRepository& users,
                               SessionRepository& sessions,
                               HashStrength hash_strength,
                               staff::StaffModule& staff,
                               dealers::DealerModule& dealers)
    : auth_(auth),
      users_(users, sessions, core.transactions, core.audit, core.clock, hash_strength),
      staff_(staff),
      dealers_(dealers) {
    users_.SetLinks(this);
    staff_.staff().AddLeavingListener(this);
}

Result<std::string> AccountsModule::ActiveStaffName(Tx& tx, StaffId staff) {
    KEFU_ASSIGN_OR_RETURN(auto member, staff_.repository().FindById(tx, staff));
    if (!member) return Fail(Error::NotFound("no such staff member"));
    if (member->status == staff::StaffStatus::kLeft) {
        return Fail(Error::FailedPrecondition(
            fmt::format("{} has left; a leaver gets no account", member->name),
            {{"staffId", "staff_left"}}));
    }
    return member->name;
}

Result<std::string> AccountsModule::DealerName(Tx& tx, DealerId dealer) {
    KEFU_ASSIGN_OR_RETURN(auto found, dealers_.repository().FindById(tx, dealer));
    if (!found) return Fail(Error::NotFound("no such dealer"));
    return found->name;
}

Result<void> AccountsModule::OnStaffLeft(Tx& tx, const Principal& principal, StaffId staff) {
    return users_.DisableForLeaver(tx, principal, staff);
}

app::ModuleDeclarations AccountsModule::Declarations() const {
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kUserRead,
         {R::kHead, R::kLeadership, R::kAdmin},
         "R-SEC-1: the head and the administrator manage who can log in"},
        {actions::kUserWrite,
         {R::kHead, R::kAdmin},
         "R-SEC-1: the head and the administrator manage who can log in"},
        {actions::kResetPassword,
         {R::kAdmin},
         "R-SEC-1: the administrator gives a locked-out user a new password"},
    };
    d.audit_events = {events::kLogin,
                      events::kLoginFailed,
                      events::kLogout,
                      events::kCreate,
                      events::kSetRoles,
                      events::kResetPassword,
                      events::kPasswordChanged,
                      events::kDisable,
                      events::kEnable};
    d.enums = {{"Role", kRoleNames.Names(), {{"user_roles", "role"}, {"staff_roles", "role"}}}};
    d.public_routes = {"post /api/v1/auth/login"};
    // Every session may ask who it is and log out, even an account left with no roles.
    d.any_session_routes = {
        "get /api/v1/auth/me", "post /api/v1/auth/logout", "post /api/v1/auth/password"};
    return d;
}

void AccountsModule::RegisterRoutes(http::Router& router) {
    RegisterAuthRoutes(router, auth_, users_);
}

Result<void> AccountsModule::LoadDemo(app::DemoContext& context) {
    for (const DemoUser& u : kDemoUsers) {
        NewUser input;
        input.username = u.username;
        input.password = std::string(kDemoPassword);
        input.display_name = u.display_name;
        input.roles = {u.role};
        if (u.staff_phone) {
            KEFU_ASSIGN_OR_RETURN(auto member, staff_.FindByPhone(context.system, u.staff_phone));
            if (!member) return Fail(Error::Internal("demo staff member missing"));
            input.staff_id = member->id.value();
        }
        if (u.dealer_name) {
            KEFU_ASSIGN_OR_RETURN(auto dealer, dealers_.service().FindByName(u.dealer_name));
            if (!dealer) return Fail(Error::Internal("demo dealer missing"));
            input.dealer_id = dealer->id.value();
        }
        auto user = users_.Create(context.system, input);
        if (user) {
            ++context.report.created["users"];
        } else if (user.error().code() == ErrorCode::kAlreadyExists) {
            user = FindDemoUser(context.system, u.username);
        }
        if (!user) return Fail(user.error());
        context.report.logins.push_back({u.username, u.role, u.display_name});
        context.people.insert_or_assign(u.username, ActingAs(context.system, *user));
    }
    return {};
}

}  // namespace kefu::auth
