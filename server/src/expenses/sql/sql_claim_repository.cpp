#include "expenses/sql/sql_claim_repository.hpp"

#include <charconv>

#include "db/bytes_text.hpp"
#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "expenses/sql/claim_queries.hpp"

namespace kefu::expenses {
namespace {

// Names one per line (a name is single-line text, so a line break never occurs inside one).
std::string JoinLines(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) {
        if (!out.empty()) out += '\n';
        out += s;
    }
    return out;
}

std::vector<std::string> SplitLines(const std::string& text) {
    std::vector<std::string> out;
    if (text.empty()) return out;
    std::size_t start = 0;
    while (true) {
        const std::size_t end = text.find('\n', start);
        out.push_back(
            text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return out;
}

// "key=value" per line; nullopt when a line does not parse.
std::optional<std::vector<std::pair<std::string, std::int64_t>>> ParsePolicyUsed(
    const std::string& text) {
    std::vector<std::pair<std::string, std::int64_t>> out;
    for (const std::string& line : SplitLines(text)) {
        const std::size_t eq = line.rfind('=');
        if (eq == std::string::npos) return std::nullopt;
        std::int64_t value = 0;
        const char* first = line.data() + eq + 1;
        const char* last = line.data() + line.size();
        const auto [ptr, ec] = std::from_chars(first, last, value);
        if (ec != std::errc() || ptr != last) return std::nullopt;
        out.emplace_back(line.substr(0, eq), value);
    }
    return out;
}

std::string FormatPolicyUsed(const std::vector<std::pair<std::string, std::int64_t>>& used) {
    std::vector<std::string> lines;
    lines.reserve(used.size());
    for (const auto& [key, value] : used) lines.push_back(key + "=" + std::to_string(value));
    return JoinLines(lines);
}

std::optional<bool> Flag(int v) {
    if (v == 0) return false;
    if (v == 1) return true;
    return std::nullopt;
}

struct ClaimRow {
    long long id = 0;
    long long claimant = 0;
    std::optional<std::string> claimant_name;
    std::optional<long long> job_id;
    std::optional<long long> trip_log_id;
    int division_code = 0;
    std::optional<std::string> division_name;
    int local = 0;
    std::string place_class;
    std::string departure;
    std::string return_at;
    int from_log = 0;
    std::string purpose;
    std::string status;
    std::string reject_reason;
    std::string created_at;
    int version = 0;

    void Bind(soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(claimant));
        st.exchange(soci::into(claimant_name));
        st.exchange(soci::into(job_id));
        st.exchange(soci::into(trip_log_id));
        st.exchange(soci::into(division_code));
        st.exchange(soci::into(division_name));
        st.exchange(soci::into(local));
        st.exchange(soci::into(place_class));
        st.exchange(soci::into(departure));
        st.exchange(soci::into(return_at));
        st.exchange(soci::into(from_log));
        st.exchange(soci::into(purpose));
        st.exchange(soci::into(status));
        st.exchange(soci::into(reject_reason));
        st.exchange(soci::into(created_at));
        st.exchange(soci::into(version));
    }

    Result<Claim> ToClaim() const {
        db::RowDecoder decode("expense_claims", id);
        Claim c;
        c.id = ClaimId(id);
        c.claimant = StaffId(claimant);
        c.claimant_name = claimant_name.value_or("");
        c.job_id = job_id;
        c.trip_log_id = trip_log_id;
        c.division_code = division_code;
        c.division_name = division_name.value_or("");
        c.local = decode.Take(Flag(local), "local", std::to_string(local));
        c.place_class =
            decode.Take(geo::kPlaceClassNames.Parse(place_class), "place_class", place_class);
        c.departure = decode.Take(ParseTimestamp(departure), "departure", departure);
        c.return_at = decode.Take(ParseTimestamp(return_at), "return_at", return_at);
        c.times_from_trip_log =
            decode.Take(Flag(from_log), "times_from_trip_log", std::to_string(from_log));
        c.purpose = purpose;
        c.status = decode.Take(kClaimStatusNames.Parse(status), "status", status);
        c.reject_reason = reject_reason;
        c.created_at = decode.Take(ParseTimestamp(created_at), "created_at", created_at);
        c.version = version;
        KEFU_TRY(decode.Finish());
        return c;
    }
};

// The receipts' descriptions (not their bytes), onto the claim's lines.
Result<void> LoadReceipts(soci::session& session, Claim& claim) {
    const long long key = claim.id.value();
    long long id = 0, line_id = 0, size = 0;
    std::string type, at;
    soci::statement st = (session.prepare << std::string(queries::kListReceipts),
                          soci::use(key, "claim_id"),
                          soci::into(id),
                          soci::into(line_id),
                          soci::into(type),
                          soci::into(size),
                          soci::into(at));
    st.execute();
    while (st.fetch()) {
        db::RowDecoder decode("expense_claim_receipts", id);
        ReceiptInfo r;
        r.id = id;
        r.line_id = line_id;
        r.type = decode.Take(kReceiptTypeNames.Parse(type), "content_type", type);
        r.size_bytes = size;
        r.uploaded_at = decode.Take(ParseTimestamp(at), "uploaded_at", at);
        KEFU_TRY(decode.Finish());
        for (ClaimLine& l : claim.lines) {
            if (l.id == line_id) l.receipts.push_back(r);
        }
    }
    return {};
}

Result<void> LoadLines(soci::session& session, Claim& claim) {
    const long long key = claim.id.value();
    long long id = 0;
    std::string kind, date, fare_class, meal, diners, rule, policy_used, status, reason, note;
    std::optional<long long> approval_id;
    std::optional<std::string> approval_status;
    long long claimed = 0;
    long long allowed = 0;
    int diner_count = 0, nights = 0, persons = 0, receipt = 0, leader = 0, special = 0, payable = 0;
    soci::statement st = (session.prepare << std::string(queries::kListLines),
                          soci::use(key, "claim_id"),
                          soci::into(id),
                          soci::into(kind),
                          soci::into(date),
                          soci::into(claimed),
                          soci::into(fare_class),
                          soci::into(meal),
                          soci::into(diners),
                          soci::into(diner_count),
                          soci::into(nights),
                          soci::into(persons),
                          soci::into(receipt),
                          soci::into(leader),
                          soci::into(special),
                          soci::into(allowed),
                          soci::into(payable),
                          soci::into(rule),
                          soci::into(policy_used),
                          soci::into(status),
                          soci::into(reason),
                          soci::into(note),
                          soci::into(approval_id),
                          soci::into(approval_status));
    st.execute();
    while (st.fetch()) {
        db::RowDecoder decode("expense_claim_lines", id);
        ClaimLine l;
        l.id = id;
        LineFacts& f = l.facts;
        f.kind = decode.Take(kLineKindNames.Parse(kind), "kind", kind);
        f.date = decode.Take(Date::Parse(date), "line_date", date);
        f.claimed = Money::Fen(claimed);
        f.fare_class = decode.Take(kFareClassNames.Parse(fare_class), "fare_class", fare_class);
        f.meal = decode.Take(kMealNames.Parse(meal), "meal", meal);
        f.diners = SplitLines(diners);
        f.diner_count = diner_count;
        f.nights = nights;
        f.persons = persons;
        f.receipt = decode.Take(Flag(receipt), "receipt", std::to_string(receipt));
        f.leader_approval = decode.Take(Flag(leader), "leader_approval", std::to_string(leader));
        f.special_approval =
            decode.Take(Flag(special), "special_approval", std::to_string(special));
        l.allowance.allowed = Money::Fen(allowed);
        l.allowance.payable = decode.Take(Flag(payable), "payable", std::to_string(payable));
        l.allowance.rule = decode.Take(kAllowanceRuleNames.Parse(rule), "rule", rule);
        l.allowance.policy_used =
            decode.Take(ParsePolicyUsed(policy_used), "policy_used", policy_used);
        l.status = decode.Take(kLineStatusNames.Parse(status), "status", status);
        l.reject_reason = reason;
        l.note = note;
        l.approval_id = approval_id;
        if (approval_status) {
            l.approval_status = decode.Take(approvals::kApprovalStatusNames.Parse(*approval_status),
                                            "approval_status",
                                            *approval_status);
        }
        KEFU_TRY(decode.Finish());
        claim.lines.push_back(std::move(l));
    }
    return LoadReceipts(session, claim);
}

// Runs a claim query (the columns of claim_columns.sql), then loads each claim's lines.
template <class BindFn>
Result<std::vector<Claim>> FetchClaims(soci::session& session,
                                       const std::string& sql,
                                       BindFn bind) {
    ClaimRow row;
    soci::statement st(session);
    st.alloc();
    bind(st);
    row.Bind(st);
    st.prepare(sql);
    st.define_and_bind();
    st.execute();
    std::vector<Claim> out;
    while (st.fetch()) {
        KEFU_ASSIGN_OR_RETURN(Claim c, row.ToClaim());
        out.push_back(std::move(c));
    }
    for (Claim& c : out) KEFU_TRY(LoadLines(session, c));
    return out;
}

void WriteLine(soci::session& session, long long claim_id, const ClaimLine& l) {
    const LineFacts& f = l.facts;
    const std::string kind(kLineKindNames.Name(f.kind));
    const std::string date = f.date.ToString();
    const long long claimed = f.claimed.fen();
    const std::string fare_class(kFareClassNames.Name(f.fare_class));
    const std::string meal(kMealNames.Name(f.meal));
    const std::string diners = JoinLines(f.diners);
    const int receipt = f.receipt ? 1 : 0;
    const int leader = f.leader_approval ? 1 : 0;
    const int special = f.special_approval ? 1 : 0;
    const long long allowed = l.allowance.allowed.fen();
    const int payable = l.allowance.payable ? 1 : 0;
    const std::string rule(kAllowanceRuleNames.Name(l.allowance.rule));
    const std::string used = FormatPolicyUsed(l.allowance.policy_used);
    const std::string status(kLineStatusNames.Name(l.status));
    session << std::string(queries::kInsertLine), soci::use(claim_id, "claim_id"),
        soci::use(kind, "kind"), soci::use(date, "line_date"), soci::use(claimed, "claimed_fen"),
        soci::use(fare_class, "fare_class"), soci::use(meal, "meal"), soci::use(diners, "diners"),
        soci::use(f.diner_count, "diner_count"), soci::use(f.nights, "nights"),
        soci::use(f.persons, "persons"), soci::use(receipt, "receipt"),
        soci::use(leader, "leader_approval"), soci::use(special, "special_approval"),
        soci::use(allowed, "allowed_fen"), soci::use(payable, "payable"), soci::use(rule, "rule"),
        soci::use(used, "policy_used"), soci::use(status, "status"),
        soci::use(l.reject_reason, "reject_reason"), soci::use(l.note, "note");
}

}  // namespace

Result<Claim> SqlClaimRepository::Insert(Tx& tx, const Claim& claim, Timestamp now) {
    long long id = 0;
    KEFU_TRY(db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long claimant = claim.claimant.value();
        const int local = claim.local ? 1 : 0;
        const std::string place(geo::PlaceClassName(claim.place_class));
        const std::string departure = FormatTimestamp(claim.departure);
        const std::string return_at = FormatTimestamp(claim.return_at);
        const int from_log = claim.times_from_trip_log ? 1 : 0;
        const std::string at = FormatTimestamp(now);
        session << std::string(queries::kInsertClaim), soci::use(claimant, "claimant"),
            soci::use(claim.job_id, "job_id"), soci::use(claim.trip_log_id, "trip_log_id"),
            soci::use(claim.division_code, "division_code"), soci::use(local, "local"),
            soci::use(place, "place_class"), soci::use(departure, "departure"),
            soci::use(return_at, "return_at"), soci::use(from_log, "times_from_trip_log"),
            soci::use(claim.purpose, "purpose"), soci::use(at, "created_at"),
            soci::use(at, "updated_at"), soci::into(id);
        for (const ClaimLine& l : claim.lines) WriteLine(session, id, l);
        return {};
    }));
    KEFU_ASSIGN_OR_RETURN(auto stored, Find(tx, ClaimId(id)));
    if (!stored) return Fail(Error::Internal("a stored claim cannot be read back"));
    return *stored;
}

Result<std::optional<Claim>> SqlClaimRepository::Find(Tx& tx, ClaimId id) {
    return db::Guarded([&]() -> Result<std::optional<Claim>> {
        auto& session = db::AsSoci(tx).session();
        const long long key = id.value();
        KEFU_ASSIGN_OR_RETURN(
            auto rows,
            FetchClaims(session,
                        std::string(queries::kClaimColumns) + "\n" + std::string(queries::kWhereId),
                        [&](soci::statement& st) { st.exchange(soci::use(key, "id")); }));
        if (rows.empty()) return std::optional<Claim>();
        return std::optional<Claim>(std::move(rows.front()));
    });
}

Result<Page<Claim>> SqlClaimRepository::List(Tx& tx,
                                             const ClaimFilter& filter,
                                             const PageRequest& page) {
    return db::Guarded([&]() -> Result<Page<Claim>> {
        auto& session = db::AsSoci(tx).session();
        const int claimant_any = filter.claimant ? 0 : 1;
        const long long claimant = filter.claimant ? filter.claimant->value() : 0;
        const int status_any = filter.status ? 0 : 1;
        const std::string status =
            filter.status ? std::string(kClaimStatusNames.Name(*filter.status)) : "";
        const long long limit = page.page_size;
        const long long offset = page.offset();
        auto bind_filter = [&](soci::statement& st) {
            st.exchange(soci::use(claimant_any, "claimant_any"));
            st.exchange(soci::use(claimant, "claimant"));
            st.exchange(soci::use(status_any, "status_any"));
            st.exchange(soci::use(status, "status"));
        };
        Page<Claim> out;
        out.page = page.page;
        out.page_size = page.page_size;
        KEFU_ASSIGN_OR_RETURN(out.items,
                              FetchClaims(session,
                                          std::string(queries::kClaimColumns) + "\n" +
                                              std::string(queries::kWhereFilter) + "\n" +
                                              std::string(queries::kOrderPage),
                                          [&](soci::statement& st) {
                                              bind_filter(st);
                                              st.exchange(soci::use(limit, "limit"));
                                              st.exchange(soci::use(offset, "offset"));
                                          }));
        long long count = 0;
        soci::statement st(session);
        st.alloc();
        bind_filter(st);
        st.exchange(soci::into(count));
        st.prepare(std::string(queries::kCountClaims) + "\n" + std::string(queries::kWhereFilter));
        st.define_and_bind();
        st.execute(true);
        out.total = count;
        return out;
    });
}

Result<void> SqlClaimRepository::Update(Tx& tx, const Claim& claim, Timestamp now) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long id = claim.id.value();
        const std::string status(kClaimStatusNames.Name(claim.status));
        const std::string at = FormatTimestamp(now);
        const int version = claim.version;
        soci::statement st = (session.prepare << std::string(queries::kUpdateClaim),
                              soci::use(status, "status"),
                              soci::use(claim.reject_reason, "reject_reason"),
                              soci::use(at, "updated_at"),
                              soci::use(id, "id"),
                              soci::use(version, "version"));
        st.execute(true);
        if (st.get_affected_rows() != 1) {
            return Fail(Error::Aborted("someone else changed this claim; reload and try again"));
        }
        return {};
    });
}

Result<void> SqlClaimRepository::InsertLine(Tx& tx, ClaimId claim, const ClaimLine& line) {
    return db::Guarded([&]() -> Result<void> {
        WriteLine(db::AsSoci(tx).session(), claim.value(), line);
        return {};
    });
}

Result<void> SqlClaimRepository::UpdateLine(Tx& tx, ClaimId claim, const ClaimLine& line) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long claim_id = claim.value();
        const long long id = line.id;
        const std::string status(kLineStatusNames.Name(line.status));
        const int receipt = line.facts.receipt ? 1 : 0;
        const int leader = line.facts.leader_approval ? 1 : 0;
        const int special = line.facts.special_approval ? 1 : 0;
        const std::optional<long long> approval =
            line.approval_id ? std::optional<long long>(*line.approval_id) : std::nullopt;
        const long long allowed = line.allowance.allowed.fen();
        const int payable = line.allowance.payable ? 1 : 0;
        const std::string rule(kAllowanceRuleNames.Name(line.allowance.rule));
        const std::string used = FormatPolicyUsed(line.allowance.policy_used);
        session << std::string(queries::kUpdateLine), soci::use(status, "status"),
            soci::use(line.reject_reason, "reject_reason"), soci::use(receipt, "receipt"),
            soci::use(leader, "leader_approval"), soci::use(special, "special_approval"),
            soci::use(approval, "approval_id"), soci::use(allowed, "allowed_fen"),
            soci::use(payable, "payable"), soci::use(rule, "rule"), soci::use(used, "policy_used"),
            soci::use(id, "id"), soci::use(claim_id, "claim_id");
        return {};
    });
}

Result<std::int64_t> SqlClaimRepository::InsertReceipt(Tx& tx,
                                                       ClaimId claim,
                                                       std::int64_t line_id,
                                                       ReceiptType type,
                                                       std::string_view bytes,
                                                       std::optional<UserId> by,
                                                       Timestamp now) {
    return db::Guarded([&]() -> Result<std::int64_t> {
        auto& session = db::AsSoci(tx).session();
        const long long claim_id = claim.value();
        const long long line = line_id;
        const std::string content_type(kReceiptTypeNames.Name(type));
        const auto size = static_cast<long long>(bytes.size());
        const std::string content = db::BytesToText(bytes);
        const std::optional<long long> user =
            by ? std::optional<long long>(by->value()) : std::nullopt;
        const std::string at = FormatTimestamp(now);
        long long id = 0;
        session << std::string(queries::kInsertReceipt), soci::use(claim_id, "claim_id"),
            soci::use(line, "line_id"), soci::use(content_type, "content_type"),
            soci::use(size, "size_bytes"), soci::use(content, "content"),
            soci::use(user, "uploaded_by"), soci::use(at, "uploaded_at"), soci::into(id);
        return static_cast<std::int64_t>(id);
    });
}

Result<std::optional<ReceiptFile>> SqlClaimRepository::FindReceipt(Tx& tx,
                                                                   ClaimId claim,
                                                                   std::int64_t receipt_id) {
    return db::Guarded([&]() -> Result<std::optional<ReceiptFile>> {
        auto& session = db::AsSoci(tx).session();
        const long long claim_id = claim.value();
        const long long key = receipt_id;
        long long id = 0, line_id = 0, size = 0;
        std::string type, at, content;
        session << std::string(queries::kFindReceipt), soci::use(key, "id"),
            soci::use(claim_id, "claim_id"), soci::into(id), soci::into(line_id), soci::into(type),
            soci::into(size), soci::into(at), soci::into(content);
        if (!session.got_data()) return std::optional<ReceiptFile>();
        db::RowDecoder decode("expense_claim_receipts", id);
        ReceiptFile file;
        file.info.id = id;
        file.info.line_id = line_id;
        file.info.type = decode.Take(kReceiptTypeNames.Parse(type), "content_type", type);
        file.info.size_bytes = size;
        file.info.uploaded_at = decode.Take(ParseTimestamp(at), "uploaded_at", at);
        file.bytes = decode.Take(db::TextToBytes(content), "content", "(not base64)");
        KEFU_TRY(decode.Finish());
        return std::optional<ReceiptFile>(std::move(file));
    });
}

Result<std::optional<ClaimId>> SqlClaimRepository::ClaimOfLine(Tx& tx, std::int64_t line_id) {
    return db::Guarded([&]() -> Result<std::optional<ClaimId>> {
        auto& session = db::AsSoci(tx).session();
        const long long id = line_id;
        long long claim = 0;
        session << std::string(queries::kClaimOfLine), soci::use(id, "id"), soci::into(claim);
        if (!session.got_data()) return std::optional<ClaimId>();
        return std::optional<ClaimId>(ClaimId(claim));
    });
}

Result<void> SqlClaimRepository::DeleteReceipt(Tx& tx, ClaimId claim, std::int64_t receipt_id) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long claim_id = claim.value();
        const long long id = receipt_id;
        session << std::string(queries::kDeleteReceipt), soci::use(id, "id"),
            soci::use(claim_id, "claim_id");
        return {};
    });
}

Result<void> SqlClaimRepository::DeleteLine(Tx& tx, ClaimId claim, std::int64_t line_id) {
    return db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const long long claim_id = claim.value();
        const long long id = line_id;
        session << std::string(queries::kDeleteLine), soci::use(id, "id"),
            soci::use(claim_id, "claim_id");
        return {};
    });
}

Result<std::optional<std::int32_t>> SqlClaimRepository::JobDivision(Tx& tx, std::int64_t job_id) {
    return db::Guarded([&]() -> Result<std::optional<std::int32_t>> {
        auto& session = db::AsSoci(tx).session();
        const long long id = job_id;
        std::optional<int> code;
        session << std::string(queries::kJobDivision), soci::use(id, "id"), soci::into(code);
        if (!code) return std::optional<std::int32_t>();
        return std::optional<std::int32_t>(*code);
    });
}

Result<bool> SqlClaimRepository::OnJobCrew(Tx& tx, std::int64_t job_id, StaffId staff) {
    return db::Guarded([&]() -> Result<bool> {
        const long long job = job_id;
        const long long member = staff.value();
        long long n = 0;
        db::AsSoci(tx).session() << std::string(queries::kOnJobCrew), soci::use(job, "job"),
            soci::use(member, "staff"), soci::into(n);
        return n > 0;
    });
}

Result<std::vector<StaffId>> SqlClaimRepository::DemoClaimants(Tx& tx) {
    return db::Guarded([&]() -> Result<std::vector<StaffId>> {
        auto& session = db::AsSoci(tx).session();
        long long id = 0;
        soci::statement st =
            (session.prepare << std::string(queries::kDemoClaimants), soci::into(id));
        st.execute();
        std::vector<StaffId> out;
        while (st.fetch()) out.emplace_back(id);
        return out;
    });
}

Result<std::int64_t> SqlClaimRepository::CountAll(Tx& tx) {
    return db::Guarded([&]() -> Result<std::int64_t> {
        long long n = 0;
        db::AsSoci(tx).session() << std::string(queries::kCountAllClaims), soci::into(n);
        return static_cast<std::int64_t>(n);
    });
}

}  // namespace kefu::expenses
