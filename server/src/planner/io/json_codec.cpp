#include "planner/io/json_codec.hpp"

#include <fmt/core.h>

#include <memory>
#include <nlohmann/json.hpp>

namespace kefu::planner {

namespace {

using nlohmann::json;

Amount ReadAmount(const json& value) {
    if (value.is_number()) return Amount{value.get<std::int64_t>(), 0};
    return Amount{value.value("pieces", std::int64_t{0}), value.value("volume", std::int64_t{0})};
}

TimeWindow ReadWindow(const json& value) {
    return TimeWindow{value.at(0).get<double>(), value.at(1).get<double>()};
}

Result<TravelMatrix> ReadMatrix(const json& root) {
    std::vector<Coordinates> points;
    for (const json& point : root.at("locations")) {
        points.push_back({point.at(0).get<double>(), point.at(1).get<double>()});
    }
    const json matrix = root.value("matrix", json::object());
    const std::string type = matrix.value("type", std::string("euclidean"));
    std::unique_ptr<MatrixProvider> provider;
    if (type == "euclidean") {
        provider = std::make_unique<EuclideanMatrixProvider>();
    } else if (type == "haversine") {
        provider = std::make_unique<HaversineMatrixProvider>(
            RoadModel{matrix.value("roadFactor", 1.3), matrix.value("speedKmh", 40.0)});
    } else {
        return Fail(Error::InvalidArgument("unknown matrix type", {{"matrix.type", "unknown"}}));
    }
    return provider->Build(points);
}

Result<Problem> ReadProblem(const json& root) {
    Problem problem;
    KEFU_ASSIGN_OR_RETURN(problem.matrix, ReadMatrix(root));
    for (const json& item : root.at("vehicles")) {
        Vehicle vehicle;
        vehicle.id = item.at("id").get<std::int64_t>();
        vehicle.capacity = ReadAmount(item.at("capacity"));
        if (item.contains("shift")) vehicle.shift = ReadWindow(item.at("shift"));
        vehicle.start_location = item.at("start").get<std::size_t>();
        vehicle.end_location = item.value("end", vehicle.start_location);
        vehicle.skills = item.value("skills", std::vector<SkillId>{});
        vehicle.cost_per_distance = item.value("costPerDistance", 1.0);
        vehicle.fixed_cost = item.value("fixedCost", 0.0);
        vehicle.workers = item.value("workers", 1);
        problem.vehicles.push_back(vehicle);
    }
    for (const json& item : root.at("jobs")) {
        Job job;
        job.id = item.at("id").get<std::int64_t>();
        job.location = item.at("location").get<std::size_t>();
        for (const json& window : item.value("timeWindows", json::array())) {
            job.windows.push_back(ReadWindow(window));
        }
        job.service = item.value("service", 0.0);
        job.shared_work = item.value("sharedWork", 0.0);
        if (item.contains("demand")) job.demand = ReadAmount(item.at("demand"));
        job.skills = item.value("skills", std::vector<SkillId>{});
        job.priority = item.value("priority", std::uint32_t{0});
        problem.jobs.push_back(std::move(job));
    }
    KEFU_TRY(ValidateProblem(problem));
    return problem;
}

}  // namespace

Result<Problem> ParseProblemJson(std::string_view text) {
    // nlohmann reports bad documents and wrong types by exceptions; they stop here.
    try {
        return ReadProblem(json::parse(text));
    } catch (const json::exception& error) {
        return Fail(Error::InvalidArgument(fmt::format("invalid problem JSON: {}", error.what())));
    }
}

std::string SolutionToJson(const Problem& problem, const Solution& solution) {
    json routes = json::array();
    for (const PlannedRoute& route : solution.routes) {
        json jobs = json::array();
        for (std::size_t job : route.jobs) jobs.push_back(problem.jobs[job].id);
        routes.push_back({{"vehicle", problem.vehicles[route.vehicle].id},
                          {"jobs", jobs},
                          {"distance", route.distance},
                          {"serviceStarts", route.service_starts},
                          {"endTime", route.end_time}});
    }
    json unassigned = json::array();
    for (const UnassignedJob& entry : solution.unassigned) {
        unassigned.push_back({{"job", problem.jobs[entry.job].id},
                              {"reason", std::string(ReasonCode(entry.reason))}});
    }
    const json root = {{"routes", routes},
                       {"unassigned", unassigned},
                       {"summary",
                        {{"vehicles", solution.routes.size()},
                         {"distance", solution.distance},
                         {"cost", solution.cost},
                         {"unassigned", solution.unassigned.size()},
                         {"seconds", solution.seconds},
                         {"iterations", solution.iterations}}}};
    return root.dump(2);
}

}  // namespace kefu::planner
