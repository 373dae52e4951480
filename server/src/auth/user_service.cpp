#include "auth/user_service.hpp"

#include <fmt/core.h>

#include <regex>

#include "auth/account_actions.hpp"
#include "platform/text.hpp"

namespace kefu::auth {
namespace {

bool ValidUsername(const std::string& name) {
    static const std::regex pattern("^[a-z0-9_.-]{3,32}$");
    return std::regex_match(name, pattern);
}

Result<void> RequireGrantable(const Principal& principal, const RoleSet& changed) {
    if (principal.roles.Contains(changed)) return {};
    return Fail(Error::PermissionDenied("you cannot grant or remove a role you do not hold"));
}

}  // namespace

audit::Snapshot SnapshotOf(const User& user) {
    audit::Snapshot s{{"username", user.username},
                      {"displayName", user.display_name},
                      {"roles", user.roles.Names()},
                      {"active", user.active}};
    s.push_back({"staffId",
                 user.staff_id ? audit::FieldValue(user.staff_id->value()) : audit::FieldValue()});
    s.push_back(
        {"dealerId",
         user.dealer_id ? audit::FieldValue(user.dealer_id->value()) : audit::FieldValue()});
    return s;
}

Result<RoleSet> UserService::ParseRoles(const std::vector<std::string>& names,
                                        Violations& violations) {
    RoleSet roles;
    for (std::size_t i = 0; i < names.size(); ++i) {
        auto role = ParseRole(names[i]);
        if (!role) {
            violations.Add(fmt::format("roles[{}]", i), "invalid_value");
            continue;
        }
        roles.Add(*role);
    }
    return roles;
}

Result<Page<User>> UserService::List(const Principal& principal,
                                     std::string_view query,
                                     const PageRequest& page) {
    KEFU_TRY(Require(principal, actions::kUserRead));
    return transactions_.Run<Page<User>>(TxMode::kRead,
                                         [&](Tx& tx) { return users_.List(tx, query, page); });
}

Result<User> UserService::Create(const Principal& principal, const NewUser& input) {
    KEFU_TRY(Require(principal, actions::kUserWrite));
    Violations violations;
    if (!ValidUsername(input.username)) violations.Add("username", "invalid_value");
    if (input.password.size() < 8) violations.Add("password", "too_short");
    if (Utf8Length(input.password) > 256) violations.Add("password", "too_long");
    if (input.display_name.empty()) violations.Add("displayName", "required");
    if (input.roles.empty()) violations.Add("roles", "required");
    if (input.staff_id && input.dealer_id) violations.Add("dealerId", "invalid_value");
    KEFU_ASSIGN_OR_RETURN(RoleSet roles, ParseRoles(input.roles, violations));
    if (roles.Has(Role::kDealer) && !input.dealer_id) violations.Add("dealerId", "required");
    KEFU_TRY(violations.ToResult());
    KEFU_TRY(RequireGrantable(principal, roles));

    User user;
    user.username = input.username;
    user.display_name = input.display_name;
    user.roles = roles;
    if (input.staff_id) user.staff_id = StaffId(*input.staff_id);
    if (input.dealer_id) user.dealer_id = DealerId(*input.dealer_id);
    const std::string hash = HashPassword(input.password, strength_);
    return transactions_.Run<User>(TxMode::kWrite, [&](Tx& tx) -> Result<User> {
        auto stored = DuplicateAsViolation(
            users_.Insert(tx, user, hash, clock_.Now()), "username", "the username is taken");
        if (!stored) return stored;
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kCreate,
                                std::to_string(stored->id.value()),
                                std::nullopt,
                                SnapshotOf(*stored)}));
        return stored;
    });
}

Result<User> UserService::SetRoles(const Principal& principal,
                                   UserId id,
                                   const std::vector<std::string>& role_names,
                                   int version) {
    KEFU_TRY(Require(principal, actions::kUserWrite));
    Violations violations;
    KEFU_ASSIGN_OR_RETURN(RoleSet roles, ParseRoles(role_names, violations));
    KEFU_TRY(violations.ToResult());
    return transactions_.Run<User>(TxMode::kWrite, [&](Tx& tx) -> Result<User> {
        KEFU_ASSIGN_OR_RETURN(auto before, users_.FindById(tx, id));
        if (!before) return Fail(Error::NotFound("no such user"));
        const RoleSet changed = before->roles.Minus(roles).Union(roles.Minus(before->roles));
        KEFU_TRY(RequireGrantable(principal, changed));
        KEFU_TRY(users_.BumpVersion(tx, id, version));
        KEFU_TRY(users_.SetRoles(tx, id, roles));
        User after = *before;
        after.roles = roles;
        after.version = version + 1;
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kSetRoles,
                                std::to_string(id.value()),
                                SnapshotOf(*before),
                                SnapshotOf(after)}));
        return after;
    });
}

Result<void> UserService::ResetPassword(const Principal& principal,
                                        std::string_view username,
                                        std::string_view password) {
    KEFU_TRY(Require(principal, actions::kUserWrite));
    if (password.size() < 8) {
        return Fail(Error::InvalidArgument("the password needs at least 8 characters",
                                           {{"password", "too_short"}}));
    }
    const std::string hash = HashPassword(password, strength_);
    return transactions_.Run(TxMode::kWrite, [&](Tx& tx) -> Result<void> {
        KEFU_ASSIGN_OR_RETURN(auto found, users_.FindByUsername(tx, username));
        if (!found) return Fail(Error::NotFound(fmt::format("no user named {}", username)));
        KEFU_TRY(users_.SetPassword(tx, found->user.id, hash));
        KEFU_TRY(sessions_.DeleteForUser(tx, found->user.id));
        return audit_.Record(tx,
                             principal,
                             {events::kResetPassword,
                              std::to_string(found->user.id.value()),
                              std::nullopt,
                              std::nullopt});
    });
}

}  // namespace kefu::auth
