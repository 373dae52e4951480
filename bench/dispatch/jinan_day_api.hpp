// The generated Jinan-like day (jinan_day.hpp) loaded into a running kefu through its API, as the
// office would enter it: staff, vehicles, products, customers and dealers with their sites, the
// jobs of one date, and the dispatch policy.
#pragma once

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "app/api_tests/api_harness.hpp"
#include "bench/dispatch/jinan_day.hpp"

namespace kefu::bench {

/// What the server holds of a day after LoadDayThroughApi.
struct LoadedDay {
    /// The crews as the web client sends them ({leadId, memberIds, vehicleId[, driverId]}), in
    /// the order of Day::crews.
    nlohmann::json crews = nlohmann::json::array();
    std::vector<std::int64_t> job_ids;  ///< the server's id of each of Day::jobs
    std::size_t requests = 0;           ///< POSTs it took
};

/// Creates `day` through `head` (a client logged in with the head's role) with every job
/// requested on `date` (YYYY-MM-DD). Each job is one unit of a product of its own, so that the
/// server's sums (volume, weight, install minutes, people) are exactly the generated job's.
/// Throws std::runtime_error naming the request the server refused.
LoadedDay LoadDayThroughApi(api_tests::ApiClient& head, const Day& day, const std::string& date);

/// Sets the policy keys that JinanSettings changes (city radius 15 km, day end 17:00) from
/// `valid_from` on; the rest of JinanSettings is migration 0015's. Returns the requests it took.
std::size_t SetJinanPolicy(api_tests::ApiClient& head, const std::string& valid_from);

/// The settings the server plans with after SetJinanPolicy: JinanSettings, but the city zone
/// centred on the factory, where the server always centres it (no policy key moves it), and
/// the server's default runs (DefaultPlannerThreads).
dispatch::PlanSettings ServerSettings(double time_limit_seconds);

/// `day` as the server reads it back: the server's job ids, and each site rounded to the
/// millionths of a degree the API stores.
std::vector<dispatch::PlanJob> AsStored(const Day& day, const LoadedDay& loaded);

}  // namespace kefu::bench
