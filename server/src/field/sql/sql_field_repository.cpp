#include "field/sql/sql_field_repository.hpp"

#include "db/bytes_text.hpp"
#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "field/sql/field_queries.hpp"

namespace kefu::field {
namespace {

/// The columns every record query selects, in order.
struct RecordRow {
    std::string id;
    long long job_id = 0;
    std::string step;
    std::string fingerprint;
    std::string note;
    std::string recorded_at;
    std::string received_at;
    long long user_id = 0;
    std::string by_name;
    std::string outcome;
    std::string conflict_reason;
    std::string conflict_status;
};

/// Prepares `query` with the row's outputs bound; the caller binds the inputs.
soci::details::prepare_temp_type& Into(soci::details::prepare_temp_type& p, RecordRow& r) {
    return p, soci::into(r.id), soci::into(r.job_id), soci::into(r.step), soci::into(r.fingerprint),
           soci::into(r.note), soci::into(r.recorded_at), soci::into(r.received_at),
           soci::into(r.user_id), soci::into(r.by_name), soci::into(r.outcome),
           soci::into(r.conflict_reason), soci::into(r.conflict_status);
}

/// The record of a row with its ticks and counts (read with their own queries).
Result<FieldRecord> Decode(soci::session& session, const RecordRow& r) {
    db::RowDecoder decode("field_records", r.job_id);
    FieldRecord record;
    record.input.id = r.id;
    record.input.job_id = r.job_id;
    record.input.step = decode.Take(kFieldStepNames.Parse(r.step), "step", r.step);
    record.input.note = r.note;
    record.input.recorded_at =
        decode.Take(ParseTimestamp(r.recorded_at), "recorded_at", r.recorded_at);
    record.fingerprint = r.fingerprint;
    record.outcome = decode.Take(kRecordOutcomeNames.Parse(r.outcome), "outcome", r.outcome);
    record.conflict_reason = r.conflict_reason;
    record.conflict_status = r.conflict_status;
    if (r.user_id != 0) record.recorded_by = UserId(r.user_id);
    record.recorded_by_name = r.by_name;
    record.received_at = decode.Take(ParseTimestamp(r.received_at), "received_at", r.received_at);
    std::string check;
    soci::statement checks = (session.prepare << std::string(queries::kRecordChecks),
                              soci::use(r.id, "record_id"),
                              soci::into(check));
    checks.execute();
    while (checks.fetch()) {
        record.input.checks.push_back(decode.Take(kCheckNames.Parse(check), "check_name", check));
    }
    long long product = 0;
    long long pieces = 0;
    soci::statement counts = (session.prepare << std::string(queries::kRecordCounts),
                              soci::use(r.id, "record_id"),
                              soci::into(product),
                              soci::into(pieces));
    counts.execute();
    while (counts.fetch()) record.input.counts.push_back({product, pieces});
    KEFU_TRY(decode.Finish());
    return record;
}

/// Every row of a prepared record statement, decoded.
Result<std::vector<FieldRecord>> FetchAll(soci::session& session,
                                          soci::statement& st,
                                          const RecordRow& row) {
    st.execute();
    std::vector<RecordRow> rows;
    while (st.fetch()) rows.push_back(row);
    // Decoded after the fetch loop: a session runs one statement at a time.
    std::vector<FieldRecord> out;
    out.reserve(rows.size());
    for (const RecordRow& r : rows) {
        KEFU_ASSIGN_OR_RETURN(FieldRecord record, Decode(session, r));
        out.push_back(std::move(record));
    }
    return out;
}

/// Which photos a select_photos query picks; unset fields match all.
struct PhotoQuery {
    std::optional<std::int64_t> id = std::nullopt;
    std::optional<std::string> record_id = std::nullopt;
    std::optional<std::int64_t> job_id = std::nullopt;
    bool with_content = false;
    int limit = 1;
};

Result<std::vector<FieldPhoto>> SelectPhotos(Tx& tx, const PhotoQuery& q) {
    return db::Guarded([&]() -> Result<std::vector<FieldPhoto>> {
        auto& session = db::AsSoci(tx).session();
        const int with_content = q.with_content ? 1 : 0;
        const int any_id = q.id ? 0 : 1;
        const long long id = q.id.value_or(0);
        const int any_record = q.record_id ? 0 : 1;
        const std::string record = q.record_id.value_or("");
        const int any_job = q.job_id ? 0 : 1;
        const long long job = q.job_id.value_or(0);
        long long photo_id = 0;
        std::string record_id;
        long long photo_job = 0;
        std::string step;
        std::string fingerprint;
        std::string content;
        int width = 0;
        int height = 0;
        long long size = 0;
        long long user = 0;
        std::string by_name;
        std::string received_at;
        soci::statement st = (session.prepare << std::string(queries::kSelectPhotos),
                              soci::use(with_content, "with_content"),
                              soci::use(any_id, "any_id"),
                              soci::use(id, "id"),
                              soci::use(any_record, "any_record"),
                              soci::use(record, "record_id"),
                              soci::use(any_job, "any_job"),
                              soci::use(job, "job_id"),
                              soci::use(q.limit, "limit"),
                              soci::into(photo_id),
                              soci::into(record_id),
                              soci::into(photo_job),
                              soci::into(step),
                              soci::into(fingerprint),
                              soci::into(content),
                              soci::into(width),
                              soci::into(height),
                              soci::into(size),
                              soci::into(user),
                              soci::into(by_name),
                              soci::into(received_at));
        st.execute();
        std::vector<FieldPhoto> out;
        while (st.fetch()) {
            db::RowDecoder decode("field_photos", photo_id);
            FieldPhoto p;
            p.id = photo_id;
            p.record_id = record_id;
            p.job_id = photo_job;
            p.step = decode.Take(kFieldStepNames.Parse(step), "step", step);
            p.fingerprint = fingerprint;
            if (q.with_content)
                p.jpeg = decode.Take(db::TextToBytes(content), "content", "(not base64)");
            p.width = width;
            p.height = height;
            p.size_bytes = size;
            if (user != 0) p.recorded_by = UserId(user);
            p.recorded_by_name = by_name;
            p.received_at = decode.Take(ParseTimestamp(received_at), "received_at", received_at);
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(p));
        }
        return out;
    });
}

Result<std::optional<FieldPhoto>> OnePhoto(Tx& tx, const PhotoQuery& q) {
    KEFU_ASSIGN_OR_RETURN(auto found, SelectPhotos(tx, q));
    if (found.empty()) return std::optional<FieldPhoto>();
    return std::optional<FieldPhoto>(std::move(found.front()));
}

}  // namespace

Result<std::optional<FieldRecord>> SqlFieldRepository::FindRecord(Tx& tx, const std::string& id) {
    return db::Guarded([&]() -> Result<std::optional<FieldRecord>> {
        auto& session = db::AsSoci(tx).session();
        RecordRow row;
        auto prepared = session.prepare << std::string(queries::kFindRecord);
        soci::statement st = (Into(prepared, row), soci::use(id, "id"));
        KEFU_ASSIGN_OR_RETURN(auto found, FetchAll(session, st, row));
        if (found.empty()) return std::optional<FieldRecord>();
        return std::optional<FieldRecord>(std::move(found.front()));
    });
}

Result<void> SqlFieldRepository::InsertRecord(Tx& tx, const FieldRecord& r) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long job = r.input.job_id;
        const std::string step(kFieldStepNames.Name(r.input.step));
        const std::string recorded = FormatTimestamp(r.input.recorded_at);
        const std::string received = FormatTimestamp(r.received_at);
        std::optional<long long> user;
        if (r.recorded_by) user = r.recorded_by->value();
        const std::string outcome(kRecordOutcomeNames.Name(r.outcome));
        session << std::string(queries::kInsertRecord), soci::use(r.input.id, "id"),
            soci::use(job, "job_id"), soci::use(step, "step"),
            soci::use(r.fingerprint, "fingerprint"), soci::use(r.input.note, "note"),
            soci::use(recorded, "recorded_at"), soci::use(received, "received_at"),
            soci::use(user, "user_id"), soci::use(r.recorded_by_name, "by_name"),
            soci::use(outcome, "outcome"), soci::use(r.conflict_reason, "conflict_reason"),
            soci::use(r.conflict_status, "conflict_status");
        for (Check c : r.input.checks) {
            const std::string name(kCheckNames.Name(c));
            session << std::string(queries::kInsertCheck), soci::use(r.input.id, "record_id"),
                soci::use(name, "check_name");
        }
        for (const ItemCount& c : r.input.counts) {
            const long long product = c.item_id;
            const long long pieces = c.pieces;
            session << std::string(queries::kInsertCount), soci::use(r.input.id, "record_id"),
                soci::use(product, "product_id"), soci::use(pieces, "pieces");
        }
        return {};
    });
}

Result<std::vector<FieldRecord>> SqlFieldRepository::ListRecords(Tx& tx, std::int64_t job_id) {
    return db::Guarded([&]() -> Result<std::vector<FieldRecord>> {
        auto& session = db::AsSoci(tx).session();
        const long long job = job_id;
        RecordRow row;
        auto prepared = session.prepare << std::string(queries::kListRecords);
        soci::statement st = (Into(prepared, row), soci::use(job, "job_id"));
        return FetchAll(session, st, row);
    });
}

Result<std::vector<FieldRecord>> SqlFieldRepository::ListConflicts(Tx& tx, int limit) {
    return db::Guarded([&]() -> Result<std::vector<FieldRecord>> {
        auto& session = db::AsSoci(tx).session();
        RecordRow row;
        auto prepared = session.prepare << std::string(queries::kListConflicts);
        soci::statement st = (Into(prepared, row), soci::use(limit, "limit"));
        return FetchAll(session, st, row);
    });
}

Result<Incident> SqlFieldRepository::InsertIncident(Tx& tx, const Incident& incident) {
    return db::Guarded([&]() -> Result<Incident> {
        auto& session = db::AsSoci(tx).session();
        const long long job = incident.job_id;
        const std::string kind(kIncidentKindNames.Name(incident.kind));
        const std::string raised = FormatTimestamp(incident.raised_at);
        long long id = 0;
        session << std::string(queries::kInsertIncident), soci::use(job, "job_id"),
            soci::use(kind, "kind"), soci::use(incident.record_id, "record_id"),
            soci::use(raised, "raised_at"), soci::into(id);
        for (const CountDifference& d : incident.differences) {
            const long long product = d.item_id;
            const long long expected = d.expected;
            const long long counted = d.counted;
            session << std::string(queries::kInsertIncidentItem), soci::use(id, "incident_id"),
                soci::use(product, "product_id"), soci::use(expected, "expected"),
                soci::use(counted, "counted");
        }
        Incident stored = incident;
        stored.id = id;
        stored.version = 1;
        return stored;
    });
}

Result<std::vector<Incident>> SqlFieldRepository::ListIncidents(Tx& tx,
                                                                std::optional<std::int64_t> job_id,
                                                                bool open_only,
                                                                int limit) {
    return SelectIncidents(tx, job_id, open_only, std::nullopt, limit);
}

Result<std::optional<Incident>> SqlFieldRepository::FindIncident(Tx& tx, std::int64_t id) {
    KEFU_ASSIGN_OR_RETURN(auto found, SelectIncidents(tx, std::nullopt, false, id, 1));
    if (found.empty()) return std::optional<Incident>();
    return std::optional<Incident>(std::move(found.front()));
}

Result<std::vector<Incident>> SqlFieldRepository::SelectIncidents(
    Tx& tx,
    std::optional<std::int64_t> job_id,
    bool open_only,
    std::optional<std::int64_t> id,
    int limit) {
    return db::Guarded([&]() -> Result<std::vector<Incident>> {
        auto& session = db::AsSoci(tx).session();
        const int any_job = job_id ? 0 : 1;
        const long long job = job_id.value_or(0);
        const int open = open_only ? 1 : 0;
        const int any_id = id ? 0 : 1;
        const long long wanted = id.value_or(0);
        long long incident_id = 0;
        long long incident_job = 0;
        std::string number;
        std::string kind;
        std::string record_id;
        std::string raised_at;
        std::string resolved_at;
        int resolved = 0;
        std::string by_name;
        std::string resolution;
        int version = 0;
        soci::statement st = (session.prepare << std::string(queries::kListIncidents),
                              soci::use(any_job, "any_job"),
                              soci::use(job, "job_id"),
                              soci::use(open, "open_only"),
                              soci::use(any_id, "any_id"),
                              soci::use(wanted, "id"),
                              soci::use(limit, "limit"),
                              soci::into(incident_id),
                              soci::into(incident_job),
                              soci::into(number),
                              soci::into(kind),
                              soci::into(record_id),
                              soci::into(raised_at),
                              soci::into(resolved_at),
                              soci::into(resolved),
                              soci::into(by_name),
                              soci::into(resolution),
                              soci::into(version));
        st.execute();
        std::vector<Incident> out;
        while (st.fetch()) {
            db::RowDecoder decode("field_incidents", incident_id);
            Incident i;
            i.id = incident_id;
            i.job_id = incident_job;
            i.job_number = number;
            i.kind = decode.Take(kIncidentKindNames.Parse(kind), "kind", kind);
            i.record_id = record_id;
            i.raised_at = decode.Take(ParseTimestamp(raised_at), "raised_at", raised_at);
            if (resolved != 0) {
                i.resolved_at =
                    decode.Take(ParseTimestamp(resolved_at), "resolved_at", resolved_at);
            }
            i.resolved_by_name = by_name;
            i.resolution = resolution;
            i.version = version;
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(i));
        }
        for (Incident& i : out) {
            const long long of = i.id;
            long long product = 0;
            long long expected = 0;
            long long counted = 0;
            soci::statement items = (session.prepare << std::string(queries::kIncidentItems),
                                     soci::use(of, "incident_id"),
                                     soci::into(product),
                                     soci::into(expected),
                                     soci::into(counted));
            items.execute();
            while (items.fetch()) i.differences.push_back({product, expected, counted});
        }
        return out;
    });
}

Result<void> SqlFieldRepository::ResolveIncident(Tx& tx, const Incident& incident) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const std::string at = FormatTimestamp(incident.resolved_at.value_or(Timestamp{}));
        const long long id = incident.id;
        const int version = incident.version;
        const int old_version = incident.version - 1;
        soci::statement st = (session.prepare << std::string(queries::kResolveIncident),
                              soci::use(at, "resolved_at"),
                              soci::use(incident.resolved_by_name, "by_name"),
                              soci::use(incident.resolution, "resolution"),
                              soci::use(version, "version"),
                              soci::use(id, "id"),
                              soci::use(old_version, "old_version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("the incident was changed by someone else; reload it"));
        }
        return {};
    });
}

Result<std::optional<FieldPhoto>> SqlFieldRepository::FindPhoto(Tx& tx,
                                                                const std::string& record_id) {
    return OnePhoto(tx, {.record_id = record_id});
}

Result<std::int64_t> SqlFieldRepository::InsertPhoto(Tx& tx, const FieldPhoto& p) {
    return db::Guarded([&]() -> Result<std::int64_t> {
        auto& session = db::AsSoci(tx).session();
        const long long job = p.job_id;
        const std::string step(kFieldStepNames.Name(p.step));
        const std::string content = db::BytesToText(p.jpeg);
        const long long size = p.size_bytes;
        std::optional<long long> user;
        if (p.recorded_by) user = p.recorded_by->value();
        const std::string received = FormatTimestamp(p.received_at);
        long long id = 0;
        session << std::string(queries::kInsertPhoto), soci::use(p.record_id, "record_id"),
            soci::use(job, "job_id"), soci::use(step, "step"),
            soci::use(p.fingerprint, "fingerprint"), soci::use(content, "content"),
            soci::use(p.width, "width"), soci::use(p.height, "height"),
            soci::use(size, "size_bytes"), soci::use(user, "user_id"),
            soci::use(p.recorded_by_name, "by_name"), soci::use(received, "received_at"),
            soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

Result<std::vector<FieldPhoto>> SqlFieldRepository::ListPhotos(Tx& tx, std::int64_t job_id) {
    return SelectPhotos(tx, {.job_id = job_id, .limit = 1000});
}

Result<std::optional<FieldPhoto>> SqlFieldRepository::PhotoById(Tx& tx, std::int64_t id) {
    return OnePhoto(tx, {.id = id, .with_content = true});
}

Result<std::vector<catalog::SeriesWarranty>> SqlFieldRepository::WarrantiesOfJob(
    Tx& tx, std::int64_t job_id) {
    return db::Guarded([&]() -> Result<std::vector<catalog::SeriesWarranty>> {
        auto& session = db::AsSoci(tx).session();
        const long long job = job_id;
        long long id = 0;
        int months = 0;
        std::string series, valid_from, content;
        soci::statement st = (session.prepare << std::string(queries::kJobWarranties),
                              soci::use(job, "job_id"),
                              soci::into(id),
                              soci::into(series),
                              soci::into(valid_from),
                              soci::into(months),
                              soci::into(content));
        st.execute();
        std::vector<catalog::SeriesWarranty> out;
        while (st.fetch()) {
            db::RowDecoder decode("catalog_series_warranties", id);
            catalog::SeriesWarranty w;
            w.id = id;
            w.series = series;
            w.valid_from = decode.Take(Date::Parse(valid_from), "valid_from", valid_from);
            w.months = months;
            w.content = content;
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(w));
        }
        return out;
    });
}

}  // namespace kefu::field
