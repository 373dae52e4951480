#include "app/application.hpp"

#include <fmt/core.h>
#include <spdlog/spdlog.h>

#include "app/declarations_check.hpp"

namespace kefu::app {
namespace {

/// The application's own enum: error codes, as the contract's ErrorCode lists them.
EnumDeclaration ErrorCodeEnum() {
    EnumDeclaration e{"ErrorCode", {}, {}};
    for (ErrorCode code : {ErrorCode::kInvalidArgument,
                           ErrorCode::kFailedPrecondition,
                           ErrorCode::kNotFound,
                           ErrorCode::kAlreadyExists,
                           ErrorCode::kAborted,
                           ErrorCode::kPermissionDenied,
                           ErrorCode::kUnauthenticated,
                           ErrorCode::kResourceExhausted,
                           ErrorCode::kUnavailable,
                           ErrorCode::kInternal}) {
        e.values.emplace_back(ErrorCodeName(code));
    }
    return e;
}

Error ProblemsError(std::string_view what, const std::vector<std::string>& problems) {
    std::string text = fmt::format("{}:", what);
    for (const std::string& p : problems) {
        spdlog::error("{}: {}", what, p);
        text += "\n  " + p;
    }
    return Error::Internal(text);
}

}  // namespace

Application::Application(std::unique_ptr<db::Database> database,
                         const Clock& clock,
                         const AppSettings& settings)
    : database_(std::move(database)),
      clock_(clock),
      settings_(settings),
      migrator_(*database_),
      transactions_(*database_),
      audit_(audit_repository_, transactions_, clock_),
      auth_(user_repository_,
            session_repository_,
            transactions_,
            audit_,
            clock_,
            permissions_,
            settings.hash_strength,
            settings.sessions),
      core_{*database_, transactions_, audit_, clock_} {}

Application::~Application() = default;

Result<std::unique_ptr<Application>> Application::Open(const db::DatabaseConfig& config,
                                                       const Clock& clock,
                                                       const AppSettings& settings) {
    KEFU_ASSIGN_OR_RETURN(auto database, db::Database::Open(config, settings.pool_size));
    std::unique_ptr<Application> app(new Application(std::move(database), clock, settings));
    app->AddModules();
    if (auto problems = app->Assemble(); !problems.empty()) {
        return Fail(ProblemsError("the modules' declarations disagree", problems));
    }
    return app;
}

std::vector<NamedDeclarations> Application::Declarations() const {
    std::vector<NamedDeclarations> all;
    ModuleDeclarations own;
    own.public_routes = {"get /api/v1/health"};
    own.any_session_routes = {"get /api/v1/home"};
    own.enums = {ErrorCodeEnum()};
    all.push_back({"app", std::move(own)});
    for (const auto& m : modules_) all.push_back({m->name(), m->Declarations()});
    return all;
}

std::vector<std::string> Application::Assemble() {
    const std::vector<NamedDeclarations> all = Declarations();
    std::vector<std::string> problems = CheckDeclarations(all);
    std::vector<audit::AuditEvent> events;
    for (const NamedDeclarations& named : all) {
        permissions_.Declare(named.module, named.declarations.actions);
        events.insert(events.end(),
                      named.declarations.audit_events.begin(),
                      named.declarations.audit_events.end());
    }
    problems.insert(problems.end(), permissions_.problems().begin(), permissions_.problems().end());
    audit_.SetDeclaredEvents(std::move(events));
    for (const auto& m : modules_) {
        auto found = m->Assemble(all);
        problems.insert(problems.end(), found.begin(), found.end());
    }
    return problems;
}

Result<void> Application::RegisterRoutes(http::Router& router) {
    router.Get("/api/v1/health",
               http::RouteAccess::Public(),
               [this](http::RequestContext&) -> Result<http::HttpResponse> {
                   KEFU_ASSIGN_OR_RETURN(int version, migrator_.CurrentVersion());
                   return http::HttpResponse::Ok(
                       {{"status", "ok"},
                        {"version", "0.1.0"},
                        {"schemaVersion", version},
                        {"database",
                         database_->dialect() == db::Dialect::kSqlite ? "sqlite" : "postgresql"}});
               });
    router.Get("/api/v1/home",
               http::RouteAccess::AnySession(),
               [this](http::RequestContext& ctx) -> Result<http::HttpResponse> {
                   nlohmann::json items = nlohmann::json::array();
                   for (const auto& m : modules_) {
                       KEFU_ASSIGN_OR_RETURN(auto mine, m->HomeItems(ctx.principal()));
                       for (const HomeItem& item : mine) {
                           items.push_back({{"module", m->name()},
                                            {"key", item.key},
                                            {"count", item.count},
                                            {"path", item.path}});
                       }
                   }
                   return http::HttpResponse::Ok({{"items", items}});
               });
    for (const auto& m : modules_) m->RegisterRoutes(router);
    if (auto problems = CheckRoutes(Declarations(), permissions_, router.routes());
        !problems.empty()) {
        return Fail(ProblemsError("the routes and the declarations disagree", problems));
    }
    return {};
}

Result<std::vector<std::string>> Application::LoadReferenceData() {
    std::vector<std::string> lines;
    for (const auto& m : modules_) {
        KEFU_ASSIGN_OR_RETURN(auto more, m->LoadReferenceData());
        lines.insert(lines.end(), more.begin(), more.end());
    }
    return lines;
}

Result<void> Application::CheckReferenceData() {
    for (const auto& m : modules_) KEFU_TRY(m->CheckReferenceData(database_->config().display));
    return {};
}

Result<DemoReport> Application::LoadDemo() {
    DemoReport report;
    const auth::Principal system = auth::SystemPrincipal();
    DemoContext context{system, clock_.Today(), report, {}};
    for (const auto& m : modules_) KEFU_TRY(m->LoadDemo(context));
    return report;
}

}  // namespace kefu::app
