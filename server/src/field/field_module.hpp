// Field work as a capability module (issue 10): the steps the crew records on the phone, applied
// exactly once, the incidents the head resolves before a job closes, the signed documents and
// the reworks with their committed dates, and the repacking checks of returns with their charges.
#pragma once

#include "app/module.hpp"
#include "field/field_service.hpp"
#include "field/paperwork_service.hpp"
#include "field/return_service.hpp"
#include "field/rework_service.hpp"
#include "field/sql/sql_field_repository.hpp"
#include "field/sql/sql_paperwork_repository.hpp"
#include "field/sql/sql_return_repository.hpp"
#include "field/sql/sql_rework_repository.hpp"
#include "jobs/job_service.hpp"

namespace kefu::field {

/// Owns the field records, the signed documents and their services; adds their rules (no close
/// with an open incident, no installed without a receipt) to the jobs service.
class FieldModule final : public app::Module {
public:
    FieldModule(const app::Core& core, jobs::JobService& jobs);
    std::string_view name() const override { return "field"; }
    app::ModuleDeclarations Declarations() const override;
    void RegisterRoutes(http::Router& router) override;
    /// Three reworks of last week's installations, due this week (field_demo.cpp), and the
    /// signed documents of recent jobs (paperwork_demo.cpp).
    Result<void> LoadDemo(app::DemoContext& context) override;

private:
    /// Signs the documents of recent finished jobs; how many signatures were stored.
    Result<int> LoadDemoPaperwork(app::DemoContext& context);

    SqlFieldRepository repository_;
    FieldService service_;
    SqlPaperworkRepository paperwork_repository_;
    PaperworkService paperwork_;
    SqlReworkRepository rework_repository_;
    ReworkService reworks_;
    SqlReturnRepository return_repository_;
    ReturnService returns_;
    jobs::JobService& jobs_;
    TransactionRunner& transactions_;
    const Clock& clock_;
};

}  // namespace kefu::field
