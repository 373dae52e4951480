#include "field/field_module.hpp"

#include "field/field_actions.hpp"
#include "field/http/field_routes.hpp"
#include "field/http/paperwork_routes.hpp"
#include "field/http/return_routes.hpp"
#include "field/http/rework_routes.hpp"

namespace kefu::field {

FieldModule::FieldModule(const app::Core& core, jobs::JobService& jobs)
    : service_(repository_, jobs, core.transactions, core.audit, core.clock),
      paperwork_(paperwork_repository_, jobs, core.transactions, core.audit, core.clock),
      reworks_(rework_repository_, jobs, core.transactions, core.audit, core.clock),
      returns_(return_repository_, jobs, core.transactions, core.audit, core.clock),
      jobs_(jobs),
      transactions_(core.transactions),
      clock_(core.clock) {
    jobs.AddEventGuard(service_.close_guard());
    jobs.AddEventGuard(paperwork_.receipt_guard());
}

app::ModuleDeclarations FieldModule::Declarations() const {
    using R = auth::Role;
    app::ModuleDeclarations d;
    d.actions = {
        {actions::kRecord,
         {R::kSupervisor, R::kTechnician, R::kIntern, R::kDriver, R::kHead},
         "R-FLD-1..4, R-FLD-10: the crew records its steps on the phone (its own jobs only)"},
        {actions::kRead,
         {R::kHead,
          R::kSupervisor,
          R::kTechnician,
          R::kIntern,
          R::kDriver,
          R::kClerk,
          R::kLeadership,
          R::kAdmin},
         "R-FLD: the crew and the office read a job's field work (the jobs they may see)"},
        {actions::kOversee,
         {R::kHead, R::kSupervisor, R::kClerk, R::kLeadership},
         "R-FLD-3, R-FLD-10: the office lists incidents and records kept as conflicts"},
        {actions::kResolve,
         {R::kHead},
         "R-FLD-3: the head resolves a piece-count incident before the job can close"},
        {actions::kRework,
         {R::kHead, R::kSupervisor, R::kClerk},
         "R-FLD-8: the office raises a rework with the date promised and records the apology"},
        {actions::kReturnCheck,
         {R::kHead, R::kWarehouse},
         "R-FLD-9: the warehouse checks the repacking of goods back at the factory"},
        {actions::kCharge,
         {R::kHead},
         "R-FLD-9: the head charges the loss of bad repacking to the person responsible"},
        {actions::kChargeRead,
         {R::kHead, R::kFinance, R::kLeadership},
         "R-FLD-9: only the head, finance and leadership see the charges"},
    };
    d.audit_events = {events::kRecord,
                      events::kPhoto,
                      events::kIncidentRaise,
                      events::kIncidentResolve,
                      events::kDocumentSign,
                      events::kDocumentCorrect,
                      events::kDocumentCopy,
                      events::kReworkCreate,
                      events::kReworkApology,
                      events::kReturnCheck,
                      events::kCharge,
                      events::kChargeWithdrawn};
    d.enums = {
        {"FieldStep", kFieldStepNames.Names(), {{"field_records", "step"}}},
        {"FieldCheck", kCheckNames.Names(), {{"field_record_checks", "check_name"}}},
        {"FieldRecordOutcome", kRecordOutcomeNames.Names(), {{"field_records", "outcome"}}},
        {"FieldIncidentKind", kIncidentKindNames.Names(), {{"field_incidents", "kind"}}},
        {"FieldDocumentKind", kDocumentKindNames.Names(), {{"field_documents", "kind"}}},
        {"SignatureMethod", kSignatureMethodNames.Names(), {{"field_document_versions", "method"}}},
        {"DocumentCopyName", kCopyNameNames.Names(), {{"field_document_copies", "copy"}}},
        {"DocumentCopyState", kCopyStateNames.Names(), {{"field_document_copies", "state"}}},
        {"ReworkTimeliness", kTimelinessNames.Names(), {}},
        {"ReturnOutcome", kReturnOutcomeNames.Names(), {{"field_return_checks", "outcome"}}}};
    return d;
}

void FieldModule::RegisterRoutes(http::Router& router) {
    RegisterFieldRoutes(router, service_);
    RegisterPaperworkRoutes(router, paperwork_);
    RegisterReworkRoutes(router, reworks_, clock_);
    RegisterReturnRoutes(router, returns_, clock_);
}

}  // namespace kefu::field
