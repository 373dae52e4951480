#include "field/sql/sql_paperwork_repository.hpp"

#include <fmt/format.h>

#include <charconv>

#include "db/bytes_text.hpp"
#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "field/sql/field_queries.hpp"

namespace kefu::field {
namespace {

/// Which documents a select_documents query picks; unset fields match all.
struct DocumentQuery {
    std::optional<std::int64_t> id = std::nullopt;
    std::optional<std::int64_t> job_id = std::nullopt;
    std::optional<DocumentKind> kind = std::nullopt;
    std::optional<std::string> record_id = std::nullopt;
    bool outstanding = false;
    bool with_images = false;
    int limit = 1;
};

/// Counts as stored: "productId:pieces," by product.
std::string CountsToText(const std::vector<ItemCount>& counts) {
    std::string text;
    for (const ItemCount& c : counts) text += fmt::format("{}:{},", c.item_id, c.pieces);
    return text;
}

std::optional<std::vector<ItemCount>> CountsFromText(std::string_view text) {
    std::vector<ItemCount> out;
    while (!text.empty()) {
        const auto colon = text.find(':');
        const auto comma = text.find(',');
        if (colon == std::string_view::npos || comma == std::string_view::npos || comma < colon)
            return std::nullopt;
        ItemCount c;
        const auto id = std::from_chars(text.data(), text.data() + colon, c.item_id);
        const auto pieces = std::from_chars(text.data() + colon + 1, text.data() + comma, c.pieces);
        if (id.ec != std::errc() || pieces.ec != std::errc()) return std::nullopt;
        out.push_back(c);
        text.remove_prefix(comma + 1);
    }
    return out;
}

Result<std::vector<SignedVersion>> Versions(soci::session& session,
                                            std::int64_t document_id,
                                            DocumentKind kind,
                                            std::int64_t job_id,
                                            bool with_images) {
    const long long of = document_id;
    const int images = with_images ? 1 : 0;
    int version = 0;
    std::string record_id, fingerprint, signer, signed_at, method, image_type, image, counts, note,
        reason, hash, by_name, received_at;
    long long user = 0;
    soci::statement st = (session.prepare << std::string(queries::kDocumentVersions),
                          soci::use(images, "with_images"),
                          soci::use(of, "document_id"),
                          soci::into(version),
                          soci::into(record_id),
                          soci::into(fingerprint),
                          soci::into(signer),
                          soci::into(signed_at),
                          soci::into(method),
                          soci::into(image_type),
                          soci::into(image),
                          soci::into(counts),
                          soci::into(note),
                          soci::into(reason),
                          soci::into(hash),
                          soci::into(user),
                          soci::into(by_name),
                          soci::into(received_at));
    st.execute();
    std::vector<SignedVersion> out;
    while (st.fetch()) {
        db::RowDecoder decode("field_document_versions", document_id);
        SignedVersion v;
        v.version = version;
        v.input.id = record_id;
        v.input.job_id = job_id;
        v.input.kind = kind;
        v.input.signer_name = signer;
        v.input.signed_at = decode.Take(ParseTimestamp(signed_at), "signed_at", signed_at);
        v.input.method = decode.Take(kSignatureMethodNames.Parse(method), "method", method);
        v.input.image_type = image_type;
        if (with_images)
            v.input.image = decode.Take(db::TextToBytes(image), "image", "(not base64)");
        v.input.counts = decode.Take(CountsFromText(counts), "counts", counts);
        v.input.note = note;
        v.fingerprint = fingerprint;
        v.reason = reason;
        v.content_hash = hash;
        if (user != 0) v.recorded_by = UserId(user);
        v.recorded_by_name = by_name;
        v.received_at = decode.Take(ParseTimestamp(received_at), "received_at", received_at);
        KEFU_TRY(decode.Finish());
        out.push_back(std::move(v));
    }
    return out;
}

Result<std::vector<DocumentCopy>> Copies(soci::session& session, std::int64_t document_id) {
    const long long of = document_id;
    std::string name, state, changed_at, by_name;
    int changed = 0;
    soci::statement st = (session.prepare << std::string(queries::kDocumentCopies),
                          soci::use(of, "document_id"),
                          soci::into(name),
                          soci::into(state),
                          soci::into(changed_at),
                          soci::into(changed),
                          soci::into(by_name));
    st.execute();
    std::vector<DocumentCopy> out;
    while (st.fetch()) {
        db::RowDecoder decode("field_document_copies", document_id);
        DocumentCopy c;
        c.name = decode.Take(kCopyNameNames.Parse(name), "copy", name);
        c.state = decode.Take(kCopyStateNames.Parse(state), "state", state);
        if (changed != 0) {
            c.changed_at = decode.Take(ParseTimestamp(changed_at), "changed_at", changed_at);
        }
        c.changed_by_name = by_name;
        KEFU_TRY(decode.Finish());
        out.push_back(std::move(c));
    }
    return out;
}

Result<std::vector<SignedDocument>> Select(Tx& tx, const DocumentQuery& q) {
    return db::Guarded([&]() -> Result<std::vector<SignedDocument>> {
        auto& session = db::AsSoci(tx).session();
        const int any_id = q.id ? 0 : 1;
        const long long id = q.id.value_or(0);
        const int any_job = q.job_id ? 0 : 1;
        const long long job = q.job_id.value_or(0);
        const int any_kind = q.kind ? 0 : 1;
        const std::string kind(q.kind ? kDocumentKindNames.Name(*q.kind) : "");
        const int any_record = q.record_id ? 0 : 1;
        const std::string record = q.record_id.value_or("");
        const int outstanding = q.outstanding ? 1 : 0;
        long long doc_id = 0;
        long long doc_job = 0;
        std::string number;
        std::string doc_kind;
        int current = 0;
        int version = 0;
        soci::statement st = (session.prepare << std::string(queries::kSelectDocuments),
                              soci::use(any_id, "any_id"),
                              soci::use(id, "id"),
                              soci::use(any_job, "any_job"),
                              soci::use(job, "job_id"),
                              soci::use(any_kind, "any_kind"),
                              soci::use(kind, "kind"),
                              soci::use(any_record, "any_record"),
                              soci::use(record, "record_id"),
                              soci::use(outstanding, "outstanding"),
                              soci::use(q.limit, "limit"),
                              soci::into(doc_id),
                              soci::into(doc_job),
                              soci::into(number),
                              soci::into(doc_kind),
                              soci::into(current),
                              soci::into(version));
        st.execute();
        std::vector<SignedDocument> out;
        while (st.fetch()) {
            db::RowDecoder decode("field_documents", doc_id);
            SignedDocument d;
            d.id = doc_id;
            d.job_id = doc_job;
            d.job_number = number;
            d.kind = decode.Take(kDocumentKindNames.Parse(doc_kind), "kind", doc_kind);
            d.current_version = current;
            d.version = version;
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(d));
        }
        // Read after the fetch loop: a session runs one statement at a time.
        for (SignedDocument& d : out) {
            KEFU_ASSIGN_OR_RETURN(d.versions,
                                  Versions(session, d.id, d.kind, d.job_id, q.with_images));
            KEFU_ASSIGN_OR_RETURN(d.copies, Copies(session, d.id));
        }
        return out;
    });
}

Result<std::optional<SignedDocument>> One(Tx& tx, const DocumentQuery& q) {
    KEFU_ASSIGN_OR_RETURN(auto found, Select(tx, q));
    if (found.empty()) return std::optional<SignedDocument>();
    return std::optional<SignedDocument>(std::move(found.front()));
}

void InsertVersion(soci::session& session, std::int64_t document_id, const SignedVersion& v) {
    const long long of = document_id;
    const std::string signed_at = FormatTimestamp(v.input.signed_at);
    const std::string method(kSignatureMethodNames.Name(v.input.method));
    const std::string image = db::BytesToText(v.input.image);
    const std::string counts = CountsToText(v.input.counts);
    std::optional<long long> user;
    if (v.recorded_by) user = v.recorded_by->value();
    const std::string received = FormatTimestamp(v.received_at);
    session << std::string(queries::kInsertDocumentVersion), soci::use(of, "document_id"),
        soci::use(v.version, "version"), soci::use(v.input.id, "record_id"),
        soci::use(v.fingerprint, "fingerprint"), soci::use(v.input.signer_name, "signer_name"),
        soci::use(signed_at, "signed_at"), soci::use(method, "method"),
        soci::use(v.input.image_type, "image_type"), soci::use(image, "image"),
        soci::use(counts, "counts"), soci::use(v.input.note, "note"), soci::use(v.reason, "reason"),
        soci::use(v.content_hash, "content_hash"), soci::use(user, "user_id"),
        soci::use(v.recorded_by_name, "by_name"), soci::use(received, "received_at");
}

}  // namespace

Result<std::optional<SignedDocument>> SqlPaperworkRepository::FindByRecord(
    Tx& tx, const std::string& record_id) {
    return One(tx, {.record_id = record_id});
}

Result<std::optional<SignedDocument>> SqlPaperworkRepository::Find(Tx& tx,
                                                                   std::int64_t job_id,
                                                                   DocumentKind kind,
                                                                   bool with_images) {
    return One(tx, {.job_id = job_id, .kind = kind, .with_images = with_images});
}

Result<std::optional<SignedDocument>> SqlPaperworkRepository::FindById(Tx& tx,
                                                                       std::int64_t id,
                                                                       bool with_images) {
    return One(tx, {.id = id, .with_images = with_images});
}

Result<std::int64_t> SqlPaperworkRepository::Insert(Tx& tx, const SignedDocument& d) {
    return db::Guarded([&]() -> Result<std::int64_t> {
        auto& session = db::AsSoci(tx).session();
        const long long job = d.job_id;
        const std::string kind(kDocumentKindNames.Name(d.kind));
        long long id = 0;
        session << std::string(queries::kInsertDocument), soci::use(job, "job_id"),
            soci::use(kind, "kind"), soci::into(id);
        InsertVersion(session, id, d.current());
        for (const DocumentCopy& c : d.copies) {
            const std::string copy(kCopyNameNames.Name(c.name));
            session << std::string(queries::kInsertDocumentCopy), soci::use(id, "document_id"),
                soci::use(copy, "copy");
        }
        return static_cast<std::int64_t>(id);
    });
}

Result<void> SqlPaperworkRepository::AddVersion(Tx& tx, const SignedDocument& d) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long id = d.id;
        const int old_version = d.version - 1;
        soci::statement st = (session.prepare << std::string(queries::kBumpDocument),
                              soci::use(d.current_version, "current_version"),
                              soci::use(d.version, "version"),
                              soci::use(id, "id"),
                              soci::use(old_version, "old_version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("the document was changed by someone else; reload it"));
        }
        InsertVersion(session, d.id, d.current());
        return {};
    });
}

Result<void> SqlPaperworkRepository::UpdateCopy(Tx& tx,
                                                const SignedDocument& d,
                                                const DocumentCopy& c) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long id = d.id;
        const int old_version = d.version - 1;
        soci::statement bump = (session.prepare << std::string(queries::kBumpDocument),
                                soci::use(d.current_version, "current_version"),
                                soci::use(d.version, "version"),
                                soci::use(id, "id"),
                                soci::use(old_version, "old_version"));
        bump.execute(true);
        if (bump.get_affected_rows() != 1) {
            return Fail(Error::Aborted("the document was changed by someone else; reload it"));
        }
        const std::string state(kCopyStateNames.Name(c.state));
        std::optional<std::string> at;
        if (c.changed_at) at = FormatTimestamp(*c.changed_at);
        const std::string copy(kCopyNameNames.Name(c.name));
        session << std::string(queries::kUpdateDocumentCopy), soci::use(state, "state"),
            soci::use(at, "changed_at"), soci::use(c.changed_by_name, "by_name"),
            soci::use(id, "document_id"), soci::use(copy, "copy");
        return {};
    });
}

Result<std::vector<SignedDocument>> SqlPaperworkRepository::ListForJob(Tx& tx,
                                                                       std::int64_t job_id) {
    return Select(tx, {.job_id = job_id, .limit = 10});
}

Result<std::vector<SignedDocument>> SqlPaperworkRepository::ListOutstandingCopies(Tx& tx,
                                                                                  int limit) {
    return Select(tx, {.outstanding = true, .limit = limit});
}

Result<std::vector<FinishedJobDocuments>> SqlPaperworkRepository::FinishedJobs(Tx& tx, int limit) {
    return db::Guarded([&]() -> Result<std::vector<FinishedJobDocuments>> {
        auto& session = db::AsSoci(tx).session();
        long long id = 0;
        std::string number;
        std::string kind;
        std::string status;
        std::string document;
        soci::statement st = (session.prepare << std::string(queries::kFinishedJobs),
                              soci::use(limit, "limit"),
                              soci::into(id),
                              soci::into(number),
                              soci::into(kind),
                              soci::into(status),
                              soci::into(document));
        st.execute();
        std::vector<FinishedJobDocuments> out;
        while (st.fetch()) {
            db::RowDecoder decode("jobs", id);
            if (out.empty() || out.back().job_id != id) {
                FinishedJobDocuments j;
                j.job_id = id;
                j.job_number = number;
                j.job_kind = decode.Take(jobs::kJobKindNames.Parse(kind), "kind", kind);
                j.job_status = decode.Take(jobs::kJobStatusNames.Parse(status), "status", status);
                out.push_back(std::move(j));
            }
            if (!document.empty()) {
                out.back().kinds.push_back(
                    decode.Take(kDocumentKindNames.Parse(document), "document", document));
            }
            KEFU_TRY(decode.Finish());
        }
        return out;
    });
}

}  // namespace kefu::field
