#include "auth/user_service.hpp"

#include <fmt/core.h>

#include <regex>

#include "auth/account_actions.hpp"
#include "auth/grant_table.hpp"
#include "platform/text.hpp"

namespace kefu::auth {
namespace {

bool ValidUsername(const std::string& name) {
    static const std::regex pattern("^[a-z0-9_.-]{3,32}$");
    return std::regex_match(name, pattern);
}

Result<void> RequireGrantable(const Principal& principal, const RoleSet& changed) {
    if (principal.system || GrantableBy(principal.roles).Contains(changed)) return {};
    return Fail(Error::PermissionDenied("your roles may not grant or remove these roles"));
}

Error Stale() { return Error::Aborted("someone else changed this account; reload and try again"); }

}  // namespace

void CheckPasswordRules(std::string_view password, std::string_view field, Violations& violations) {
    if (Utf8Length(password) < 8) violations.Add(std::string(field), "too_short");
    if (Utf8Length(password) > 256) violations.Add(std::string(field), "too_long");
}

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
    s.push_back({"version", static_cast<std::int64_t>(user.version)});
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

Result<void> UserService::CheckManageable(const Principal& principal, const User& target) {
    // Changing an account is granting its roles again: the head may not touch an admin's.
    return RequireGrantable(principal, target.roles);
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
    CheckPasswordRules(input.password, "password", violations);
    if (input.display_name.empty()) violations.Add("displayName", "required");
    if (input.roles.empty()) violations.Add("roles", "required");
    if (input.staff_id && input.dealer_id) violations.Add("dealerId", "invalid_value");
    KEFU_ASSIGN_OR_RETURN(RoleSet roles, ParseRoles(input.roles, violations));
    if (!IsConsistentAccount(roles)) violations.Add("roles", "dealer_alone");
    if (roles.Has(Role::kDealer) && !input.dealer_id) violations.Add("dealerId", "required");
    if (!roles.Has(Role::kDealer) && input.dealer_id) violations.Add("dealerId", "not_dealer");
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
        if (user.staff_id) {
            if (!links_) return Fail(Error::Internal("account links are not wired"));
            auto name = links_->ActiveStaffName(tx, *user.staff_id);
            if (!name) {
                if (name.error().code() == ErrorCode::kNotFound) {
                    return Fail(Error::InvalidArgument("no such staff member",
                                                       {{"staffId", "invalid_value"}}));
                }
                return Fail(name.error());
            }
            KEFU_ASSIGN_OR_RETURN(auto linked, users_.FindByStaff(tx, *user.staff_id));
            if (linked) {
                return Fail(Error::AlreadyExists(
                    fmt::format("{} already has the account {}", *name, linked->username),
                    {{"staffId", "linked", linked->username}}));
            }
        }
        if (user.dealer_id) {
            if (!links_) return Fail(Error::Internal("account links are not wired"));
            auto name = links_->DealerName(tx, *user.dealer_id);
            if (!name) {
                if (name.error().code() == ErrorCode::kNotFound) {
                    return Fail(
                        Error::InvalidArgument("no such dealer", {{"dealerId", "invalid_value"}}));
                }
                return Fail(name.error());
            }
        }
        // Looked up before writing: after a failed INSERT PostgreSQL refuses every further
        // statement of the transaction, so the holder could not be named afterwards.
        KEFU_ASSIGN_OR_RETURN(auto holder, users_.FindByUsername(tx, user.username));
        if (holder) {
            return Fail(Error::AlreadyExists(
                "the username is taken", {{"username", "duplicate", holder->user.display_name}}));
        }
        auto stored = users_.Insert(tx, user, hash, clock_.Now());
        if (!stored && stored.error().code() == ErrorCode::kAlreadyExists) {
            return Fail(Error::AlreadyExists("the username is taken", {{"username", "duplicate"}}));
        }
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
        // An external account stays external and an internal one internal (R-SEC-2).
        const bool dealer_account = before->dealer_id.has_value();
        if (!IsConsistentAccount(roles) || roles.Has(Role::kDealer) != dealer_account ||
            (dealer_account && roles != RoleSet{Role::kDealer})) {
            return Fail(Error::InvalidArgument(
                "a dealer's account holds the dealer role alone, and no other account holds it",
                {{"roles", "dealer_alone"}}));
        }
        if (before->version != version) return Fail(Stale());
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

Result<User> UserService::SetActive(const Principal& principal,
                                    UserId id,
                                    bool active,
                                    int version) {
    KEFU_TRY(Require(principal, actions::kUserWrite));
    if (principal.user_id == id && !active) {
        return Fail(
            Error::FailedPrecondition("you cannot disable your own account", {{"active", "self"}}));
    }
    return transactions_.Run<User>(TxMode::kWrite, [&](Tx& tx) -> Result<User> {
        KEFU_ASSIGN_OR_RETURN(auto before, users_.FindById(tx, id));
        if (!before) return Fail(Error::NotFound("no such user"));
        KEFU_TRY(CheckManageable(principal, *before));
        if (before->version != version) return Fail(Stale());
        KEFU_TRY(users_.BumpVersion(tx, id, version));
        KEFU_TRY(users_.SetActive(tx, id, active));
        if (!active) KEFU_TRY(sessions_.DeleteForUser(tx, id));
        User after = *before;
        after.active = active;
        after.version = version + 1;
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {active ? events::kEnable : events::kDisable,
                                std::to_string(id.value()),
                                SnapshotOf(*before),
                                SnapshotOf(after)}));
        return after;
    });
}

Result<void> UserService::DisableForLeaver(Tx& tx, const Principal& principal, StaffId staff) {
    KEFU_ASSIGN_OR_RETURN(auto account, users_.FindByStaff(tx, staff));
    if (!account) return {};
    // Sessions end even if the account was disabled before: nothing of a leaver stays logged in.
    KEFU_TRY(sessions_.DeleteForUser(tx, account->id));
    if (!account->active) return {};
    KEFU_TRY(users_.BumpVersion(tx, account->id, account->version));
    KEFU_TRY(users_.SetActive(tx, account->id, false));
    User after = *account;
    after.active = false;
    after.version = account->version + 1;
    return audit_.Record(tx,
                         principal,
                         {events::kDisable,
                          std::to_string(account->id.value()),
                          SnapshotOf(*account),
                          SnapshotOf(after)});
}

Result<IssuedPassword> UserService::ResetPassword(const Principal& principal,
                                                  UserId id,
                                                  int version) {
    KEFU_TRY(Require(principal, actions::kResetPassword));
    const std::string password = NewReadablePassword();
    const std::string hash = HashPassword(password, strength_);
    return transactions_.Run<IssuedPassword>(TxMode::kWrite, [&](Tx& tx) -> Result<IssuedPassword> {
        KEFU_ASSIGN_OR_RETURN(auto before, users_.FindById(tx, id));
        if (!before) return Fail(Error::NotFound("no such user"));
        KEFU_TRY(CheckManageable(principal, *before));
        if (before->version != version) return Fail(Stale());
        // SetPassword moves the version on.
        KEFU_TRY(users_.SetPassword(tx, id, hash));
        KEFU_TRY(sessions_.DeleteForUser(tx, id));
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kResetPassword, std::to_string(id.value()), {}, {}}));
        User after = *before;
        after.version = before->version + 1;
        return IssuedPassword{after, password};
    });
}

Result<void> UserService::SetPasswordByName(const Principal& principal,
                                            std::string_view username,
                                            std::string_view password) {
    KEFU_TRY(Require(principal, actions::kResetPassword));
    Violations violations;
    CheckPasswordRules(password, "password", violations);
    KEFU_TRY(violations.ToResult("the password needs at least 8 characters"));
    const std::string hash = HashPassword(password, strength_);
    return transactions_.Run(TxMode::kWrite, [&](Tx& tx) -> Result<void> {
        KEFU_ASSIGN_OR_RETURN(auto found, users_.FindByUsername(tx, username));
        if (!found) return Fail(Error::NotFound(fmt::format("no user named {}", username)));
        KEFU_TRY(users_.SetPassword(tx, found->user.id, hash));
        KEFU_TRY(sessions_.DeleteForUser(tx, found->user.id));
        return audit_.Record(
            tx,
            principal,
            {events::kResetPassword, std::to_string(found->user.id.value()), {}, {}});
    });
}

Result<void> UserService::ChangeOwnPassword(const Principal& principal,
                                            std::string_view current_token,
                                            std::string_view current_password,
                                            std::string_view new_password) {
    Violations violations;
    if (current_password.empty()) violations.Add("currentPassword", "required");
    CheckPasswordRules(new_password, "newPassword", violations);
    if (!current_password.empty() && current_password == new_password) {
        violations.Add("newPassword", "same_as_current");
    }
    KEFU_TRY(violations.ToResult());
    KEFU_ASSIGN_OR_RETURN(
        auto found, transactions_.Run<std::optional<UserCredentials>>(TxMode::kRead, [&](Tx& tx) {
            return users_.FindByUsername(tx, principal.username);
        }));
    if (!found || !VerifyPassword(found->password_hash, current_password)) {
        return Fail(Error::InvalidArgument("the current password is wrong",
                                           {{"currentPassword", "wrong_password"}}));
    }
    const std::string hash = HashPassword(new_password, strength_);
    return transactions_.Run(TxMode::kWrite, [&](Tx& tx) -> Result<void> {
        KEFU_TRY(users_.SetPassword(tx, principal.user_id, hash));
        KEFU_TRY(sessions_.DeleteOthersForUser(tx, principal.user_id, TokenDigest(current_token)));
        return audit_.Record(
            tx,
            principal,
            {events::kPasswordChanged, std::to_string(principal.user_id.value()), {}, {}});
    });
}

}  // namespace kefu::auth
