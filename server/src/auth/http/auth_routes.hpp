// HTTP routes of auth: login, logout, me, users.
#pragma once

#include "auth/auth_service.hpp"
#include "auth/user_service.hpp"
#include "http/router.hpp"

namespace kefu::auth {

/// Registers /api/v1/auth/* and /api/v1/users*.
void RegisterAuthRoutes(http::Router& router, AuthService& auth, UserService& users);

/// JSON of a user as the API shows it (no password hash).
nlohmann::json UserToJson(const User& user);

}  // namespace kefu::auth
