#include "approvals/sql/sql_approval_repository.hpp"

#include "approvals/sql/approval_queries.hpp"
#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"

namespace kefu::approvals {
namespace {

// The columns every approval query selects, in order.
struct ApprovalRow {
    long long id = 0;
    std::string kind;
    long long subject_id = 0;
    std::string target;
    std::string summary;
    std::string reason;
    std::string status;
    std::optional<long long> requested_by;
    std::string requested_by_name;
    std::string requested_at;
    std::optional<long long> decided_by;
    std::optional<std::string> decided_by_name;
    std::optional<std::string> decided_at;
    std::string decision_reason;
    int version = 1;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(kind));
        st.exchange(soci::into(subject_id));
        st.exchange(soci::into(target));
        st.exchange(soci::into(summary));
        st.exchange(soci::into(reason));
        st.exchange(soci::into(status));
        st.exchange(soci::into(requested_by));
        st.exchange(soci::into(requested_by_name));
        st.exchange(soci::into(requested_at));
        st.exchange(soci::into(decided_by));
        st.exchange(soci::into(decided_by_name));
        st.exchange(soci::into(decided_at));
        st.exchange(soci::into(decision_reason));
        st.exchange(soci::into(version));
    }

    Result<ApprovalRequest> ToRequest() const {
        db::RowDecoder decode("approval_requests", id);
        ApprovalRequest r;
        r.id = ApprovalId(id);
        r.kind = kind;
        r.subject_id = subject_id;
        r.target = target;
        r.summary = summary;
        r.reason = reason;
        r.status = decode.Take(kApprovalStatusNames.Parse(status), "status", status);
        if (requested_by) r.requested_by = UserId(*requested_by);
        r.requested_by_name = requested_by_name;
        r.requested_at = decode.Take(ParseTimestamp(requested_at), "requested_at", requested_at);
        if (decided_by) r.decided_by = UserId(*decided_by);
        r.decided_by_name = decided_by_name.value_or("");
        if (decided_at)
            r.decided_at = decode.Take(ParseTimestamp(*decided_at), "decided_at", *decided_at);
        r.decision_reason = decision_reason;
        r.version = version;
        KEFU_TRY(decode.Finish());
        return r;
    }
};

struct FilterBinds {
    int any_status = 1;
    std::string status;
    int any_kind = 1;
    std::string kind;
    int any_subject = 1;
    long long subject_id = 0;

    explicit FilterBinds(const ApprovalFilter& f) {
        if (f.status) {
            any_status = 0;
            status = std::string(kApprovalStatusNames.Name(*f.status));
        }
        if (f.kind) {
            any_kind = 0;
            kind = *f.kind;
        }
        if (f.subject_id) {
            any_subject = 0;
            subject_id = *f.subject_id;
        }
    }
    void Bind(soci::statement& st) {
        st.exchange(soci::use(any_status, "any_status"));
        st.exchange(soci::use(status, "status"));
        st.exchange(soci::use(any_kind, "any_kind"));
        st.exchange(soci::use(kind, "kind"));
        st.exchange(soci::use(any_subject, "any_subject"));
        st.exchange(soci::use(subject_id, "subject_id"));
    }
};

template <class Binder>
Result<std::vector<ApprovalRequest>> Fetch(soci::session& session,
                                           std::string_view sql,
                                           Binder bind) {
    ApprovalRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<ApprovalRequest> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(ApprovalRequest r, row.ToRequest());
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

Result<ApprovalRequest> SqlApprovalRepository::Insert(Tx& tx, const ApprovalRequest& r) {
    return db::Guarded([&]() -> Result<ApprovalRequest> {
        auto& session = db::AsSoci(tx).session();
        std::optional<long long> by;
        if (r.requested_by) by = r.requested_by->value();
        const long long subject = r.subject_id;
        const std::string at = FormatTimestamp(r.requested_at);
        long long id = 0;
        session << std::string(queries::kInsertApproval), soci::use(r.kind, "kind"),
            soci::use(subject, "subject_id"), soci::use(r.target, "target"),
            soci::use(r.summary, "summary"), soci::use(r.reason, "reason"),
            soci::use(by, "requested_by"), soci::use(r.requested_by_name, "requested_by_name"),
            soci::use(at, "requested_at"), soci::into(id);
        ApprovalRequest stored = r;
        stored.id = ApprovalId(id);
        stored.status = ApprovalStatus::kPending;
        stored.version = 1;
        return stored;
    });
}

Result<std::optional<ApprovalRequest>> SqlApprovalRepository::FindById(Tx& tx, ApprovalId id) {
    return db::Guarded([&]() -> Result<std::optional<ApprovalRequest>> {
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(
            auto rows,
            Fetch(db::AsSoci(tx).session(), queries::kFindApproval, [&](soci::statement& st) {
                st.exchange(soci::use(key, "id"));
            }));
        if (rows.empty()) return std::optional<ApprovalRequest>();
        return std::optional<ApprovalRequest>(std::move(rows.front()));
    });
}

Result<Page<ApprovalRequest>> SqlApprovalRepository::List(Tx& tx,
                                                          const ApprovalFilter& filter,
                                                          const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<ApprovalRequest>> {
        auto& session = db::AsSoci(tx).session();
        FilterBinds binds(filter);
        Page<ApprovalRequest> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        {
            soci::statement st(session);
            st.alloc();
            binds.Bind(st);
            st.exchange(soci::into(total));
            st.prepare(std::string(queries::kCountApprovals));
            st.define_and_bind();
            st.execute(true);
        }
        out.total = total;
        long long limit = page.page_size;
        long long offset = page.offset();
        KEFU_ASSIGN_OR_RETURN(out.items,
                              Fetch(session, queries::kListApprovals, [&](soci::statement& st) {
                                  binds.Bind(st);
                                  st.exchange(soci::use(limit, "limit"));
                                  st.exchange(soci::use(offset, "offset"));
                              }));
        return out;
    });
}

Result<void> SqlApprovalRepository::Decide(Tx& tx, const ApprovalRequest& r) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long id = r.id.value();
        const std::string status(kApprovalStatusNames.Name(r.status));
        std::optional<long long> by;
        if (r.decided_by) by = r.decided_by->value();
        const std::string at = r.decided_at ? FormatTimestamp(*r.decided_at) : std::string();
        const int version = r.version;
        const int previous = r.version - 1;
        soci::statement st = (session.prepare << std::string(queries::kDecideApproval),
                              soci::use(status, "status"),
                              soci::use(by, "decided_by"),
                              soci::use(r.decided_by_name, "decided_by_name"),
                              soci::use(at, "decided_at"),
                              soci::use(r.decision_reason, "decision_reason"),
                              soci::use(version, "version"),
                              soci::use(id, "id"),
                              soci::use(previous, "previous_version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else decided this request; reload"));
        }
        return {};
    });
}

}  // namespace kefu::approvals
