#include "field/sql/sql_return_repository.hpp"

#include "db/bytes_text.hpp"
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

/// The bind values of a ReturnQuery's optional filters.
struct QueryBinds {
    explicit QueryBinds(const ReturnQuery& q)
        : any_check(q.check_id ? 0 : 1),
          check_id(q.check_id.value_or(0)),
          any_range(q.from && q.to ? 0 : 1),
          from(q.from && q.to ? q.from->ToString() : std::string()),
          to(q.from && q.to ? q.to->ToString() : std::string()),
          limit(q.limit) {}
    int any_check;
    long long check_id;
    int any_range;
    std::string from;
    std::string to;
    int limit;
};

}  // namespace

Result<std::int64_t> SqlReturnRepository::InsertCheck(Tx& tx, const ReturnCheck& c) {
    return db::Guarded([&]() -> Result<std::int64_t> {
        auto& session = db::AsSoci(tx).session();
        const long long job = c.job_id;
        const std::string outcome(kReturnOutcomeNames.Name(c.outcome));
        const std::string photo =
            c.photo_jpeg.empty() ? std::string() : db::BytesToText(c.photo_jpeg);
        const std::optional<long long> user = UserOf(c.checked_by);
        const std::string at = FormatTimestamp(c.checked_at);
        const std::string date = c.checked_date.ToString();
        long long id = 0;
        session << std::string(queries::kInsertReturnCheck), soci::use(job, "job_id"),
            soci::use(c.job_version, "job_version"), soci::use(outcome, "outcome"),
            soci::use(c.note, "note"), soci::use(photo, "photo"), soci::use(user, "user_id"),
            soci::use(c.checked_by_name, "by_name"), soci::use(at, "checked_at"),
            soci::use(date, "checked_date"), soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

Result<std::vector<ReturnCheck>> SqlReturnRepository::SelectChecks(Tx& tx, const ReturnQuery& q) {
    return db::Guarded([&]() -> Result<std::vector<ReturnCheck>> {
        auto& session = db::AsSoci(tx).session();
        const QueryBinds b(q);
        long long id = 0, job = 0, user = 0;
        int version = 0, has_photo = 0;
        std::string outcome, note, by_name, at, date;
        soci::statement st = (session.prepare << std::string(queries::kSelectReturnChecks),
                              soci::use(b.any_check, "any_check"),
                              soci::use(b.check_id, "check_id"),
                              soci::use(b.any_range, "any_range"),
                              soci::use(b.from, "from_date"),
                              soci::use(b.to, "to_date"),
                              soci::use(b.limit, "limit"),
                              soci::into(id),
                              soci::into(job),
                              soci::into(version),
                              soci::into(outcome),
                              soci::into(note),
                              soci::into(has_photo),
                              soci::into(user),
                              soci::into(by_name),
                              soci::into(at),
                              soci::into(date));
        st.execute();
        std::vector<ReturnCheck> out;
        while (st.fetch()) {
            db::RowDecoder decode("field_return_checks", id);
            ReturnCheck c;
            c.id = id;
            c.job_id = job;
            c.job_version = version;
            c.outcome = decode.Take(kReturnOutcomeNames.Parse(outcome), "outcome", outcome);
            c.note = note;
            c.has_photo = has_photo != 0;
            if (user != 0) c.checked_by = UserId(user);
            c.checked_by_name = by_name;
            c.checked_at = decode.Take(ParseTimestamp(at), "checked_at", at);
            c.checked_date = decode.Take(Date::Parse(date), "checked_date", date);
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(c));
        }
        return out;
    });
}

Result<std::vector<std::pair<std::int64_t, int>>> SqlReturnRepository::ChecksOfReturnedJobs(
    Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<std::pair<std::int64_t, int>>> {
        auto& session = db::AsSoci(tx).session();
        long long job = 0;
        int version = 0;
        soci::statement st = (session.prepare << std::string(queries::kChecksOfReturnedJobs),
                              soci::into(job),
                              soci::into(version));
        st.execute();
        std::vector<std::pair<std::int64_t, int>> out;
        while (st.fetch()) out.emplace_back(job, version);
        return out;
    });
}

Result<std::optional<std::string>> SqlReturnRepository::CheckPhoto(Tx& tx, std::int64_t id) {
    return db::Guarded([&]() -> Result<std::optional<std::string>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id;
        std::string photo;
        session << std::string(queries::kReturnCheckPhoto), soci::use(key, "id"), soci::into(photo);
        if (!session.got_data()) return std::optional<std::string>();
        if (photo.empty()) return std::optional<std::string>(std::string());
        db::RowDecoder decode("field_return_checks", key);
        std::string bytes = decode.Take(db::TextToBytes(photo), "photo", "(not base64)");
        KEFU_TRY(decode.Finish());
        return std::optional<std::string>(std::move(bytes));
    });
}

Result<std::optional<std::string>> SqlReturnRepository::StaffName(Tx& tx, std::int64_t id) {
    return db::Guarded([&]() -> Result<std::optional<std::string>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id;
        std::string name;
        session << std::string(queries::kStaffName), soci::use(key, "id"), soci::into(name);
        if (!session.got_data()) return std::optional<std::string>();
        return std::optional<std::string>(std::move(name));
    });
}

Result<std::int64_t> SqlReturnRepository::InsertCharge(Tx& tx, const Charge& c) {
    return db::Guarded([&]() -> Result<std::int64_t> {
        auto& session = db::AsSoci(tx).session();
        const long long check = c.check_id;
        const long long staff = c.staff_id;
        const long long amount = c.amount_fen;
        const std::optional<long long> user = UserOf(c.decided_by);
        const std::string at = FormatTimestamp(c.decided_at);
        const std::string date = c.decided_date.ToString();
        long long id = 0;
        session << std::string(queries::kInsertCharge), soci::use(check, "check_id"),
            soci::use(staff, "staff_id"), soci::use(amount, "amount_fen"),
            soci::use(c.reason, "reason"), soci::use(user, "user_id"),
            soci::use(c.decided_by_name, "by_name"), soci::use(at, "decided_at"),
            soci::use(date, "decided_date"), soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

Result<std::vector<Charge>> SqlReturnRepository::SelectCharges(Tx& tx, const ReturnQuery& q) {
    return db::Guarded([&]() -> Result<std::vector<Charge>> {
        auto& session = db::AsSoci(tx).session();
        const QueryBinds b(q);
        long long id = 0, check = 0, job = 0, staff = 0, amount = 0, user = 0;
        std::string number, staff_name, reason, by_name, at, date;
        std::optional<std::string> withdrawn_at, withdrawn_by, withdrawal_reason;
        const int any_charge = q.charge_id ? 0 : 1;
        const long long charge_id = q.charge_id.value_or(0);
        soci::statement st = (session.prepare << std::string(queries::kSelectCharges),
                              soci::use(b.any_check, "any_check"),
                              soci::use(b.check_id, "check_id"),
                              soci::use(any_charge, "any_charge"),
                              soci::use(charge_id, "charge_id"),
                              soci::use(b.any_range, "any_range"),
                              soci::use(b.from, "from_date"),
                              soci::use(b.to, "to_date"),
                              soci::use(b.limit, "limit"),
                              soci::into(id),
                              soci::into(check),
                              soci::into(job),
                              soci::into(number),
                              soci::into(staff),
                              soci::into(staff_name),
                              soci::into(amount),
                              soci::into(reason),
                              soci::into(user),
                              soci::into(by_name),
                              soci::into(at),
                              soci::into(date),
                              soci::into(withdrawn_at),
                              soci::into(withdrawn_by),
                              soci::into(withdrawal_reason));
        st.execute();
        std::vector<Charge> out;
        while (st.fetch()) {
            db::RowDecoder decode("field_charges", id);
            Charge c;
            c.id = id;
            c.check_id = check;
            c.job_id = job;
            c.job_number = number;
            c.staff_id = staff;
            c.staff_name = staff_name;
            c.amount_fen = amount;
            c.reason = reason;
            if (user != 0) c.decided_by = UserId(user);
            c.decided_by_name = by_name;
            c.decided_at = decode.Take(ParseTimestamp(at), "decided_at", at);
            c.decided_date = decode.Take(Date::Parse(date), "decided_date", date);
            if (withdrawn_at) {
                c.withdrawn_at =
                    decode.Take(ParseTimestamp(*withdrawn_at), "withdrawn_at", *withdrawn_at);
                c.withdrawn_by_name = withdrawn_by.value_or("");
                c.withdrawal_reason = withdrawal_reason.value_or("");
            }
            KEFU_TRY(decode.Finish());
            out.push_back(std::move(c));
        }
        return out;
    });
}

Result<bool> SqlReturnRepository::WithdrawCharge(
    Tx& tx, std::int64_t id, Timestamp at, const std::string& by_name, const std::string& reason) {
    return db::Guarded([&]() -> Result<bool> {
        auto& session = db::AsSoci(tx).session();
        const std::string at_text = FormatTimestamp(at);
        const long long key = id;
        soci::statement st = (session.prepare << std::string(queries::kWithdrawCharge),
                              soci::use(at_text, "at"),
                              soci::use(by_name, "by_name"),
                              soci::use(reason, "reason"),
                              soci::use(key, "id"));
        st.execute(true);
        return st.get_affected_rows() == 1;
    });
}

}  // namespace kefu::field
