// Benchmark driver: runs the planner on every instance of a folder, checks each solution with
// the independent checker and prints per-instance and per-family figures against best-known.
#include <fmt/core.h>
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "planner/check/checker.hpp"
#include "planner/io/solomon_reader.hpp"
#include "planner/search/solver.hpp"

namespace {

namespace planner = kefu::planner;

/// A best-known solution: vehicles and distance.
struct Known {
    int vehicles = 0;
    double distance = 0.0;
};

std::string Upper(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) {
        return static_cast<char>(std::toupper(c));
    });
    return text;
}

std::map<std::string, Known> ReadKnown(const std::filesystem::path& path) {
    std::map<std::string, Known> known;
    std::ifstream file(path);
    std::string line;
    std::getline(file, line);
    while (std::getline(file, line)) {
        std::istringstream row(line);
        std::string name;
        std::string vehicles;
        std::string distance;
        std::getline(row, name, ',');
        std::getline(row, vehicles, ',');
        std::getline(row, distance, ',');
        if (!name.empty()) known[Upper(name)] = {std::stoi(vehicles), std::stod(distance)};
    }
    return known;
}

/// "C101" -> "C1", "RC2_2_10" -> "RC2".
std::string Family(const std::string& name) {
    std::string family;
    for (char c : name) {
        family += c;
        if (std::isdigit(static_cast<unsigned char>(c))) break;
    }
    return family;
}

double CpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec) * 1e-6;
}

double PeakMegabytes() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

/// Figures of one instance, or of the mean of a family.
struct Row {
    double gap = 0.0;
    double seconds = 0.0;
    double cpu = 0.0;
    double iterations = 0.0;
    double vehicles = 0.0;
    double vehicle_hits = 0.0;  // 1 when the best-known vehicle count is reached
    int count = 0;
    double worst_gap = -1e9;
};

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"kefu VRPTW benchmark"};
    std::string folder;
    std::string data;
    std::string objective = "distance";
    std::string filter;
    double time_limit = 1.65;
    std::uint64_t seed = 1;
    int threads = 1;
    planner::SolveOptions tuning;
    app.add_option("FOLDER", folder, "Folder of Solomon-format instances")->required();
    app.add_option("--data", data, "Folder with bks.csv and bks_distance_only.csv")->required();
    app.add_option("--time-limit", time_limit, "Seconds per instance");
    app.add_option("--objective", objective, "distance|vehicles")
        ->check(CLI::IsMember({"distance", "vehicles"}));
    app.add_option("--seed", seed, "Random seed");
    app.add_option("--threads", threads, "Independent parallel runs per instance, best kept")
        ->check(CLI::Range(1, 64));
    app.add_option("--iterations", tuning.max_iterations, "Iteration limit per instance");
    app.add_option("--start-temperature", tuning.start_temperature, "Annealing start (tuning)");
    app.add_option("--end-temperature", tuning.end_temperature, "Annealing end (tuning)");
    app.add_option("--fleet-share", tuning.fleet_share, "Tuning");
    app.add_option("--neighbours", tuning.insertion_neighbours, "Tuning");
    app.add_option("--average-removed", tuning.average_removed, "Tuning");
    app.add_option("--local-search",
                   tuning.local_search_neighbours,
                   "Local-search neighbours per job (0: off)");
    app.add_option("--local-search-from", tuning.local_search_from, "Tuning");
    app.add_option("--exchanges",
                   tuning.exchanges,
                   "With threads: meetings where runs continue from the cheapest plan");
    app.add_option("--within-route",
                   tuning.within_route_moves,
                   "Within-route moves (2-opt, or-opt) in the descent: 1 or 0");
    app.add_option("--filter", filter, "Only instances whose name starts with this");
    CLI11_PARSE(app, argc, argv);

    const bool distance_only = objective == "distance";
    const auto known_distance = ReadKnown(std::filesystem::path(data) / "bks_distance_only.csv");
    const auto known_hierarchical = ReadKnown(std::filesystem::path(data) / "bks.csv");

    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(folder)) {
        if (entry.path().extension() == ".txt") files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
        const std::string x = Upper(a.stem().string());
        const std::string y = Upper(b.stem().string());
        // Natural order so that R1_2_10 follows R1_2_9.
        if (x.size() != y.size() && Family(x) == Family(y)) return x.size() < y.size();
        return x < y;
    });

    fmt::print("objective={} time_limit={}s seed={} threads={} within_route={}\n",
               objective,
               time_limit,
               seed,
               threads,
               tuning.within_route_moves ? 1 : 0);
    fmt::print("{:<10} {:>3} {:>9} {:>4} {:>10} {:>4} {:>8} {:>5} {:>5} {:>7} {:>8} {:>10} {:>6}\n",
               "instance",
               "n",
               "vehicles",
               "bks",
               "distance",
               "",
               "gap%",
               "unas",
               "viol",
               "seconds",
               "peakMB",
               "iterations",
               "cpu");
    std::map<std::string, Row> families;
    Row all;
    int failures = 0;
    for (const auto& path : files) {
        const std::string name = Upper(path.stem().string());
        if (!filter.empty() && name.rfind(Upper(filter), 0) != 0) continue;
        auto instance = planner::ReadSolomonFile(path);
        if (!instance) {
            fmt::print("{:<10} read error: {}\n", name, instance.error().message());
            ++failures;
            continue;
        }
        planner::SolveOptions options = tuning;
        options.time_limit_seconds = time_limit;
        options.seed = seed;
        options.threads = static_cast<std::size_t>(threads);
        options.objective =
            distance_only ? planner::Objective::kDistance : planner::Objective::kVehicles;
        const double cpu_before = CpuSeconds();
        auto solution = planner::Solve(instance->problem, options);
        const double cpu = CpuSeconds() - cpu_before;
        if (!solution) {
            fmt::print("{:<10} solve error: {}\n", name, solution.error().message());
            ++failures;
            continue;
        }
        const planner::CheckReport report = planner::CheckSolution(instance->problem, *solution);
        // Distance runs compare with the distance-only best-known when there is one (Solomon);
        // otherwise (Gehring-Homberger) with the vehicles-first table, marked "*" in the output.
        const bool use_distance = distance_only && known_distance.count(name) > 0;
        const auto& table = use_distance ? known_distance : known_hierarchical;
        const auto found = table.find(name);
        Row row;
        row.seconds = solution->seconds;
        row.cpu = cpu;
        row.iterations = static_cast<double>(solution->iterations);
        row.vehicles = static_cast<double>(solution->routes.size());
        std::string bks_vehicles = "-";
        if (found != table.end()) {
            row.gap = (report.distance - found->second.distance) / found->second.distance * 100.0;
            bks_vehicles = std::to_string(found->second.vehicles) +
                           (distance_only && !use_distance ? "*" : "");
            row.vehicle_hits =
                static_cast<int>(solution->routes.size()) <= found->second.vehicles ? 1.0 : 0.0;
        }
        if (!report.ok() || !solution->unassigned.empty()) ++failures;
        fmt::print(
            "{:<10} {:>3} {:>9} {:>4} {:>10.2f} {:>4} {:>+8.2f} {:>5} {:>5} {:>7.2f} {:>8.1f} "
            "{:>10} {:>6.2f}\n",
            name,
            instance->problem.jobs.size(),
            solution->routes.size(),
            bks_vehicles,
            report.distance,
            "",
            row.gap,
            solution->unassigned.size(),
            report.violations.size(),
            row.seconds,
            PeakMegabytes(),
            solution->iterations,
            cpu);
        std::fflush(stdout);
        for (Row* total : {&families[Family(name)], &all}) {
            total->gap += row.gap;
            total->seconds += row.seconds;
            total->cpu += row.cpu;
            total->iterations += row.iterations;
            total->vehicles += row.vehicles;
            total->vehicle_hits += row.vehicle_hits;
            total->worst_gap = std::max(total->worst_gap, row.gap);
            ++total->count;
        }
    }
    fmt::print("\n{:<8} {:>5} {:>10} {:>10} {:>13} {:>12} {:>14} {:>11} {:>13}\n",
               "family",
               "count",
               "mean gap%",
               "worst gap%",
               "mean vehicles",
               "bks vehicles",
               "mean seconds",
               "mean cpu s",
               "iterations/s");
    families["all"] = all;
    for (const auto& [family, total] : families) {
        if (total.count == 0) continue;
        const double count = total.count;
        fmt::print(
            "{:<8} {:>5} {:>+10.2f} {:>+10.2f} {:>13.2f} {:>8}/{:<3} {:>14.2f} {:>11.2f} "
            "{:>13.0f}\n",
            family,
            total.count,
            total.gap / count,
            total.worst_gap,
            total.vehicles / count,
            static_cast<int>(total.vehicle_hits),
            total.count,
            total.seconds / count,
            total.cpu / count,
            total.iterations / std::max(1e-9, total.seconds));
    }
    fmt::print(
        "peak memory (whole run): {:.1f} MB; instances with violations or unserved jobs: "
        "{}\n",
        PeakMegabytes(),
        failures);
    return failures == 0 ? 0 : 1;
}
