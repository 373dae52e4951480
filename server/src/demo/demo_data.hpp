// A believable department for demos and browser tests; loading twice adds nothing.
#pragma once

#include <string>
#include <vector>

#include "app/application.hpp"

namespace kefu::demo {

/// The shared password of every demo login (printed and documented; demo use only).
inline constexpr std::string_view kDemoPassword = "Kefu@2026";

/// One demo login.
struct DemoLogin {
    std::string username;
    std::string role;
    std::string display_name;
};

/// What LoadDemoData did.
struct DemoReport {
    int staff_created = 0;
    int users_created = 0;
    int dealers_created = 0;
    std::vector<DemoLogin> logins;
};

/// Creates staff across all grades (dates relative to today, so some are eligible for promotion
/// today and some interns are mid-internship), dealers, training topics and records, and one
/// user per role. Everything goes through the services, so it is validated and audited.
Result<DemoReport> LoadDemoData(app::Application& app);

}  // namespace kefu::demo
