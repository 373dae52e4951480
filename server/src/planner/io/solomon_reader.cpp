#include "planner/io/solomon_reader.hpp"

#include <cctype>
#include <fstream>
#include <sstream>
#include <vector>

namespace kefu::planner {

Result<SolomonInstance> ParseSolomon(std::string_view text) {
    std::istringstream in{std::string(text)};
    SolomonInstance instance;
    std::getline(in, instance.name);
    while (!instance.name.empty() &&
           std::isspace(static_cast<unsigned char>(instance.name.back()))) {
        instance.name.pop_back();
    }
    std::string word;
    while (in >> word && word != "CAPACITY") {
    }
    long long vehicles = 0;
    long long capacity = 0;
    if (!(in >> vehicles >> capacity) || vehicles <= 0 || capacity <= 0) {
        return Fail(Error::InvalidArgument("solomon: missing vehicle number and capacity"));
    }
    // Skip the column header: customer lines are the ones that start with a number.
    std::string line;
    std::string body;
    while (std::getline(in, line)) {
        const auto first = line.find_first_not_of(" \t\r");
        if (first != std::string::npos && std::isdigit(static_cast<unsigned char>(line[first]))) {
            body += line;
            body += '\n';
        }
    }
    std::istringstream customers(body);
    struct Row {
        long long number;
        Coordinates point;
        double demand, ready, due, service;
    };
    std::vector<Row> rows;
    Row row{};
    while (customers >> row.number >> row.point.x >> row.point.y >> row.demand >> row.ready >>
           row.due >> row.service) {
        rows.push_back(row);
    }
    if (!customers.eof()) {
        return Fail(Error::InvalidArgument("solomon: malformed customer line"));
    }
    if (rows.size() < 2 || rows.front().number != 0) {
        return Fail(Error::InvalidArgument("solomon: expected the depot (0) and customers"));
    }
    std::vector<Coordinates> points;
    points.reserve(rows.size());
    for (const Row& r : rows) points.push_back(r.point);
    KEFU_ASSIGN_OR_RETURN(instance.problem.matrix, EuclideanMatrixProvider{}.Build(points));
    const Row& depot = rows.front();
    for (long long v = 0; v < vehicles; ++v) {
        Vehicle vehicle;
        vehicle.id = v + 1;
        vehicle.capacity.pieces = capacity;
        vehicle.shift = {depot.ready, depot.due};
        instance.problem.vehicles.push_back(vehicle);
    }
    for (std::size_t i = 1; i < rows.size(); ++i) {
        Job job;
        job.id = rows[i].number;
        job.location = i;
        job.windows = {{rows[i].ready, rows[i].due}};
        job.service = rows[i].service;
        job.demand.pieces = static_cast<std::int64_t>(rows[i].demand);
        instance.problem.jobs.push_back(job);
    }
    KEFU_TRY(ValidateProblem(instance.problem));
    return instance;
}

Result<SolomonInstance> ReadSolomonFile(const std::filesystem::path& path) {
    std::ifstream file(path);
    if (!file) {
        return Fail(Error::NotFound("cannot read " + path.string()));
    }
    std::ostringstream text;
    text << file.rdbuf();
    return ParseSolomon(text.str());
}

}  // namespace kefu::planner
