// Use cases on login accounts: list, create, change roles, disable and enable, reset a password,
// change one's own password (R-SEC-1; administration from the browser).
#pragma once

#include "audit/audit_log.hpp"
#include "auth/auth_repository.hpp"
#include "auth/credentials.hpp"
#include "platform/clock.hpp"

namespace kefu::auth {

/// Input of CreateUser as the API receives it (roles by name, validated here).
struct NewUser {
    std::string username;
    std::string password;
    std::string display_name;
    std::vector<std::string> roles;
    std::optional<std::int64_t> staff_id;
    std::optional<std::int64_t> dealer_id;
};

/// What accounts need to know about the records they link to (staff and dealers live in their
/// own modules; the accounts module implements this port over them).
class AccountLinks {
public:
    virtual ~AccountLinks() = default;
    /// The name of an active staff member. NOT_FOUND when there is none; FAILED_PRECONDITION
    /// (staffId: staff_left) when the member has left.
    virtual Result<std::string> ActiveStaffName(Tx& tx, StaffId staff) = 0;
    /// The name of a dealer; NOT_FOUND when there is none.
    virtual Result<std::string> DealerName(Tx& tx, DealerId dealer) = 0;
};

/// A password made by the server (a reset), shown to the administrator once.
struct IssuedPassword {
    User user;
    std::string password;
};

/// Manages accounts. Who may grant which role follows the grant table (grant_table.hpp), and
/// an account may be changed only by someone who could grant every role it holds.
class UserService {
public:
    UserService(UserRepository& users,
                SessionRepository& sessions,
                TransactionRunner& transactions,
                audit::AuditLog& audit,
                const Clock& clock,
                HashStrength strength = HashStrength::kInteractive)
        : users_(users),
          sessions_(sessions),
          transactions_(transactions),
          audit_(audit),
          clock_(clock),
          strength_(strength) {}

    /// Sets the port to the linked records (start-up wiring). Without it, links are refused.
    void SetLinks(AccountLinks* links) { links_ = links; }

    /// PERMISSION_DENIED without user.read.
    Result<Page<User>> List(const Principal& principal,
                            std::string_view query,
                            const PageRequest& page);
    /// PERMISSION_DENIED without user.write or when granting a role the grant table does not
    /// give the caller; INVALID_ARGUMENT with violations (roles: dealer_alone when a dealer
    /// account would hold another role; dealerId: required / not_dealer; staffId: linked when
    /// the member already has an account); ALREADY_EXISTS (username: duplicate).
    Result<User> Create(const Principal& principal, const NewUser& input);
    /// Replaces the roles (same rules as Create). NOT_FOUND for an unknown user; ABORTED when
    /// `version` is not the account's current one.
    Result<User> SetRoles(const Principal& principal,
                          UserId id,
                          const std::vector<std::string>& role_names,
                          int version);
    /// Disables (ending its sessions) or enables an account. FAILED_PRECONDITION (active: self)
    /// for one's own account; ABORTED when stale.
    Result<User> SetActive(const Principal& principal, UserId id, bool active, int version);
    /// Disables the account linked to a staff member who left and ends its sessions, inside the
    /// caller's transaction; no account, or an already disabled one, is fine.
    Result<void> DisableForLeaver(Tx& tx, const Principal& principal, StaffId staff);
    /// A new random password for the account, returned once; ends its sessions. Needs
    /// user.reset_password. ABORTED when stale.
    Result<IssuedPassword> ResetPassword(const Principal& principal, UserId id, int version);
    /// Sets a password by username (CLI: kefu user reset-password); ends the user's sessions.
    Result<void> SetPasswordByName(const Principal& principal,
                                   std::string_view username,
                                   std::string_view password);
    /// Changes the caller's own password after checking the current one (UNAUTHENTICATED when
    /// wrong); ends the caller's other sessions.
    Result<void> ChangeOwnPassword(const Principal& principal,
                                   std::string_view current_token,
                                   std::string_view current_password,
                                   std::string_view new_password);

private:
    Result<RoleSet> ParseRoles(const std::vector<std::string>& names, Violations& violations);
    Result<void> CheckManageable(const Principal& principal, const User& target);
    UserRepository& users_;
    SessionRepository& sessions_;
    TransactionRunner& transactions_;
    audit::AuditLog& audit_;
    const Clock& clock_;
    HashStrength strength_;
    AccountLinks* links_ = nullptr;
};

/// The audit snapshot of a user (no password hash).
audit::Snapshot SnapshotOf(const User& user);

/// The rules a new password follows: at least 8 characters, at most 256 (violations on
/// `field`: too_short, too_long).
void CheckPasswordRules(std::string_view password, std::string_view field, Violations& violations);

}  // namespace kefu::auth
