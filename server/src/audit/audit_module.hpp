// The audit trail's page as a capability module (the trail itself is core: every module writes it).
#pragma once

#include "app/module.hpp"

namespace kefu::audit {

/// Registers the audit page's routes and declares who may read the trail.
class AuditModule final : public app::Module {
public:
    explicit AuditModule(const app::Core& core) : core_(core) {}
    std::string_view name() const override { return "audit"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;

private:
    app::Core core_;
};

}  // namespace kefu::audit
