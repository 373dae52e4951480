#include "staff/sql/sql_staff_repository.hpp"

#include <algorithm>
#include <string_view>

#include "db/database.hpp"
#include "db/like_pattern.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "staff/sql/staff_queries.hpp"

namespace kefu::staff {
namespace {

// The items of a comma-separated list ("" is none).
std::vector<std::string> SplitList(std::string_view list) {
    std::vector<std::string> out;
    while (!list.empty()) {
        const auto comma = list.find(',');
        out.emplace_back(list.substr(0, comma));
        list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
    }
    return out;
}

// The columns every staff query selects, in order.
struct StaffRow {
    long long id = 0;
    std::string name;
    std::string phone;
    std::string hire_date;
    std::string experience_start;
    std::string grade;
    std::string status;
    std::optional<std::string> left_on;
    int version = 1;
    std::optional<std::string> roles;   // comma-separated, aggregated by the query
    std::optional<std::string> skills;  // comma-separated too (a skill key has no comma)

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(name));
        st.exchange(soci::into(phone));
        st.exchange(soci::into(hire_date));
        st.exchange(soci::into(experience_start));
        st.exchange(soci::into(grade));
        st.exchange(soci::into(status));
        st.exchange(soci::into(left_on));
        st.exchange(soci::into(version));
        st.exchange(soci::into(roles));
        st.exchange(soci::into(skills));
    }

    Result<StaffMember> ToMember() const {
        db::RowDecoder decode("staff", id);
        StaffMember m;
        m.id = StaffId(id);
        m.name = name;
        m.phone = phone;
        m.hire_date = decode.Take(Date::Parse(hire_date), "hire_date", hire_date);
        m.experience_start =
            decode.Take(Date::Parse(experience_start), "experience_start", experience_start);
        m.grade = decode.Take(ParseGrade(grade), "grade", grade);
        m.status = decode.Take(ParseStatus(status), "status", status);
        if (left_on) m.left_on = decode.Take(Date::Parse(*left_on), "left_on", *left_on);
        m.version = version;
        const std::string role_list = roles.value_or("");
        std::string_view rest = role_list;
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            const std::string_view name_of_role = rest.substr(0, comma);
            m.roles.Add(
                decode.Take(auth::ParseRole(name_of_role), "staff_roles.role", name_of_role));
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
        m.skills = SplitList(skills.value_or(""));
        // SQLite aggregates in no promised order; the member's list is sorted.
        std::sort(m.skills.begin(), m.skills.end());
        KEFU_TRY(decode.Finish());
        return m;
    }
};

void SaveRoles(soci::session& session, long long staff_id, const auth::RoleSet& roles) {
    session << std::string(queries::kDeleteStaffRoles), soci::use(staff_id, "staff_id");
    for (auth::Role role : roles.ToVector()) {
        const std::string name(auth::RoleName(role));
        session << std::string(queries::kInsertStaffRole), soci::use(staff_id, "staff_id"),
            soci::use(name, "role");
    }
}

// Replaces the member's skills (the service wrote the record in the same transaction).
void SaveSkills(soci::session& session,
                long long staff_id,
                const std::vector<std::string>& skills) {
    session << std::string(queries::kDeleteStaffSkills), soci::use(staff_id, "staff_id");
    for (const std::string& skill : skills) {
        session << std::string(queries::kInsertStaffSkill), soci::use(staff_id, "staff_id"),
            soci::use(skill, "skill");
    }
}

// Runs a prepared multi-row staff query (one round trip, roles included); `bind` adds the use()
// parameters.
template <class Binder>
Result<std::vector<StaffMember>> FetchStaff(soci::session& session,
                                            std::string_view sql,
                                            Binder bind) {
    StaffRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<StaffMember> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(StaffMember m, row.ToMember());
        out.push_back(std::move(m));
    }
    return out;
}

}  // namespace

Result<StaffMember> SqlStaffRepository::Insert(Tx& tx, const StaffMember& m, Timestamp at) {
    return db::Guarded([&]() -> Result<StaffMember> {
        auto& session = db::AsSoci(tx).session();
        const std::string hire = m.hire_date.ToString();
        const std::string experience = m.experience_start.ToString();
        const std::string grade(GradeName(m.grade));
        const std::string status(StatusName(m.status));
        std::optional<std::string> left_on;
        if (m.left_on) left_on = m.left_on->ToString();
        const std::string at_text = FormatTimestamp(at);
        long long id = 0;
        session << std::string(queries::kInsertStaff), soci::use(m.name, "name"),
            soci::use(m.phone, "phone"), soci::use(hire, "hire_date"),
            soci::use(experience, "experience_start"), soci::use(grade, "grade"),
            soci::use(status, "status"), soci::use(left_on, "left_on"), soci::use(at_text, "at"),
            soci::use(at_text, "at2"), soci::into(id);
        SaveRoles(session, id, m.roles);
        SaveSkills(session, id, m.skills);
        StaffMember stored = m;
        stored.id = StaffId(id);
        stored.version = 1;
        return stored;
    });
}

Result<std::optional<StaffMember>> SqlStaffRepository::FindById(Tx& tx, StaffId id) {
    return db::Guarded([&]() -> Result<std::optional<StaffMember>> {
        auto& soci_tx = db::AsSoci(tx);
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(
            auto rows,
            FetchStaff(soci_tx.session(),
                       db::QueryFor(soci_tx, queries::kFindStaff, queries::kFindStaff_Pg),
                       [&](soci::statement& st) { st.exchange(soci::use(key, "id")); }));
        if (rows.empty()) return std::optional<StaffMember>();
        return std::optional<StaffMember>(std::move(rows.front()));
    });
}

Result<StaffMember> SqlStaffRepository::Update(Tx& tx, const StaffMember& m, Timestamp at) {
    return db::Guarded([&]() -> Result<StaffMember> {
        auto& session = db::AsSoci(tx).session();
        const long long id = m.id.value();
        const int version = m.version;
        const std::string hire = m.hire_date.ToString();
        const std::string experience = m.experience_start.ToString();
        const std::string grade(GradeName(m.grade));
        const std::string status(StatusName(m.status));
        std::optional<std::string> left_on;
        if (m.left_on) left_on = m.left_on->ToString();
        const std::string at_text = FormatTimestamp(at);
        soci::statement st = (session.prepare << std::string(queries::kUpdateStaff),
                              soci::use(m.name, "name"),
                              soci::use(m.phone, "phone"),
                              soci::use(hire, "hire_date"),
                              soci::use(experience, "experience_start"),
                              soci::use(grade, "grade"),
                              soci::use(status, "status"),
                              soci::use(left_on, "left_on"),
                              soci::use(at_text, "at"),
                              soci::use(id, "id"),
                              soci::use(version, "version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else changed this record; reload and try again"));
        }
        SaveRoles(session, id, m.roles);
        SaveSkills(session, id, m.skills);
        StaffMember stored = m;
        stored.version = m.version + 1;
        return stored;
    });
}

Result<Page<StaffMember>> SqlStaffRepository::List(Tx& tx,
                                                   const StaffFilter& filter,
                                                   const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<StaffMember>> {
        auto& soci_tx = db::AsSoci(tx);
        auto& session = soci_tx.session();
        const int any_query = filter.query.empty() ? 1 : 0;
        const std::string pattern = db::ContainsPattern(filter.query);
        const int any_grade = filter.grade ? 0 : 1;
        const std::string grade(filter.grade ? GradeName(*filter.grade) : "");
        const int any_status = filter.status ? 0 : 1;
        const std::string status(filter.status ? StatusName(*filter.status) : "");
        long long limit = page.page_size;
        long long offset = page.offset();
        auto bind_filter = [&](soci::statement& st) {
            st.exchange(soci::use(any_query, "any_query"));
            st.exchange(soci::use(pattern, "pattern"));
            st.exchange(soci::use(pattern, "pattern2"));
            st.exchange(soci::use(any_grade, "any_grade"));
            st.exchange(soci::use(grade, "grade"));
            st.exchange(soci::use(any_status, "any_status"));
            st.exchange(soci::use(status, "status"));
        };
        Page<StaffMember> out;
        out.page = page.page;
        out.page_size = page.page_size;
        long long total = 0;
        {
            soci::statement st(session);
            st.alloc();
            bind_filter(st);
            st.exchange(soci::into(total));
            st.prepare(db::QueryFor(soci_tx, queries::kCountStaff, queries::kCountStaff_Pg));
            st.define_and_bind();
            st.execute(true);
        }
        out.total = total;
        const std::string list_sql =
            db::QueryFor(soci_tx, queries::kListStaff, queries::kListStaff_Pg);
        KEFU_ASSIGN_OR_RETURN(out.items, FetchStaff(session, list_sql, [&](soci::statement& st) {
                                  bind_filter(st);
                                  st.exchange(soci::use(limit, "limit"));
                                  st.exchange(soci::use(offset, "offset"));
                              }));
        return out;
    });
}

Result<std::vector<StaffMember>> SqlStaffRepository::ListActive(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<StaffMember>> {
        auto& soci_tx = db::AsSoci(tx);
        return FetchStaff(
            soci_tx.session(),
            db::QueryFor(soci_tx, queries::kListActiveStaff, queries::kListActiveStaff_Pg),
            [](soci::statement&) {});
    });
}

Result<void> SqlStaffRepository::InsertGradeChange(Tx& tx, const GradeChange& c) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long staff_id = c.staff_id.value();
        const std::string from(GradeName(c.from));
        const std::string to(GradeName(c.to));
        const std::string kind(GradeChangeKindName(c.kind));
        const std::string at = FormatTimestamp(c.changed_at);
        std::optional<long long> by;
        if (c.changed_by) by = c.changed_by->value();
        session << std::string(queries::kInsertGradeChange), soci::use(staff_id, "staff_id"),
            soci::use(from, "from_grade"), soci::use(to, "to_grade"), soci::use(kind, "kind"),
            soci::use(c.reason, "reason"), soci::use(at, "changed_at"),
            soci::use(by, "changed_by_user_id"), soci::use(c.changed_by_name, "changed_by_name");
        return {};
    });
}

Result<std::vector<GradeChange>> SqlStaffRepository::ListGradeChanges(Tx& tx, StaffId id) {
    return db::Guarded([&]() -> Result<std::vector<GradeChange>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id.value();
        long long change_id = 0;
        long long staff_id = 0;
        std::string from;
        std::string to;
        std::string kind;
        std::optional<std::string> reason;
        std::string at;
        std::optional<long long> by;
        std::string by_name;
        soci::statement st = (session.prepare << std::string(queries::kListGradeChanges),
                              soci::use(key, "staff_id"),
                              soci::into(change_id),
                              soci::into(staff_id),
                              soci::into(from),
                              soci::into(to),
                              soci::into(kind),
                              soci::into(reason),
                              soci::into(at),
                              soci::into(by),
                              soci::into(by_name));
        st.execute();
        std::vector<GradeChange> out;
        while (st.fetch()) {
            db::RowDecoder decode("grade_changes", change_id);
            GradeChange c;
            c.id = change_id;
            c.staff_id = StaffId(staff_id);
            c.from = decode.Take(ParseGrade(from), "from_grade", from);
            c.to = decode.Take(ParseGrade(to), "to_grade", to);
            c.kind = decode.Take(kGradeChangeKindNames.Parse(kind), "kind", kind);
            c.reason = reason;
            c.changed_at = decode.Take(ParseTimestamp(at), "changed_at", at);
            if (by) c.changed_by = UserId(*by);
            c.changed_by_name = by_name;
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(c));
        }
        return out;
    });
}

Result<std::vector<TrainingTopic>> SqlTrainingRepository::ListTopics(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<TrainingTopic>> {
        auto& session = db::AsSoci(tx).session();
        long long id = 0;
        std::string name;
        int required = 0;
        soci::statement st = (session.prepare << std::string(queries::kListTopics),
                              soci::into(id),
                              soci::into(name),
                              soci::into(required));
        st.execute();
        std::vector<TrainingTopic> out;
        while (st.fetch()) out.push_back({TrainingTopicId(id), name, required != 0});
        return out;
    });
}

Result<std::optional<TrainingTopic>> SqlTrainingRepository::FindTopic(Tx& tx, TrainingTopicId id) {
    return db::Guarded([&]() -> Result<std::optional<TrainingTopic>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id.value();
        long long found_id = 0;
        std::string name;
        int required = 0;
        session << std::string(queries::kFindTopic), soci::use(key, "id"), soci::into(found_id),
            soci::into(name), soci::into(required);
        if (!session.got_data()) return std::optional<TrainingTopic>();
        return std::optional<TrainingTopic>(
            TrainingTopic{TrainingTopicId(found_id), name, required != 0});
    });
}

Result<TrainingTopic> SqlTrainingRepository::InsertTopic(Tx& tx, const TrainingTopic& topic) {
    return db::Guarded([&]() -> Result<TrainingTopic> {
        auto& session = db::AsSoci(tx).session();
        const int required = topic.required ? 1 : 0;
        long long id = 0;
        session << std::string(queries::kInsertTopic), soci::use(topic.name, "name"),
            soci::use(required, "required"), soci::into(id);
        return TrainingTopic{TrainingTopicId(id), topic.name, topic.required};
    });
}

Result<TrainingRecord> SqlTrainingRepository::InsertRecord(Tx& tx,
                                                           const TrainingRecord& r,
                                                           Timestamp at) {
    return db::Guarded([&]() -> Result<TrainingRecord> {
        auto& session = db::AsSoci(tx).session();
        const long long staff_id = r.staff_id.value();
        const long long topic_id = r.topic_id.value();
        const std::string date = r.date.ToString();
        const std::string result(TrainingResultName(r.result));
        const std::string at_text = FormatTimestamp(at);
        long long id = 0;
        session << std::string(queries::kInsertTraining), soci::use(staff_id, "staff_id"),
            soci::use(topic_id, "topic_id"), soci::use(r.trainer, "trainer"),
            soci::use(date, "training_date"), soci::use(result, "result"),
            soci::use(r.notes, "notes"), soci::use(at_text, "created_at"), soci::into(id);
        TrainingRecord stored = r;
        stored.id = TrainingId(id);
        return stored;
    });
}

Result<std::vector<TrainingRecord>> SqlTrainingRepository::ListRecords(Tx& tx, StaffId staff) {
    return db::Guarded([&]() -> Result<std::vector<TrainingRecord>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = staff.value();
        long long id = 0;
        long long staff_id = 0;
        long long topic_id = 0;
        std::string topic_name;
        std::string trainer;
        std::string date;
        std::string result;
        std::optional<std::string> notes;
        soci::statement st = (session.prepare << std::string(queries::kListTrainings),
                              soci::use(key, "staff_id"),
                              soci::into(id),
                              soci::into(staff_id),
                              soci::into(topic_id),
                              soci::into(topic_name),
                              soci::into(trainer),
                              soci::into(date),
                              soci::into(result),
                              soci::into(notes));
        st.execute();
        std::vector<TrainingRecord> out;
        while (st.fetch()) {
            db::RowDecoder decode("training_records", id);
            out.push_back({TrainingId(id),
                           StaffId(staff_id),
                           TrainingTopicId(topic_id),
                           topic_name,
                           trainer,
                           decode.Take(Date::Parse(date), "training_date", date),
                           decode.Take(ParseTrainingResult(result), "result", result),
                           notes});
            KEFU_TRY(decode.Finish());
        }
        return out;
    });
}

Result<std::vector<std::pair<StaffId, TrainingTopicId>>> SqlTrainingRepository::ListPassed(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<std::pair<StaffId, TrainingTopicId>>> {
        auto& session = db::AsSoci(tx).session();
        long long staff_id = 0;
        long long topic_id = 0;
        soci::statement st = (session.prepare << std::string(queries::kListPassed),
                              soci::into(staff_id),
                              soci::into(topic_id));
        st.execute();
        std::vector<std::pair<StaffId, TrainingTopicId>> out;
        while (st.fetch()) out.emplace_back(StaffId(staff_id), TrainingTopicId(topic_id));
        return out;
    });
}

}  // namespace kefu::staff
