// The declarative permission table (role × action) and the principal it is checked against.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "auth/role.hpp"
#include "platform/error.hpp"
#include "platform/strong_id.hpp"

namespace kefu::auth {

/// Something a user may be allowed to do. Each action has a row in the permission table;
/// permission_test fails for an action no role holds, so a new action cannot be forgotten.
enum class Action : std::uint8_t {
    kStaffRead,
    kStaffWrite,
    kStaffPromote,
    kStaffPromoteOverride,
    kStaffEndInternship,
    kStaffHrRead,
    kTrainingRead,
    kTrainingWrite,
    kAuditRead,
    kPolicyRead,
    kPolicyWrite,
    kUserRead,
    kUserWrite,
    kDealerRead,
};

inline constexpr std::size_t kActionCount = 14;

/// Every action, in declaration order.
inline constexpr std::array<Action, kActionCount> kAllActions = {Action::kStaffRead,
                                                                 Action::kStaffWrite,
                                                                 Action::kStaffPromote,
                                                                 Action::kStaffPromoteOverride,
                                                                 Action::kStaffEndInternship,
                                                                 Action::kStaffHrRead,
                                                                 Action::kTrainingRead,
                                                                 Action::kTrainingWrite,
                                                                 Action::kAuditRead,
                                                                 Action::kPolicyRead,
                                                                 Action::kPolicyWrite,
                                                                 Action::kUserRead,
                                                                 Action::kUserWrite,
                                                                 Action::kDealerRead};

/// The wire name, e.g. "staff.write".
std::string_view ActionName(Action action);

/// The roles that may perform `action` (the permission table's column).
RoleSet RolesAllowed(Action action);

/// The logged-in user as the services see it.
struct Principal {
    UserId user_id;
    std::string username;
    std::string display_name;
    RoleSet roles;
    std::optional<StaffId> staff_id;
    std::optional<DealerId> dealer_id;
    std::string csrf_token;

    bool Can(Action action) const;
    /// Names of every action this user may perform (sent to the UI).
    std::vector<std::string> PermittedActions() const;
};

/// PERMISSION_DENIED unless the principal's roles allow `action`.
Result<void> Require(const Principal& principal, Action action);

/// Record rule: HR data (grades history, assessments, liabilities) is for head, finance,
/// leadership only (R-SEC-2).
bool CanSeeHrData(const Principal& principal);

/// Record rule: a dealer user sees only its own dealer's records; staff see all (R-SEC-2).
bool CanSeeDealer(const Principal& principal, DealerId dealer);

/// Record rule: the principal sees a staff member's record (an installer sees only their own
/// unless their role grants staff.read).
bool CanSeeStaff(const Principal& principal, StaffId staff);

/// A principal with every role, for the CLI and the demo loader (never from HTTP).
Principal SystemPrincipal();

}  // namespace kefu::auth
