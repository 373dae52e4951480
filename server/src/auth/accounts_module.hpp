// Login accounts and sessions as a capability module: login, logout, me, and the users page.
#pragma once

#include "app/module.hpp"
#include "auth/auth_service.hpp"
#include "auth/user_service.hpp"
#include "dealers/dealer_module.hpp"
#include "staff/staff_module.hpp"

namespace kefu::auth {

/// The shared password of every demo login (printed and documented; demo use only).
inline constexpr std::string_view kDemoPassword = "Kefu@2026";

/// Owns the user service; the session service (AuthService) is core, since the router needs it
/// for every route. The demo step links demo logins to the staff and dealers it finds by
/// phone and name.
class AccountsModule final : public app::Module,
                             private AccountLinks,
                             private staff::StaffLeavingListener {
public:
    AccountsModule(const app::Core& core,
                   AuthService& auth,
                   UserRepository& users,
                   SessionRepository& sessions,
                   HashStrength hash_strength,
                   staff::StaffModule& staff,
                   dealers::DealerModule& dealers);
    std::string_view name() const override { return "accounts"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    Result<void> LoadDemo(app::DemoContext& context) override;

    UserService& users() { return users_; }

private:
    /// The demo account `username`, created by an earlier demo load.
    Result<User> FindDemoUser(const Principal& system, std::string_view username);
    Result<std::string> ActiveStaffName(Tx& tx, StaffId staff) override;
    Result<std::string> DealerName(Tx& tx, DealerId dealer) override;
    Result<void> OnStaffLeft(Tx& tx, const Principal& principal, StaffId staff) override;

    AuthService& auth_;
    UserService users_;
    staff::StaffModule& staff_;
    dealers::DealerModule& dealers_;
};

}  // namespace kefu::auth
