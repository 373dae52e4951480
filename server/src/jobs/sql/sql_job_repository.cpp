#include "jobs/sql/sql_job_repository.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <deque>

#include "db/database.hpp"
#include "db/like_pattern.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "jobs/sql/job_queries.hpp"

namespace kefu::jobs {
namespace {

// The columns every job query selects, in order (find_job.sql, list_jobs.sql).
struct JobRow {
    long long id = 0;
    std::optional<std::string> number;
    std::string kind;
    std::string status;
    std::optional<long long> customer_id;
    std::optional<long long> dealer_id;
    long long site_id = 0;
    int division_code = 0;
    std::string contact_name;
    std::string contact_phone;
    std::string requested_date;
    int window_start = 0;
    int window_end = 0;
    std::string priority;
    std::string source_document;
    std::string notes;
    std::optional<long long> raised_by;
    std::string raised_by_name;
    std::optional<long long> original_job_id;
    std::optional<int> crew_requested;
    int crew_needed = 1;
    std::string crew_approval;
    std::optional<long long> approval_id;
    std::optional<std::string> scheduled_date;
    std::optional<int> scheduled_start;
    std::optional<int> scheduled_end;
    std::optional<long long> lead;
    std::optional<long long> vehicle;
    std::optional<long long> driver;
    std::string cancel_reason;
    int total_pieces = 0;
    long long total_volume_l = 0;
    long long total_weight_g = 0;
    std::string created_at;
    int version = 1;
    std::optional<std::string> customer_name;
    std::optional<std::string> dealer_name;
    std::optional<std::string> site_street;
    std::optional<std::string> division_name;
    std::optional<std::string> lead_name;
    std::optional<std::string> driver_name;
    std::optional<std::string> vehicle_plate;
    int has_eta_call = 0;
    int has_address_call = 0;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(number));
        st.exchange(soci::into(kind));
        st.exchange(soci::into(status));
        st.exchange(soci::into(customer_id));
        st.exchange(soci::into(dealer_id));
        st.exchange(soci::into(site_id));
        st.exchange(soci::into(division_code));
        st.exchange(soci::into(contact_name));
        st.exchange(soci::into(contact_phone));
        st.exchange(soci::into(requested_date));
        st.exchange(soci::into(window_start));
        st.exchange(soci::into(window_end));
        st.exchange(soci::into(priority));
        st.exchange(soci::into(source_document));
        st.exchange(soci::into(notes));
        st.exchange(soci::into(raised_by));
        st.exchange(soci::into(raised_by_name));
        st.exchange(soci::into(original_job_id));
        st.exchange(soci::into(crew_requested));
        st.exchange(soci::into(crew_needed));
        st.exchange(soci::into(crew_approval));
        st.exchange(soci::into(approval_id));
        st.exchange(soci::into(scheduled_date));
        st.exchange(soci::into(scheduled_start));
        st.exchange(soci::into(scheduled_end));
        st.exchange(soci::into(lead));
        st.exchange(soci::into(vehicle));
        st.exchange(soci::into(driver));
        st.exchange(soci::into(cancel_reason));
        st.exchange(soci::into(total_pieces));
        st.exchange(soci::into(total_volume_l));
        st.exchange(soci::into(total_weight_g));
        st.exchange(soci::into(created_at));
        st.exchange(soci::into(version));
        st.exchange(soci::into(customer_name));
        st.exchange(soci::into(dealer_name));
        st.exchange(soci::into(site_street));
        st.exchange(soci::into(division_name));
        st.exchange(soci::into(lead_name));
        st.exchange(soci::into(driver_name));
        st.exchange(soci::into(vehicle_plate));
        st.exchange(soci::into(has_eta_call));
        st.exchange(soci::into(has_address_call));
    }

    Result<Job> ToJob() const {
        db::RowDecoder decode("jobs", id);
        Job j;
        j.id = JobId(id);
        j.number = number.value_or("");
        j.kind = decode.Take(kJobKindNames.Parse(kind), "kind", kind);
        j.status = decode.Take(kJobStatusNames.Parse(status), "status", status);
        j.customer_id = customer_id;
        if (dealer_id) j.dealer_id = DealerId(*dealer_id);
        j.site_id = site_id;
        j.division_code = division_code;
        j.contact_name = contact_name;
        j.contact_phone = contact_phone;
        j.requested_date =
            decode.Take(Date::Parse(requested_date), "requested_date", requested_date);
        j.requested_window = {window_start, window_end};
        j.priority = decode.Take(kPriorityNames.Parse(priority), "priority", priority);
        j.source_document = source_document;
        j.notes = notes;
        if (raised_by) j.raised_by = UserId(*raised_by);
        j.raised_by_name = raised_by_name;
        if (original_job_id) j.original_job = JobId(*original_job_id);
        j.crew_requested = crew_requested;
        j.crew_needed = crew_needed;
        j.crew_approval =
            decode.Take(kCrewApprovalNames.Parse(crew_approval), "crew_approval", crew_approval);
        j.approval_id = approval_id;
        if (scheduled_date && lead) {
            Assignment a;
            a.lead = StaffId(*lead);
            a.vehicle_id = vehicle;
            if (driver) a.driver = StaffId(*driver);
            a.date = decode.Take(Date::Parse(*scheduled_date), "scheduled_date", *scheduled_date);
            a.window = {scheduled_start.value_or(0), scheduled_end.value_or(0)};
            j.assignment = a;
        }
        j.cancel_reason = cancel_reason;
        j.total_pieces = total_pieces;
        j.total_volume_l = total_volume_l;
        j.total_weight_g = total_weight_g;
        j.created_at = decode.Take(ParseTimestamp(created_at), "created_at", created_at);
        j.version = version;
        j.names.customer = customer_name.value_or("");
        j.names.dealer = dealer_name.value_or("");
        j.names.site_street = site_street.value_or("");
        j.names.division = division_name.value_or("");
        j.names.lead = lead_name.value_or("");
        j.names.driver = driver_name.value_or("");
        j.names.vehicle_plate = vehicle_plate.value_or("");
        j.has_eta_call = has_eta_call != 0;
        j.has_address_call = has_address_call != 0;
        KEFU_TRY(decode.Finish());
        return j;
    }
};

template <class Binder>
Result<std::vector<Job>> FetchJobs(soci::session& session, std::string_view sql, Binder bind) {
    JobRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<Job> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(Job j, row.ToJob());
        out.push_back(std::move(j));
    }
    return out;
}

// The WHERE clause of the list and its count, built from the filter_*.sql and flag_*.sql
// predicates in use (joined by AND) so that the database sees only what filters and can pick an
// index for it; a catch-all "(:x = 1 OR …)" form would hide every index on a million jobs.
class JobWhere {
public:
    JobWhere(const db::SociTx& tx, const JobFilter& f) {
        const JobScope& scope = f.scope;
        if (!scope.all) {
            if (scope.dealer) {
                Add(queries::kFilterScopeDealer);
                Int("scope_dealer", scope.dealer->value());
            } else {
                Add(queries::kFilterScopeOwn);
                Int("scope_user", scope.raised_by ? scope.raised_by->value() : -1);
                Int("scope_staff", scope.crew ? scope.crew->value() : -1);
            }
        }
        if (f.statuses.size() == 1) {
            Add(queries::kFilterStatus);
            Text("status", std::string(kJobStatusNames.Name(f.statuses.front())));
        } else if (!f.statuses.empty()) {
            Add(db::QueryFor(tx, queries::kFilterStatuses, queries::kFilterStatuses_Pg));
            std::string list = ",";
            for (JobStatus st : f.statuses) list += std::string(kJobStatusNames.Name(st)) + ",";
            Text("statuses", list);
        }
        if (f.kind) {
            Add(queries::kFilterKind);
            Text("kind", std::string(kJobKindNames.Name(*f.kind)));
        }
        if (f.from) {
            Add(queries::kFilterFrom);
            Text("from_date", f.from->ToString());
        }
        if (f.to) {
            Add(queries::kFilterTo);
            Text("to_date", f.to->ToString());
        }
        if (f.dealer) {
            Add(queries::kFilterDealer);
            Int("dealer", f.dealer->value());
        }
        if (f.division) {
            // 370000 covers 370000–379999, 370100 covers 370100–370199, 370102 itself.
            const int code = *f.division;
            const int span = code % 10000 == 0 ? 10000 : code % 100 == 0 ? 100 : 1;
            Add(queries::kFilterDivision);
            Int("division_low", code);
            Int("division_high", code + span - 1);
        }
        if (!f.query.empty()) {
            Add(db::QueryFor(tx, queries::kFilterQuery, queries::kFilterQuery_Pg));
            const std::string pattern = db::ContainsPattern(f.query);
            Text("pattern", pattern);
            Text("pattern2", pattern);
            Text("pattern3", pattern);
        }
        if (f.flag) {
            switch (*f.flag) {
                case JobFlag::kUnassigned:
                    Add(queries::kFlagUnassigned);
                    break;
                case JobFlag::kAwaitingApproval:
                    Add(queries::kFlagAwaitingApproval);
                    break;
                case JobFlag::kMissingEtaCall:
                    Add(queries::kFlagMissingEtaCall);
                    Text("today", f.today.ToString());
                    break;
                case JobFlag::kMissingAddressCall:
                    Add(queries::kFlagMissingAddressCall);
                    break;
            }
        }
    }

    /// `head` with this WHERE clause, then `tail`.
    std::string Sql(std::string_view head, std::string_view tail = {}) const {
        std::string out(head);
        out += clause_;
        if (!tail.empty()) {
            out += "\n";
            out += tail;
        }
        return out;
    }

    /// Binds the values of the predicates in use (they live as long as this object).
    void Bind(soci::statement& st) {
        for (const auto& [name, value] : texts_) st.exchange(soci::use(value, name));
        for (const auto& [name, value] : ints_) st.exchange(soci::use(value, name));
    }

private:
    void Add(std::string_view predicate) {
        clause_ += clause_.empty() ? "\nWHERE " : "\n  AND ";
        clause_ += predicate;
    }
    void Text(std::string name, std::string value) {
        texts_.emplace_back(std::move(name), std::move(value));
    }
    void Int(std::string name, long long value) { ints_.emplace_back(std::move(name), value); }

    std::string clause_;
    std::deque<std::pair<std::string, std::string>> texts_;  // deques: stable addresses for use()
    std::deque<std::pair<std::string, long long>> ints_;
};

Result<void> LoadDetails(soci::session& session, Job& job) {
    const long long key = job.id.value();
    JobItem item;
    long long product_id = 0;
    soci::statement items = (session.prepare << std::string(queries::kListJobItems),
                             soci::use(key, "job_id"),
                             soci::into(product_id),
                             soci::into(item.product_model),
                             soci::into(item.product_name),
                             soci::into(item.quantity),
                             soci::into(item.pieces));
    items.execute();
    while (items.fetch()) {
        item.product_id = product_id;
        job.items.push_back(item);
    }
    if (job.assignment) {
        long long member = 0;
        std::string name;
        soci::statement members = (session.prepare << std::string(queries::kListJobMembers),
                                   soci::use(key, "job_id"),
                                   soci::into(member),
                                   soci::into(name));
        members.execute();
        while (members.fetch()) {
            job.assignment->members.emplace_back(member);
            job.names.members.push_back(name);
        }
    }
    return {};
}

}  // namespace

Result<Job> SqlJobRepository::Insert(Tx& tx, const Job& job) {
    return db::Guarded([&]() -> Result<Job> {
        auto& session = db::AsSoci(tx).session();
        const std::string kind(kJobKindNames.Name(job.kind));
        const std::string priority(kPriorityNames.Name(job.priority));
        std::optional<long long> dealer;
        if (job.dealer_id) dealer = job.dealer_id->value();
        std::optional<long long> raised_by;
        if (job.raised_by) raised_by = job.raised_by->value();
        std::optional<long long> original;
        if (job.original_job) original = job.original_job->value();
        const std::string requested = job.requested_date.ToString();
        const std::string at = FormatTimestamp(job.created_at);
        const long long volume = job.total_volume_l;
        const long long weight = job.total_weight_g;
        long long id = 0;
        session << std::string(queries::kInsertJob), soci::use(kind, "kind"),
            soci::use(job.customer_id, "customer_id"), soci::use(dealer, "dealer_id"),
            soci::use(job.site_id, "site_id"), soci::use(job.division_code, "division_code"),
            soci::use(job.contact_name, "contact_name"),
            soci::use(job.contact_phone, "contact_phone"), soci::use(requested, "requested_date"),
            soci::use(requested, "job_date"), soci::use(job.requested_window.start, "window_start"),
            soci::use(job.requested_window.end, "window_end"), soci::use(priority, "priority"),
            soci::use(job.source_document, "source_document"), soci::use(job.notes, "notes"),
            soci::use(raised_by, "raised_by"), soci::use(job.raised_by_name, "raised_by_name"),
            soci::use(original, "original_job_id"), soci::use(job.crew_requested, "crew_requested"),
            soci::use(job.crew_needed, "crew_needed"), soci::use(job.total_pieces, "total_pieces"),
            soci::use(volume, "total_volume_l"), soci::use(weight, "total_weight_g"),
            soci::use(at, "created_at"), soci::use(at, "updated_at"), soci::into(id);
        Job stored = job;
        stored.id = JobId(id);
        stored.number = fmt::format("KF-{}-{:06}", ChinaDateOf(job.created_at).year(), id);
        session << std::string(queries::kSetJobNumber), soci::use(stored.number, "number"),
            soci::use(id, "id");
        for (const JobItem& item : job.items) {
            session << std::string(queries::kInsertJobItem), soci::use(id, "job_id"),
                soci::use(item.product_id, "product_id"), soci::use(item.quantity, "quantity"),
                soci::use(item.pieces, "pieces");
        }
        stored.status = JobStatus::kNew;
        stored.version = 1;
        return stored;
    });
}

Result<std::optional<Job>> SqlJobRepository::FindById(Tx& tx, JobId id) {
    return db::Guarded([&]() -> Result<std::optional<Job>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(auto rows,
                              FetchJobs(session, queries::kFindJob, [&](soci::statement& st) {
                                  st.exchange(soci::use(key, "id"));
                              }));
        if (rows.empty()) return std::optional<Job>();
        KEFU_TRY(LoadDetails(session, rows.front()));
        return std::optional<Job>(std::move(rows.front()));
    });
}

Result<void> SqlJobRepository::Update(Tx& tx, const Job& job) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long id = job.id.value();
        const std::string status(kJobStatusNames.Name(job.status));
        const std::string approval(kCrewApprovalNames.Name(job.crew_approval));
        std::optional<std::string> date;
        std::optional<int> start;
        std::optional<int> end;
        std::optional<long long> lead;
        std::optional<long long> vehicle;
        std::optional<long long> driver;
        int crew_size = 0;
        std::string job_date = job.requested_date.ToString();
        if (job.assignment) {
            const Assignment& a = *job.assignment;
            date = a.date.ToString();
            job_date = *date;
            start = a.window.start;
            end = a.window.end;
            lead = a.lead.value();
            vehicle = a.vehicle_id;
            if (a.driver) driver = a.driver->value();
            crew_size = 1;
            for (StaffId m : a.members) crew_size += m == a.lead ? 0 : 1;
        }
        const std::string at = FormatTimestamp(
            std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()));
        const int version = job.version;
        const int previous = job.version - 1;
        soci::statement st = (session.prepare << std::string(queries::kUpdateJob),
                              soci::use(status, "status"),
                              soci::use(approval, "crew_approval"),
                              soci::use(job.approval_id, "approval_id"),
                              soci::use(date, "scheduled_date"),
                              soci::use(job_date, "job_date"),
                              soci::use(start, "scheduled_start"),
                              soci::use(end, "scheduled_end"),
                              soci::use(lead, "lead_staff_id"),
                              soci::use(vehicle, "vehicle_id"),
                              soci::use(driver, "driver_staff_id"),
                              soci::use(crew_size, "crew_size"),
                              soci::use(job.cancel_reason, "cancel_reason"),
                              soci::use(at, "updated_at"),
                              soci::use(version, "version"),
                              soci::use(id, "id"),
                              soci::use(previous, "previous_version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else changed this job; reload and try again"));
        }
        session << std::string(queries::kDeleteJobCrew), soci::use(id, "job_id");
        if (job.assignment) {
            const Assignment& a = *job.assignment;
            auto add = [&](StaffId person, const std::string& role) {
                const long long staff = person.value();
                session << std::string(queries::kInsertJobCrew), soci::use(id, "job_id"),
                    soci::use(staff, "staff_id"), soci::use(role, "role"),
                    soci::use(*date, "scheduled_date");
            };
            add(a.lead, "lead");
            for (StaffId m : a.members) {
                if (m != a.lead) add(m, "member");
            }
            if (a.driver && *a.driver != a.lead &&
                std::find(a.members.begin(), a.members.end(), *a.driver) == a.members.end()) {
                add(*a.driver, "driver");
            }
        }
        return {};
    });
}

Result<Page<Job>> SqlJobRepository::List(Tx& tx, const JobFilter& filter, const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<Job>> {
        auto& soci_tx = db::AsSoci(tx);
        Page<Job> out;
        out.page = page.page;
        out.page_size = page.page_size;
        KEFU_ASSIGN_OR_RETURN(out.total, Count(tx, filter));
        JobWhere where(soci_tx, filter);
        long long limit = page.page_size;
        long long offset = page.offset();
        KEFU_ASSIGN_OR_RETURN(out.items,
                              FetchJobs(soci_tx.session(),
                                        where.Sql(queries::kPageJobs, queries::kOrderJobs) +
                                            "\n)\n" + std::string(queries::kListJobs),
                                        [&](soci::statement& st) {
                                            where.Bind(st);
                                            st.exchange(soci::use(limit, "limit"));
                                            st.exchange(soci::use(offset, "offset"));
                                        }));
        return out;
    });
}

Result<std::int64_t> SqlJobRepository::Count(Tx& tx, const JobFilter& filter) {
    return db::Guarded([&]() -> Result<std::int64_t> {
        auto& soci_tx = db::AsSoci(tx);
        JobWhere where(soci_tx, filter);
        long long total = 0;
        soci::statement st(soci_tx.session());
        st.alloc();
        where.Bind(st);
        st.exchange(soci::into(total));
        st.prepare(where.Sql(queries::kCountJobs));
        st.define_and_bind();
        st.execute(true);
        return static_cast<std::int64_t>(total);
    });
}

Result<std::vector<DayCount>> SqlJobRepository::CountByDay(Tx& tx, Date from, Date to) {
    return db::Guarded([&]() -> Result<std::vector<DayCount>> {
        const std::string first = from.ToString();
        const std::string last = to.ToString();
        std::string day;
        std::string status;
        long long count = 0;
        soci::statement st = (db::AsSoci(tx).session().prepare << std::string(queries::kCountByDay),
                              soci::use(first, "from_date"),
                              soci::use(last, "to_date"),
                              soci::into(day),
                              soci::into(status),
                              soci::into(count));
        st.execute();
        std::vector<DayCount> out;
        while (st.fetch()) {
            db::RowDecoder decode("jobs", 0);
            DayCount c;
            c.day = decode.Take(Date::Parse(day), "job_date", day);
            c.status = decode.Take(kJobStatusNames.Parse(status), "status", status);
            c.count = count;
            KEFU_TRY(decode.Finish());
            out.push_back(c);
        }
        return out;
    });
}

Result<void> SqlJobRepository::InsertTransition(Tx& tx,
                                                JobId id,
                                                const JobTransitionRecord& r,
                                                std::optional<UserId> by) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long job = id.value();
        const std::string from(kJobStatusNames.Name(r.from));
        const std::string to(kJobStatusNames.Name(r.to));
        const std::string event(kJobEventNames.Name(r.event));
        const std::string at = FormatTimestamp(r.at);
        std::optional<long long> user;
        if (by) user = by->value();
        session << std::string(queries::kInsertTransition), soci::use(job, "job_id"),
            soci::use(from, "from_status"), soci::use(to, "to_status"), soci::use(event, "event"),
            soci::use(at, "at"), soci::use(user, "by_user_id"), soci::use(r.by_name, "by_name"),
            soci::use(r.note, "note");
        return {};
    });
}

Result<std::vector<JobTransitionRecord>> SqlJobRepository::ListTransitions(Tx& tx, JobId id) {
    return db::Guarded([&]() -> Result<std::vector<JobTransitionRecord>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id.value();
        std::string from;
        std::string to;
        std::string event;
        std::string at;
        std::string by;
        std::string note;
        soci::statement st = (session.prepare << std::string(queries::kListTransitions),
                              soci::use(key, "job_id"),
                              soci::into(from),
                              soci::into(to),
                              soci::into(event),
                              soci::into(at),
                              soci::into(by),
                              soci::into(note));
        st.execute();
        std::vector<JobTransitionRecord> out;
        while (st.fetch()) {
            db::RowDecoder decode("job_transitions", key);
            JobTransitionRecord r;
            r.from = decode.Take(kJobStatusNames.Parse(from), "from_status", from);
            r.to = decode.Take(kJobStatusNames.Parse(to), "to_status", to);
            r.event = decode.Take(kJobEventNames.Parse(event), "event", event);
            r.at = decode.Take(ParseTimestamp(at), "at", at);
            r.by_name = by;
            r.note = note;
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(r));
        }
        return out;
    });
}

Result<JobCall> SqlJobRepository::InsertCall(Tx& tx,
                                             JobId id,
                                             const JobCall& call,
                                             std::optional<UserId> by) {
    return db::Guarded([&]() -> Result<JobCall> {
        auto& session = db::AsSoci(tx).session();
        const long long job = id.value();
        const std::string kind(kCallKindNames.Name(call.kind));
        const std::string outcome(kCallOutcomeNames.Name(call.outcome));
        const std::string at = FormatTimestamp(call.at);
        std::optional<std::string> eta;
        if (call.new_eta) eta = FormatTimestamp(*call.new_eta);
        std::optional<long long> user;
        if (by) user = by->value();
        long long new_id = 0;
        session << std::string(queries::kInsertCall), soci::use(job, "job_id"),
            soci::use(kind, "kind"), soci::use(at, "at"), soci::use(user, "by_user_id"),
            soci::use(call.by_name, "by_name"), soci::use(outcome, "outcome"),
            soci::use(eta, "new_eta"), soci::use(call.note, "note"), soci::into(new_id);
        JobCall stored = call;
        stored.id = new_id;
        return stored;
    });
}

Result<std::vector<JobCall>> SqlJobRepository::ListCalls(Tx& tx, JobId id) {
    return db::Guarded([&]() -> Result<std::vector<JobCall>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id.value();
        long long call_id = 0;
        std::string kind;
        std::string at;
        std::string by;
        std::string outcome;
        std::optional<std::string> eta;
        std::string note;
        soci::statement st = (session.prepare << std::string(queries::kListCalls),
                              soci::use(key, "job_id"),
                              soci::into(call_id),
                              soci::into(kind),
                              soci::into(at),
                              soci::into(by),
                              soci::into(outcome),
                              soci::into(eta),
                              soci::into(note));
        st.execute();
        std::vector<JobCall> out;
        while (st.fetch()) {
            db::RowDecoder decode("job_calls", call_id);
            JobCall c;
            c.id = call_id;
            c.kind = decode.Take(kCallKindNames.Parse(kind), "kind", kind);
            c.at = decode.Take(ParseTimestamp(at), "at", at);
            c.by_name = by;
            c.outcome = decode.Take(kCallOutcomeNames.Parse(outcome), "outcome", outcome);
            if (eta) c.new_eta = decode.Take(ParseTimestamp(*eta), "new_eta", *eta);
            c.note = note;
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(c));
        }
        return out;
    });
}

Result<std::vector<BusySlot>> SqlJobRepository::BusyOn(Tx& tx,
                                                       Date day,
                                                       const std::vector<StaffId>& people,
                                                       std::optional<std::int64_t> vehicle,
                                                       JobId except) {
    return db::Guarded([&]() -> Result<std::vector<BusySlot>> {
        auto& session = db::AsSoci(tx).session();
        const std::string day_text = day.ToString();
        const long long skip = except.value();
        std::vector<BusySlot> out;
        std::string number;
        int start = 0;
        int end = 0;
        long long staff = 0;
        long long holder = 0;
        {
            soci::statement st = (session.prepare << std::string(queries::kBusyPeople),
                                  soci::use(day_text, "day"),
                                  soci::use(skip, "except"),
                                  soci::into(number),
                                  soci::into(start),
                                  soci::into(end),
                                  soci::into(staff),
                                  soci::into(holder));
            st.execute();
            while (st.fetch()) {
                if (std::find(people.begin(), people.end(), StaffId(staff)) == people.end()) {
                    continue;
                }
                out.push_back({number, {start, end}, StaffId(staff), std::nullopt, holder});
            }
        }
        if (vehicle) {
            const long long car = *vehicle;
            soci::statement st = (session.prepare << std::string(queries::kBusyVehicle),
                                  soci::use(car, "vehicle_id"),
                                  soci::use(day_text, "day"),
                                  soci::use(skip, "except"),
                                  soci::into(number),
                                  soci::into(start),
                                  soci::into(end),
                                  soci::into(holder));
            st.execute();
            while (st.fetch()) out.push_back({number, {start, end}, std::nullopt, car, holder});
        }
        return out;
    });
}

Result<int> SqlJobRepository::DealerDayPeople(Tx& tx, DealerId dealer, Date day, JobId except) {
    return db::Guarded([&]() -> Result<int> {
        auto& session = db::AsSoci(tx).session();
        const long long key = dealer.value();
        const std::string day_text = day.ToString();
        const long long skip = except.value();
        long long people = 0;
        session << std::string(queries::kDealerDayPeople), soci::use(key, "dealer_id"),
            soci::use(day_text, "day"), soci::use(skip, "except"), soci::into(people);
        return static_cast<int>(people);
    });
}

Result<void> SqlJobRepository::LockDay(Tx& tx, Date day) {
    return db::Guarded([&]() -> Result<void> {
        auto& soci_tx = db::AsSoci(tx);
        const std::string day_text = day.ToString();
        if (soci_tx.dialect() == db::Dialect::kPostgresql) {
            soci_tx.session() << std::string(queries::kLockDay_Pg), soci::use(day_text, "day");
        }
        return {};
    });
}

}  // namespace kefu::jobs
