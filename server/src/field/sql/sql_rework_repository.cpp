#include "field/sql/sql_rework_repository.hpp"

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "field/sql/field_queries.hpp"

namespace kefu::field {
namespace {

std::optional<long long> UserOf(const std::optional<UserId>& user) {
    if (!user) return std::nullopt;
    return user->value();
}

std::optional<std::string> TimeOf(const std::optional<Timestamp>& at) {
    if (!at) return std::nullopt;
    return FormatTimestamp(*at);
}

}  // namespace

Result<void> SqlReworkRepository::Insert(Tx& tx, const Rework& r) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long job = r.job_id;
        const long long original = r.original_job_id;
        const std::string committed = r.committed.ToString();
        const std::optional<long long> raised_by = UserOf(r.raised_by);
        const std::string raised_at = FormatTimestamp(r.raised_at);
        const std::optional<std::string> apology_at = TimeOf(r.apology_at);
        const std::optional<long long> apology_by = UserOf(r.apology_by);
        session << std::string(queries::kInsertRework), soci::use(job, "job_id"),
            soci::use(original, "original_job_id"), soci::use(r.problem, "problem"),
            soci::use(committed, "committed_date"), soci::use(raised_by, "raised_by"),
            soci::use(r.raised_by_name, "raised_by_name"), soci::use(raised_at, "raised_at"),
            soci::use(apology_at, "apology_at"), soci::use(apology_by, "apology_by"),
            soci::use(r.apology_by_name, "apology_by_name"),
            soci::use(r.apology_note, "apology_note");
        return {};
    });
}

Result<std::vector<Rework>> SqlReworkRepository::Select(Tx& tx, const ReworkQuery& q) {
    return db::Guarded([&]() -> Result<std::vector<Rework>> {
        auto& session = db::AsSoci(tx).session();
        const int any_job = q.job_id ? 0 : 1;
        const long long job_id = q.job_id.value_or(0);
        const int any_original = q.original_job_id ? 0 : 1;
        const long long original_id = q.original_job_id.value_or(0);
        const bool ranged = q.committed_from && q.committed_to;
        const int any_range = ranged ? 0 : 1;
        const std::string from = ranged ? q.committed_from->ToString() : std::string();
        const std::string to = ranged ? q.committed_to->ToString() : std::string();
        long long job = 0;
        long long original = 0;
        long long raised_by = 0;
        int apologised = 0;
        int done = 0;
        int version = 0;
        std::string problem, committed, raised_by_name, raised_at, apology_at, apology_by_name,
            apology_note, done_at;
        soci::statement st = (session.prepare << std::string(queries::kSelectReworks),
                              soci::use(any_job, "any_job"),
                              soci::use(job_id, "job_id"),
                              soci::use(any_original, "any_original"),
                              soci::use(original_id, "original_job_id"),
                              soci::use(any_range, "any_range"),
                              soci::use(from, "from_date"),
                              soci::use(to, "to_date"),
                              soci::use(q.limit, "limit"),
                              soci::into(job),
                              soci::into(original),
                              soci::into(problem),
                              soci::into(committed),
                              soci::into(raised_by),
                              soci::into(raised_by_name),
                              soci::into(raised_at),
                              soci::into(apology_at),
                              soci::into(apologised),
                              soci::into(apology_by_name),
                              soci::into(apology_note),
                              soci::into(done_at),
                              soci::into(done),
                              soci::into(version));
        st.execute();
        std::vector<Rework> out;
        while (st.fetch()) {
            db::RowDecoder decode("field_reworks", job);
            Rework r;
            r.job_id = job;
            r.original_job_id = original;
            r.problem = problem;
            r.committed = decode.Take(Date::Parse(committed), "committed_date", committed);
            if (raised_by != 0) r.raised_by = UserId(raised_by);
            r.raised_by_name = raised_by_name;
            r.raised_at = decode.Take(ParseTimestamp(raised_at), "raised_at", raised_at);
            if (apologised != 0)
                r.apology_at = decode.Take(ParseTimestamp(apology_at), "apology_at", apology_at);
            r.apology_by_name = apology_by_name;
            r.apology_note = apology_note;
            if (done != 0) r.done_at = decode.Take(ParseTimestamp(done_at), "done_at", done_at);
            r.version = version;
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(r));
        }
        return out;
    });
}

Result<void> SqlReworkRepository::RecordApology(Tx& tx, const Rework& r) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const std::optional<std::string> at = TimeOf(r.apology_at);
        const std::optional<long long> by = UserOf(r.apology_by);
        const long long job = r.job_id;
        const int version = r.version;
        const int old_version = r.version - 1;
        soci::statement st = (session.prepare << std::string(queries::kUpdateReworkApology),
                              soci::use(at, "apology_at"),
                              soci::use(by, "apology_by"),
                              soci::use(r.apology_by_name, "by_name"),
                              soci::use(r.apology_note, "note"),
                              soci::use(version, "version"),
                              soci::use(job, "job_id"),
                              soci::use(old_version, "old_version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("the rework was changed by someone else; reload it"));
        }
        return {};
    });
}

}  // namespace kefu::field
