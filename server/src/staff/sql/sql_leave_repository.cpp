#include "staff/sql/sql_leave_repository.hpp"

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "staff/sql/staff_queries.hpp"

namespace kefu::staff {
namespace {

// The columns every leave query selects, in order.
struct LeaveRow {
    long long id = 0;
    long long staff_id = 0;
    std::string staff_name;
    std::string from;
    std::string to;
    std::string kind;
    std::string note;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(staff_id));
        st.exchange(soci::into(staff_name));
        st.exchange(soci::into(from));
        st.exchange(soci::into(to));
        st.exchange(soci::into(kind));
        st.exchange(soci::into(note));
    }

    Result<LeaveRecord> ToRecord() const {
        db::RowDecoder decode("leave_records", id);
        LeaveRecord r;
        r.id = LeaveId(id);
        r.staff_id = StaffId(staff_id);
        r.staff_name = staff_name;
        r.from = decode.Take(Date::Parse(from), "from_date", from);
        r.to = decode.Take(Date::Parse(to), "to_date", to);
        r.kind = decode.Take(kLeaveKindNames.Parse(kind), "kind", kind);
        r.note = note;
        KEFU_TRY(decode.Finish());
        return r;
    }
};

template <class Binder>
Result<std::vector<LeaveRecord>> FetchLeave(soci::session& session,
                                            std::string_view sql,
                                            Binder bind) {
    LeaveRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(std::string(sql));
    st.define_and_bind();
    st.execute();
    std::vector<LeaveRecord> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(LeaveRecord r, row.ToRecord());
        out.push_back(std::move(r));
    }
    return out;
}

}  // namespace

Result<bool> SqlLeaveRepository::IsOnLeave(Tx& tx, StaffId staff, Date day) {
    return db::Guarded([&]() -> Result<bool> {
        auto& session = db::AsSoci(tx).session();
        const long long staff_id = staff.value();
        const std::string text = day.ToString();
        long long count = 0;
        session << std::string(queries::kIsOnLeave), soci::use(staff_id, "staff_id"),
            soci::use(text, "day"), soci::use(text, "day2"), soci::into(count);
        return count > 0;
    });
}

Result<std::vector<LeaveRecord>> SqlLeaveRepository::OnLeave(Tx& tx, Date day) {
    return db::Guarded([&]() -> Result<std::vector<LeaveRecord>> {
        const std::string text = day.ToString();
        return FetchLeave(
            db::AsSoci(tx).session(), queries::kListOnLeave, [&](soci::statement& st) {
                st.exchange(soci::use(text, "day"));
                st.exchange(soci::use(text, "day2"));
            });
    });
}

Result<std::vector<LeaveRecord>> SqlLeaveRepository::ListBetween(Tx& tx, Date from, Date to) {
    return db::Guarded([&]() -> Result<std::vector<LeaveRecord>> {
        const std::string from_text = from.ToString();
        const std::string to_text = to.ToString();
        return FetchLeave(
            db::AsSoci(tx).session(), queries::kListLeaveBetween, [&](soci::statement& st) {
                st.exchange(soci::use(to_text, "to_date"));
                st.exchange(soci::use(from_text, "from_date"));
            });
    });
}

Result<std::vector<LeaveRecord>> SqlLeaveRepository::ListForStaff(Tx& tx, StaffId staff) {
    return db::Guarded([&]() -> Result<std::vector<LeaveRecord>> {
        const long long key = staff.value();
        return FetchLeave(db::AsSoci(tx).session(),
                          queries::kListStaffLeave,
                          [&](soci::statement& st) { st.exchange(soci::use(key, "staff_id")); });
    });
}

Result<std::optional<LeaveRecord>> SqlLeaveRepository::FindById(Tx& tx, LeaveId id) {
    return db::Guarded([&]() -> Result<std::optional<LeaveRecord>> {
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(
            auto rows,
            FetchLeave(db::AsSoci(tx).session(), queries::kFindLeave, [&](soci::statement& st) {
                st.exchange(soci::use(key, "id"));
            }));
        if (rows.empty()) return std::optional<LeaveRecord>();
        return std::optional<LeaveRecord>(std::move(rows.front()));
    });
}

Result<LeaveRecord> SqlLeaveRepository::Insert(Tx& tx, const LeaveRecord& r, Timestamp at) {
    return db::Guarded([&]() -> Result<LeaveRecord> {
        auto& session = db::AsSoci(tx).session();
        const long long staff_id = r.staff_id.value();
        const std::string from = r.from.ToString();
        const std::string to = r.to.ToString();
        const std::string kind(LeaveKindName(r.kind));
        const std::string at_text = FormatTimestamp(at);
        long long id = 0;
        session << std::string(queries::kInsertLeave), soci::use(staff_id, "staff_id"),
            soci::use(from, "from_date"), soci::use(to, "to_date"), soci::use(kind, "kind"),
            soci::use(r.note, "note"), soci::use(at_text, "created_at"), soci::into(id);
        LeaveRecord stored = r;
        stored.id = LeaveId(id);
        return stored;
    });
}

Result<void> SqlLeaveRepository::Delete(Tx& tx, LeaveId id) {
    return db::Guarded([&]() -> Result<void> {
        const long long key = id.value();
        db::AsSoci(tx).session() << std::string(queries::kDeleteLeave), soci::use(key, "id");
        return {};
    });
}

Result<void> SqlLeaveRepository::LockStaff(Tx& tx, StaffId staff) {
    return db::Guarded([&]() -> Result<void> {
        auto& soci_tx = db::AsSoci(tx);
        const long long key = staff.value();
        long long found = 0;
        soci_tx.session() << db::QueryFor(soci_tx, queries::kLockStaff, queries::kLockStaff_Pg),
            soci::use(key, "id"), soci::into(found);
        return {};
    });
}

}  // namespace kefu::staff
