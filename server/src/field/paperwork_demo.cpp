// The field module's paper trail in the demo department: the jobs finished in the last two weeks
// and those still waiting for acceptance carry their signed documents, signed on their day by
// their contact, so a job's page shows its document chain and the PDFs open from the first login.
// Every sixth job is left unsigned and the copies of the last few days are still out, so the
// office's lists of what is missing have something true to show. They go through the paperwork
// service like the crew's phone.
#include <fmt/format.h>

#include <map>

#include "app/demo_time.hpp"
#include "documents/testing/sample_documents.hpp"
#include "field/field_module.hpp"

namespace kefu::field {
namespace {

/// How far back finished (closed) jobs get their documents.
constexpr int kSignedDaysBack = 14;
/// Copies of documents signed this many days ago or more are back in the office.
constexpr int kCopiesBackAfterDays = 4;

/// A fixed id per job and document, so the demo's signatures are ones a phone could have sent.
std::string DemoRecordId(std::int64_t job_id, DocumentKind kind) {
    return fmt::format("0de30000-0000-4000-8000-{:012x}", job_id * 4 + static_cast<int>(kind));
}

/// The documents a job of this kind and state has signed by now.
std::vector<DocumentKind> SignedBy(const jobs::Job& job) {
    std::vector<DocumentKind> kinds;
    for (DocumentKind kind : {DocumentKind::kInstallationReceipt,
                              DocumentKind::kDeliveryNote,
                              DocumentKind::kAcceptance}) {
        if (!Needs(job.kind, kind)) continue;
        if (kind == DocumentKind::kAcceptance && job.status != jobs::JobStatus::kAccepted &&
            job.status != jobs::JobStatus::kClosed) {
            continue;
        }
        kinds.push_back(kind);
    }
    return kinds;
}

/// Where a copy is once it is back: the supervisor got the dealer's copy (one in five missing),
/// the acceptance copies are filed.
CopyState BackState(CopyName copy, std::int64_t job_id) {
    if (copy == CopyName::kReturnedToSupervisor) {
        return job_id % 5 == 0 ? CopyState::kMissing : CopyState::kReturned;
    }
    return CopyState::kFiled;
}

}  // namespace

Result<int> FieldModule::LoadDemoPaperwork(app::DemoContext& context) {
    jobs::JobFilter filter;
    filter.statuses = {jobs::JobStatus::kInstalled,
                       jobs::JobStatus::kDelivered,
                       jobs::JobStatus::kAccepted,
                       jobs::JobStatus::kClosed};
    filter.to = context.today.AddDays(-1);  // signed before today, never in the future
    std::vector<jobs::Job> finished;
    for (int page = 1;; ++page) {
        KEFU_ASSIGN_OR_RETURN(
            auto listed,
            jobs_.List(context.system,
                       filter,
                       PageRequest{.page = page, .page_size = PageRequest::kMaxSize}));
        for (jobs::Job& job : listed.items) finished.push_back(std::move(job));
        if (listed.items.empty() || finished.size() >= static_cast<std::size_t>(listed.total)) {
            break;
        }
    }
    const std::string png = documents::testing::SampleSignaturePng();
    const Date oldest = context.today.AddDays(-kSignedDaysBack);
    int signed_count = 0;
    int n = 0;
    for (const jobs::Job& listed : finished) {
        if (!listed.assignment) continue;
        const Date day = listed.assignment->date;
        if (listed.status == jobs::JobStatus::kClosed && day < oldest) continue;
        if (++n % 6 == 0) continue;  // left for the office to chase
        KEFU_ASSIGN_OR_RETURN(jobs::JobDetail detail, jobs_.Get(context.system, listed.id));
        const jobs::Job& job = detail.job;
        int minute = 16 * 60;
        for (DocumentKind kind : SignedBy(job)) {
            SignatureInput input{.id = DemoRecordId(job.id.value(), kind),
                                 .job_id = job.id.value(),
                                 .kind = kind,
                                 .signer_name = job.contact_name,
                                 .signed_at = app::DemoChinaTime(day, minute += 10),
                                 .method = SignatureMethod::kDrawn,
                                 .image_type = std::string(kPng),
                                 .image = png,
                                 .counts = {},
                                 .note = {}};
            if (CountsPieces(kind)) {
                // Counted per product: two lines of one product are one count.
                std::map<std::int64_t, std::int64_t> pieces;
                for (const jobs::JobItem& item : job.items) pieces[item.product_id] += item.pieces;
                for (const auto& [product, count] : pieces)
                    input.counts.push_back({product, count});
            }
            KEFU_ASSIGN_OR_RETURN(SignResult result,
                                  paperwork_.Sign(context.As("supervisor"), input));
            ++signed_count;
            if (result.replayed || day > context.today.AddDays(-kCopiesBackAfterDays)) continue;
            SignedDocument document = std::move(result.document);
            for (const DocumentCopy& copy : std::vector(document.copies)) {
                KEFU_ASSIGN_OR_RETURN(document,
                                      paperwork_.SetCopy(context.As("clerk"),
                                                         document.id,
                                                         copy.name,
                                                         BackState(copy.name, job.id.value()),
                                                         document.version));
            }
        }
    }
    return signed_count;
}

}  // namespace kefu::field
