#include "dispatch/sql/sql_lineup_repository.hpp"

#include <string>

#include "db/database.hpp"
#include "db/row_decoder.hpp"
#include "db/soci_optional.hpp"
#include "dispatch/sql/plan_queries.hpp"

namespace kefu::dispatch {

namespace {

Error SavedMeanwhile() {
    return Error::Aborted("someone else saved this day's crews; reload and try again");
}

/// Reads the crews of a saved line-up with their members and names, in order, into `out`.
void ReadCrews(soci::session& session, const std::string& day, DayLineup& out) {
    std::vector<CrewInput>& crews = out.crews;
    int position = 0;
    long long lead = 0;
    std::string lead_name;
    long long vehicle = 0;
    std::string plate;
    std::optional<long long> driver;
    soci::statement crew_rows = (session.prepare << std::string(queries::kLineupCrews),
                                 soci::use(day, "day"),
                                 soci::into(position),
                                 soci::into(lead),
                                 soci::into(lead_name),
                                 soci::into(vehicle),
                                 soci::into(plate),
                                 soci::into(driver));
    crew_rows.execute();
    while (crew_rows.fetch()) {
        CrewInput crew;
        crew.lead = StaffId(lead);
        crew.vehicle_id = vehicle;
        if (driver) crew.driver = StaffId(*driver);
        crews.push_back(std::move(crew));
        out.names.push_back({lead_name, plate});
    }
    long long member = 0;
    soci::statement member_rows = (session.prepare << std::string(queries::kLineupMembers),
                                   soci::use(day, "day"),
                                   soci::into(position),
                                   soci::into(member));
    member_rows.execute();
    while (member_rows.fetch()) {
        // Positions are 0..n-1 as Replace writes them; a stray one is ignored, never a crash.
        if (position >= 0 && static_cast<std::size_t>(position) < crews.size()) {
            crews[static_cast<std::size_t>(position)].members.emplace_back(member);
        }
    }
}

}  // namespace

Result<std::optional<DayLineup>> SqlLineupRepository::Find(Tx& tx, Date day) {
    return db::Guarded([&]() -> Result<std::optional<DayLineup>> {
        auto& session = db::AsSoci(tx).session();
        const std::string key = day.ToString();
        int version = 0;
        std::string by_name;
        std::string at;
        session << std::string(queries::kFindLineup), soci::use(key, "day"), soci::into(version),
            soci::into(by_name), soci::into(at);
        if (!session.got_data()) return std::nullopt;
        db::RowDecoder decode("dispatch_lineups", 0);
        DayLineup out;
        out.day = day;
        out.version = version;
        out.saved_by_name = by_name;
        out.saved_at = decode.Take(ParseTimestamp(at), "saved_at", at);
        KEFU_TRY(decode.Finish());
        ReadCrews(session, key, out);
        return out;
    });
}

Result<void> SqlLineupRepository::Replace(Tx& tx, const DayLineup& lineup) {
    auto replaced = db::Guarded([&]() -> Result<void> {
        auto& session = db::AsSoci(tx).session();
        const std::string day = lineup.day.ToString();
        const std::string at = lineup.saved_at ? FormatTimestamp(*lineup.saved_at) : "";
        if (lineup.version == 0) {
            session << std::string(queries::kInsertLineup), soci::use(day, "day"),
                soci::use(lineup.saved_by_name, "by_name"), soci::use(at, "at");
        } else {
            soci::statement st = (session.prepare << std::string(queries::kUpdateLineup),
                                  soci::use(lineup.saved_by_name, "by_name"),
                                  soci::use(at, "at"),
                                  soci::use(day, "day"),
                                  soci::use(lineup.version, "version"));
            st.execute(true);
            if (st.get_affected_rows() != 1) return Fail(SavedMeanwhile());
        }
        session << std::string(queries::kDeleteLineupMembers), soci::use(day, "day");
        session << std::string(queries::kDeleteLineupCrews), soci::use(day, "day");
        for (std::size_t i = 0; i < lineup.crews.size(); ++i) {
            const CrewInput& crew = lineup.crews[i];
            const int position = static_cast<int>(i);
            const long long lead = crew.lead.value();
            const long long vehicle = crew.vehicle_id;
            const std::optional<long long> driver =
                crew.driver ? std::optional<long long>(crew.driver->value()) : std::nullopt;
            session << std::string(queries::kInsertLineupCrew), soci::use(day, "day"),
                soci::use(position, "position"), soci::use(lead, "lead_id"),
                soci::use(vehicle, "vehicle_id"), soci::use(driver, "driver_id");
            for (std::size_t j = 0; j < crew.members.size(); ++j) {
                const int seq = static_cast<int>(j);
                const long long member = crew.members[j].value();
                session << std::string(queries::kInsertLineupMember), soci::use(day, "day"),
                    soci::use(position, "position"), soci::use(seq, "seq"),
                    soci::use(member, "staff_id");
            }
        }
        return {};
    });
    // Two first saves of one day at once (PostgreSQL): the second breaks the day's key.
    if (!replaced && replaced.error().code() == ErrorCode::kAlreadyExists && lineup.version == 0) {
        return Fail(SavedMeanwhile());
    }
    return replaced;
}

}  // namespace kefu::dispatch
