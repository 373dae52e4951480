#include "audit/audit_module.hpp"

#include "audit/audit_actions.hpp"
#include "audit/http/audit_routes.hpp"

namespace kefu::audit {

app::ModuleDeclarations AuditModule::Declarations() const {
    using R = auth::Role;
    app::ModuleDeclarations d;
    d.actions = {{actions::kRead,
                  {R::kHead, R::kLeadership, R::kAdmin},
                  "R-SEC-3: the head, leadership and the administrator review changes"}};
    return d;
}

void AuditModule::RegisterRoutes(http::Router& router) { RegisterAuditRoutes(router, core_.audit); }

}  // namespace kefu::audit
