#include "jobs/sql/sql_job_demo.hpp"

#include "db/database.hpp"
#include "db/soci_optional.hpp"
#include "jobs/sql/job_queries.hpp"

namespace kefu::jobs::demo {

Result<World> ReadWorld(Tx& tx) {
    return db::Guarded([&]() -> Result<World> {
        auto& session = db::AsSoci(tx).session();
        World w;
        {
            SiteRow r;
            soci::statement st = (session.prepare << std::string(queries::kDemoSites),
                                  soci::into(r.id),
                                  soci::into(r.customer_id),
                                  soci::into(r.dealer_id),
                                  soci::into(r.division_code));
            st.execute();
            while (st.fetch()) w.sites.push_back(r);
        }
        {
            ProductRow r;
            soci::statement st = (session.prepare << std::string(queries::kDemoProducts),
                                  soci::into(r.id),
                                  soci::into(r.pieces_per_unit),
                                  soci::into(r.volume_l),
                                  soci::into(r.weight_g),
                                  soci::into(r.installers));
            st.execute();
            while (st.fetch()) w.products.push_back(r);
        }
        {
            StaffRow r;
            soci::statement st = (session.prepare << std::string(queries::kDemoStaff),
                                  soci::into(r.id),
                                  soci::into(r.name),
                                  soci::into(r.grade));
            st.execute();
            while (st.fetch()) w.staff.push_back(r);
        }
        {
            long long id = 0;
            soci::statement st =
                (session.prepare << std::string(queries::kDemoDrivers), soci::into(id));
            st.execute();
            while (st.fetch()) w.drivers.push_back(id);
        }
        {
            VehicleRow r;
            soci::statement st = (session.prepare << std::string(queries::kDemoVehicles),
                                  soci::into(r.id),
                                  soci::into(r.volume_l),
                                  soci::into(r.payload_kg));
            st.execute();
            while (st.fetch()) w.vehicles.push_back(r);
        }
        {
            RaiserRow r;
            soci::statement st = (session.prepare << std::string(queries::kDemoRaisers),
                                  soci::into(r.user_id),
                                  soci::into(r.name),
                                  soci::into(r.dealer_id));
            st.execute();
            while (st.fetch()) w.raisers.push_back(r);
        }
        session << std::string(queries::kDemoJobCount), soci::into(w.existing_jobs);
        return w;
    });
}

}  // namespace kefu::jobs::demo
