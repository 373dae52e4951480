// Benchmark driver: how long `kefu migrate` spends on the administrative divisions. Parses the
// embedded dataset, loads it into a database (first load), checks it again (same version: no
// write), loads a new version with the same rows (nothing to write) and one where every row
// changed (the worst case), and prints the median of each.
//
//   kefu_divisions_bench --db /tmp/bench.db [--runs 5]
//   kefu_divisions_bench --db postgresql://user@host:port/db [--runs 5]
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <functional>
#include <string>
#include <vector>

#include "db/database.hpp"
#include "db/migrator.hpp"
#include "geo/division_importer.hpp"
#include "geo/embedded_divisions.hpp"
#include "geo/sql/sql_division_repository.hpp"
#include "platform/clock.hpp"

namespace {

using kefu::Result;
namespace geo = kefu::geo;

double Milliseconds(const std::function<void()>& work) {
    const auto started = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started)
        .count();
}

double Median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values.empty() ? 0.0 : values[values.size() / 2];
}

template <class T>
T OrDie(Result<T> result, const char* what) {
    if (!result) {
        fmt::print(stderr, "{}: {}\n", what, result.error().message());
        std::exit(1);
    }
    return std::move(*result);
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App cli("Times parsing and loading the embedded administrative divisions");
    std::string url;
    int runs = 5;
    cli.add_option("--db", url, "SQLite file or postgresql:// URL (a scratch database)")
        ->required();
    cli.add_option("--runs", runs, "Repetitions of each measurement")->capture_default_str();
    CLI11_PARSE(cli, argc, argv);

    auto config = OrDie(kefu::db::ParseDatabaseUrl(url), "database url");
    auto database = OrDie(kefu::db::Database::Open(config, 1), "open");
    kefu::db::Migrator migrator(*database);
    OrDie(migrator.MigrateUp(), "migrate");
    kefu::db::SociTransactionRunner transactions(*database);
    geo::SqlDivisionRepository repository;
    kefu::SystemClock clock;
    geo::DivisionImporter importer(repository, transactions, clock);

    std::vector<double> parse;
    std::vector<double> unchanged;
    std::vector<double> same_rows;
    std::vector<double> all_rows;
    geo::DivisionDataset dataset;
    parse.reserve(static_cast<std::size_t>(runs));
    for (int i = 0; i < runs; ++i) {
        parse.push_back(Milliseconds([&] { dataset = OrDie(geo::EmbeddedDivisions(), "parse"); }));
    }
    // The first load of this database (a fresh one gives the figure of a new installation).
    const double first = Milliseconds([&] { OrDie(importer.ImportIfChanged(dataset), "load"); });
    for (int i = 0; i < runs; ++i) {
        unchanged.push_back(
            Milliseconds([&] { OrDie(importer.ImportIfChanged(dataset), "check"); }));
        geo::DivisionDataset renamed = dataset;
        renamed.version += fmt::format("-same-{}", i);
        same_rows.push_back(
            Milliseconds([&] { OrDie(importer.ImportIfChanged(renamed), "same rows"); }));
        geo::DivisionDataset moved = dataset;
        moved.version += fmt::format("-moved-{}", i);
        for (auto& d : moved.divisions) d.point.lat_e6 += 1 + i;
        all_rows.push_back(
            Milliseconds([&] { OrDie(importer.ImportIfChanged(moved), "all rows"); }));
        OrDie(importer.ImportIfChanged(dataset), "restore");
    }
    std::size_t bytes = 0;
    for (auto chunk : geo::EmbeddedDivisionChunks()) bytes += chunk.size();
    fmt::print("{} divisions, {} bytes embedded, database {}\n",
               dataset.divisions.size(),
               bytes,
               config.display);
    fmt::print("medians of {} runs\n", runs);
    fmt::print("parse the embedded file:           {:8.1f} ms\n", Median(parse));
    fmt::print("first load (once):                 {:8.1f} ms\n", first);
    fmt::print("same version again (no write):     {:8.1f} ms\n", Median(unchanged));
    fmt::print("new version, no row changed:       {:8.1f} ms\n", Median(same_rows));
    fmt::print("new version, every row changed:    {:8.1f} ms\n", Median(all_rows));
    return 0;
}
