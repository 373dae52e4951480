#include "field/paperwork_service.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "documents/pdf_renderer.hpp"
#include "field/crew_access.hpp"
#include "field/exactly_once.hpp"
#include "field/field_actions.hpp"
#include "field/signed_document_print.hpp"
#include "images/photo.hpp"

namespace kefu::field {
namespace {

/// How many entries the office's lists show at most.
constexpr int kListLimit = 500;

Result<void> AsInvalid(std::vector<FieldViolation> violations) {
    if (violations.empty()) return {};
    return Fail(Error::InvalidArgument("invalid signature", std::move(violations)));
}

audit::Snapshot SnapshotOf(const SignedDocument& d) {
    const SignedVersion& v = d.current();
    return {{"jobId", d.job_id},
            {"kind", std::string(kDocumentKindNames.Name(d.kind))},
            {"version", v.version},
            {"recordId", v.input.id},
            {"signer", v.input.signer_name},
            {"method", std::string(kSignatureMethodNames.Name(v.input.method))},
            {"reason", v.reason},
            {"contentHash", v.content_hash}};
}

audit::Snapshot SnapshotOf(const DocumentCopy& c) {
    return {{"copy", std::string(kCopyNameNames.Name(c.name))},
            {"state", std::string(kCopyStateNames.Name(c.state))}};
}

/// The event a signed document moves a job on site by: the receipt finishes an installation,
/// the delivery note a dealer delivery.
std::optional<jobs::JobEvent> FinishingEvent(DocumentKind kind) {
    if (kind == DocumentKind::kInstallationReceipt) return jobs::JobEvent::kFinishInstallation;
    if (kind == DocumentKind::kDeliveryNote) return jobs::JobEvent::kFinishDelivery;
    return std::nullopt;
}

/// What is kept of a signature: a photo of signed paper goes through the same re-encoding as
/// every field photo (upright, shrunk, no EXIF or GPS, ADR 0016); a drawn PNG is kept as sent.
/// The photo's refusals name the signature's image field.
Result<SignatureInput> Kept(const SignatureInput& sent) {
    if (sent.method != SignatureMethod::kPaperPhoto) return sent;
    auto photo = images::ReencodePhoto(sent.image, sent.image_type);
    if (!photo) {
        if (photo.error().code() != ErrorCode::kInvalidArgument) return Fail(photo.error());
        std::vector<FieldViolation> violations;
        for (const FieldViolation& v : photo.error().violations()) {
            violations.push_back({"image.data", v.reason});
        }
        return Fail(Error::InvalidArgument("the photo of the signed paper is not usable",
                                           std::move(violations)));
    }
    SignatureInput kept = sent;
    kept.image_type = std::string(images::kPhotoContentType);
    kept.image = std::move(photo->jpeg);
    return kept;
}

/// A document as answered: without the images.
SignedDocument WithoutImages(SignedDocument d) {
    for (SignedVersion& v : d.versions) v.input.image.clear();
    return d;
}

}  // namespace

Result<void> PaperworkService::ReceiptGuard::Check(Tx& tx,
                                                   const jobs::Job& job,
                                                   jobs::JobEvent event) {
    if (event != jobs::JobEvent::kFinishInstallation) return {};
    KEFU_ASSIGN_OR_RETURN(
        auto receipt,
        paperwork_.Find(tx, job.id.value(), DocumentKind::kInstallationReceipt, false));
    if (receipt) return {};
    return Fail(Error::FailedPrecondition(
        fmt::format("job {} has no installation receipt signed by the customer", job.number),
        {{"documents", "receipt_required"}}));
}

Result<void> PaperworkService::ValidateShape(const SignatureInput& input) const {
    return AsInvalid(CheckSignatureShape(input, clock_.Now()));
}

Result<SignResult> PaperworkService::Sign(const auth::Principal& principal,
                                          const SignatureInput& input) {
    KEFU_TRY(auth::Require(principal, actions::kRecord));
    KEFU_TRY(ValidateShape(input));
    // Re-encoding is the slow part: done once, before any transaction.
    KEFU_ASSIGN_OR_RETURN(SignatureInput kept, Kept(input));
    const Received received{std::move(kept), SignatureFingerprint(input)};
    auto attempt = [&] {
        return transactions_.Run<SignResult>(TxMode::kWrite, [&](Tx& tx) {
            return SignIn(tx, principal, received, "", std::nullopt);
        });
    };
    return RunOnceMoreAfterRace(attempt);
}

Result<SignResult> PaperworkService::Correct(const auth::Principal& principal,
                                             std::int64_t id,
                                             const SignatureInput& input,
                                             const std::string& reason,
                                             int version) {
    KEFU_TRY(auth::Require(principal, actions::kRecord));
    auto violations = CheckSignatureShape(input, clock_.Now());
    if (reason.find_first_not_of(" \t\n") == std::string::npos) {
        violations.push_back({"reason", "required"});
    }
    KEFU_TRY(AsInvalid(std::move(violations)));
    KEFU_ASSIGN_OR_RETURN(SignatureInput kept, Kept(input));
    const Received received{std::move(kept), SignatureFingerprint(input)};
    return transactions_.Run<SignResult>(TxMode::kWrite, [&](Tx& tx) {
        return SignIn(tx, principal, received, reason, std::make_pair(id, version));
    });
}

Result<jobs::Job> PaperworkService::CheckedJob(Tx& tx,
                                               const auth::Principal& principal,
                                               const SignatureInput& in) {
    KEFU_ASSIGN_OR_RETURN(jobs::Job job, jobs_.LoadVisible(tx, principal, jobs::JobId(in.job_id)));
    KEFU_TRY(RequireCrewOrOffice(principal, job, "only the job's crew takes its signatures"));
    if (!Needs(job.kind, in.kind)) {
        return Fail(Error::FailedPrecondition(fmt::format("a {} job has no {}",
                                                          jobs::kJobKindNames.Name(job.kind),
                                                          kDocumentKindNames.Name(in.kind)),
                                              {{"document", "not_needed"}}));
    }
    if (CountsPieces(in.kind)) {
        std::vector<std::int64_t> products;
        products.reserve(job.items.size());
        for (const jobs::JobItem& item : job.items) products.push_back(item.product_id);
        KEFU_TRY(AsInvalid(CheckCountsCoverProducts(in.counts, products)));
    }
    return job;
}

Result<SignResult> PaperworkService::SignIn(
    Tx& tx,
    const auth::Principal& principal,
    const Received& received,
    const std::string& reason,
    std::optional<std::pair<std::int64_t, int>> correction) {
    const SignatureInput& in = received.stored;
    const std::string& fingerprint = received.fingerprint;
    KEFU_ASSIGN_OR_RETURN(auto stored, paperwork_.FindByRecord(tx, in.id));
    if (stored) {
        const auto same = std::ranges::find_if(
            stored->versions, [&](const SignedVersion& v) { return v.input.id == in.id; });
        if (same == stored->versions.end() || same->fingerprint != fingerprint ||
            same->reason != reason) {
            return Fail(Error::AlreadyExists("this signature id was used for another signature",
                                             {{"id", "reused"}}));
        }
        KEFU_ASSIGN_OR_RETURN(jobs::Job job,
                              jobs_.LoadVisible(tx, principal, jobs::JobId(stored->job_id)));
        return SignResult{WithoutImages(std::move(*stored)), true, job.status};
    }
    KEFU_ASSIGN_OR_RETURN(jobs::Job job, CheckedJob(tx, principal, in));
    KEFU_ASSIGN_OR_RETURN(auto existing, paperwork_.Find(tx, in.job_id, in.kind, false));

    SignedVersion v;
    v.input = in;
    v.fingerprint = fingerprint;
    v.reason = reason;
    if (principal.user_id.valid()) v.recorded_by = principal.user_id;
    v.recorded_by_name = principal.display_name;
    v.received_at = clock_.Now();

    SignedDocument document;
    if (correction) {
        if (!existing || existing->id != correction->first) {
            return Fail(Error::InvalidArgument("the signature is for another document",
                                               {{"document", "mismatch"}}));
        }
        if (existing->version != correction->second) {
            return Fail(Error::Aborted("the document was changed meanwhile; reload it"));
        }
        document = std::move(*existing);
        v.version = document.current_version + 1;
        document.current_version = v.version;
        ++document.version;
        v.content_hash = Sha256Hex(SignedContent(job.number, in, v.version, reason));
        document.versions.push_back(v);
        KEFU_TRY(paperwork_.AddVersion(tx, document));
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kDocumentCorrect,
                                std::to_string(document.id),
                                std::nullopt,
                                SnapshotOf(document)}));
    } else {
        if (existing) {
            return Fail(Error::AlreadyExists(
                "the document is signed and cannot change; a correction is a new version with a "
                "reason",
                {{"document", "already_signed", std::to_string(existing->id)}}));
        }
        document.job_id = in.job_id;
        document.job_number = job.number;
        document.kind = in.kind;
        v.content_hash = Sha256Hex(SignedContent(job.number, in, 1, ""));
        document.versions.push_back(v);
        for (CopyName c : TrackedCopies(in.kind)) document.copies.push_back({c});
        KEFU_ASSIGN_OR_RETURN(document.id, paperwork_.Insert(tx, document));
        KEFU_TRY(audit_.Record(tx,
                               principal,
                               {events::kDocumentSign,
                                std::to_string(document.id),
                                std::nullopt,
                                SnapshotOf(document)}));
    }
    jobs::JobStatus status = job.status;
    const auto event = FinishingEvent(in.kind);
    if (event && job.status == jobs::JobStatus::kOnSite) {
        // Signed paper is never refused for the job's state; the move is what may not happen.
        auto moved = jobs_.FireForCrew(tx, principal, job.id, *event);
        if (moved) {
            status = moved->status;
        } else if (moved.error().code() != ErrorCode::kFailedPrecondition) {
            return Fail(std::move(moved).error());
        }
    }
    return SignResult{WithoutImages(std::move(document)), false, status};
}

Result<std::vector<SignedDocument>> PaperworkService::ForJob(const auth::Principal& principal,
                                                             std::int64_t job_id) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    return transactions_.Run<std::vector<SignedDocument>>(
        TxMode::kRead, [&](Tx& tx) -> Result<std::vector<SignedDocument>> {
            KEFU_TRY(jobs_.LoadVisible(tx, principal, jobs::JobId(job_id)));
            return paperwork_.ListForJob(tx, job_id);
        });
}

Result<std::string> PaperworkService::Pdf(const auth::Principal& principal,
                                          std::int64_t id,
                                          int version,
                                          const std::string& job_url_prefix) {
    KEFU_TRY(auth::Require(principal, actions::kRead));
    struct Printable {
        jobs::Job job;
        SignedDocument document;
        jobs::PrintFacts print;
    };
    KEFU_ASSIGN_OR_RETURN(
        Printable p, transactions_.Run<Printable>(TxMode::kRead, [&](Tx& tx) -> Result<Printable> {
            KEFU_ASSIGN_OR_RETURN(auto document, paperwork_.FindById(tx, id, true));
            if (!document) return Fail(Error::NotFound("no such document"));
            KEFU_ASSIGN_OR_RETURN(jobs::Job job,
                                  jobs_.LoadVisible(tx, principal, jobs::JobId(document->job_id)));
            KEFU_ASSIGN_OR_RETURN(jobs::PrintFacts print, jobs_.PrintFactsOf(tx, job));
            return Printable{std::move(job), std::move(*document), std::move(print)};
        }));
    const auto v = std::ranges::find(p.document.versions, version, &SignedVersion::version);
    if (v == p.document.versions.end()) return Fail(Error::NotFound("no such version"));
    const SignedPrintFacts facts{
        p.print.party, p.print.address, job_url_prefix + std::to_string(p.job.id.value())};
    return documents::RenderPdf(PrintSignedDocument(p.job, p.document, *v, facts));
}

Result<SignedDocument> PaperworkService::SetCopy(const auth::Principal& principal,
                                                 std::int64_t id,
                                                 CopyName copy,
                                                 CopyState state,
                                                 int version) {
    KEFU_TRY(auth::Require(principal, actions::kOversee));
    return transactions_.Run<SignedDocument>(TxMode::kWrite, [&](Tx& tx) -> Result<SignedDocument> {
        KEFU_ASSIGN_OR_RETURN(auto document, paperwork_.FindById(tx, id, false));
        if (!document) return Fail(Error::NotFound("no such document"));
        KEFU_TRY(jobs_.LoadVisible(tx, principal, jobs::JobId(document->job_id)));
        auto it = std::ranges::find(document->copies, copy, &DocumentCopy::name);
        if (it == document->copies.end()) {
            return Fail(Error::InvalidArgument("this document has no such copy",
                                               {{"copy", "not_tracked"}}));
        }
        if (!CopyStateAllowed(copy, state)) {
            return Fail(Error::InvalidArgument("this copy cannot be in that state",
                                               {{"state", "not_for_copy"}}));
        }
        if (document->version != version) {
            return Fail(Error::Aborted("the document was changed meanwhile; reload it"));
        }
        const audit::Snapshot before = SnapshotOf(*it);
        it->state = state;
        it->changed_at = clock_.Now();
        it->changed_by_name = principal.display_name;
        ++document->version;
        KEFU_TRY(paperwork_.UpdateCopy(tx, *document, *it));
        KEFU_TRY(audit_.Record(
            tx, principal, {events::kDocumentCopy, std::to_string(id), before, SnapshotOf(*it)}));
        return std::move(*document);
    });
}

Result<Outstanding> PaperworkService::ListOutstanding(const auth::Principal& principal) {
    KEFU_TRY(auth::Require(principal, actions::kOversee));
    return transactions_.Run<Outstanding>(TxMode::kRead, [&](Tx& tx) -> Result<Outstanding> {
        Outstanding out;
        KEFU_ASSIGN_OR_RETURN(out.copies, paperwork_.ListOutstandingCopies(tx, kListLimit));
        KEFU_ASSIGN_OR_RETURN(auto finished, paperwork_.FinishedJobs(tx, kListLimit));
        for (const FinishedJobDocuments& j : finished) {
            for (DocumentKind kind : kDocumentKindNames.Values()) {
                if (Needs(j.job_kind, kind) && std::ranges::find(j.kinds, kind) == j.kinds.end()) {
                    out.missing.push_back({j.job_id, j.job_number, j.job_kind, j.job_status, kind});
                }
            }
        }
        return out;
    });
}

}  // namespace kefu::field
