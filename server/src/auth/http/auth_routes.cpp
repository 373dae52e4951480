#include "auth/http/auth_routes.hpp"

#include "auth/account_actions.hpp"
#include "http/json_reader.hpp"

namespace kefu::auth {
namespace {

using http::HttpResponse;
using http::RequestContext;
using http::RouteAccess;
using nlohmann::json;

json OptionalId(const auto& id) { return id ? json(id->value()) : json(nullptr); }

json MeToJson(const Principal& p) {
    return {{"id", p.user_id.value()},
            {"username", p.username},
            {"displayName", p.display_name},
            {"roles", p.roles.Names()},
            {"permissions", p.PermittedActions()},
            {"staffId", OptionalId(p.staff_id)},
            {"dealerId", OptionalId(p.dealer_id)},
            {"csrfToken", p.csrf_token}};
}

std::string SessionCookie(const std::string& token, int max_age_seconds) {
    return std::string(http::Router::kSessionCookie) + "=" + token +
           "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + std::to_string(max_age_seconds);
}

Result<HttpResponse> Login(RequestContext& ctx, AuthService& auth) {
    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
    http::JsonReader reader(body);
    const std::string username = reader.RequiredString("username", 64);
    const std::string password = reader.RequiredSecret("password", 256);
    KEFU_TRY(reader.Finish());
    KEFU_ASSIGN_OR_RETURN(LoginResult result, auth.Login(username, password, ctx.ClientIp()));
    HttpResponse response = HttpResponse::Ok(MeToJson(result.principal));
    response.headers.emplace_back("Set-Cookie", SessionCookie(result.token, 12 * 60 * 60));
    response.headers.emplace_back("Cache-Control", "no-store");
    return response;
}

}  // namespace

json UserToJson(const User& user) {
    return {{"id", user.id.value()},
            {"username", user.username},
            {"displayName", user.display_name},
            {"roles", user.roles.Names()},
            {"staffId", OptionalId(user.staff_id)},
            {"dealerId", OptionalId(user.dealer_id)},
            {"active", user.active},
            {"version", user.version}};
}

void RegisterAuthRoutes(http::Router& router, AuthService& auth, UserService& users) {
    router.Post("/api/v1/auth/login", RouteAccess::Public(), [&auth](RequestContext& ctx) {
        return Login(ctx, auth);
    });

    router.Post("/api/v1/auth/logout",
                RouteAccess::AnySession(),
                [&auth](RequestContext& ctx) -> Result<HttpResponse> {
                    auto token = http::CookieValue(ctx.request(), http::Router::kSessionCookie);
                    KEFU_TRY(auth.Logout(ctx.principal(), token.value_or("")));
                    HttpResponse response = HttpResponse::NoContent();
                    response.headers.emplace_back("Set-Cookie", SessionCookie("", 0));
                    return response;
                });

    router.Get("/api/v1/auth/me",
               RouteAccess::AnySession(),
               [](RequestContext& ctx) -> Result<HttpResponse> {
                   return HttpResponse::Ok(MeToJson(ctx.principal()));
               });

    router.Get("/api/v1/users",
               RouteAccess::Requires(actions::kUserRead),
               [&users](RequestContext& ctx) -> Result<HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(std::string query, ctx.SearchQuery());
                   KEFU_ASSIGN_OR_RETURN(PageRequest page, ctx.Paging());
                   KEFU_ASSIGN_OR_RETURN(Page<User> result,
                                         users.List(ctx.principal(), query, page));
                   json items = json::array();
                   for (const User& u : result.items) items.push_back(UserToJson(u));
                   return HttpResponse::Ok({{"items", items},
                                            {"total", result.total},
                                            {"page", result.page},
                                            {"pageSize", result.page_size}});
               });

    router.Post("/api/v1/users",
                RouteAccess::Requires(actions::kUserWrite),
                [&users](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    NewUser input;
                    input.username = reader.RequiredString("username", 32);
                    input.password = reader.RequiredSecret("password", 256);
                    input.display_name = reader.RequiredString("displayName", 64);
                    input.roles = reader.StringArray("roles", true);
                    input.staff_id = reader.OptionalInt("staffId");
                    input.dealer_id = reader.OptionalInt("dealerId");
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(User user, users.Create(ctx.principal(), input));
                    return HttpResponse::Created(UserToJson(user));
                });

    router.Put(
        "/api/v1/users/{id}/active",
        RouteAccess::Requires(actions::kUserWrite),
        [&users](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            auto active = reader.RequiredBool("active");
            auto version = reader.RequiredInt("version", 1, INT32_MAX);
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(
                User user,
                users.SetActive(
                    ctx.principal(), UserId(ctx.PathId()), *active, static_cast<int>(*version)));
            return HttpResponse::Ok(UserToJson(user));
        });

    router.Post("/api/v1/users/{id}/password-reset",
                RouteAccess::Requires(actions::kResetPassword),
                [&users](RequestContext& ctx) -> Result<HttpResponse> {
                    KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
                    http::JsonReader reader(body);
                    auto version = reader.RequiredInt("version", 1, INT32_MAX);
                    KEFU_TRY(reader.Finish());
                    KEFU_ASSIGN_OR_RETURN(
                        IssuedPassword issued,
                        users.ResetPassword(
                            ctx.principal(), UserId(ctx.PathId()), static_cast<int>(*version)));
                    HttpResponse response = HttpResponse::Ok(
                        {{"user", UserToJson(issued.user)}, {"password", issued.password}});
                    response.headers.emplace_back("Cache-Control", "no-store");
                    return response;
                });

    router.Post(
        "/api/v1/auth/password",
        RouteAccess::AnySession(),
        [&users](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            const std::string current = reader.RequiredSecret("currentPassword", 256);
            const std::string next = reader.RequiredSecret("newPassword", 256);
            KEFU_TRY(reader.Finish());
            auto token = http::CookieValue(ctx.request(), http::Router::kSessionCookie);
            KEFU_TRY(users.ChangeOwnPassword(ctx.principal(), token.value_or(""), current, next));
            return HttpResponse::NoContent();
        });

    router.Put(
        "/api/v1/users/{id}/roles",
        RouteAccess::Requires(actions::kUserWrite),
        [&users](RequestContext& ctx) -> Result<HttpResponse> {
            KEFU_ASSIGN_OR_RETURN(json body, ctx.Body());
            http::JsonReader reader(body);
            auto roles = reader.StringArray("roles", true);
            auto version = reader.RequiredInt("version", 1, INT32_MAX);
            KEFU_TRY(reader.Finish());
            KEFU_ASSIGN_OR_RETURN(
                User user,
                users.SetRoles(
                    ctx.principal(), UserId(ctx.PathId()), roles, static_cast<int>(*version)));
            return HttpResponse::Ok(UserToJson(user));
        });
}

}  // namespace kefu::auth
