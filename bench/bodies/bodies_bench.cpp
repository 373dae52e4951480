// Benchmark driver for ADR 0011: what checking a typical job-create body against its schema from
// the contract with valijson costs per request, next to reading it by hand with http::JsonReader
// (what the server does). Both start from the same parsed nlohmann::json; parsing the text is
// timed on its own because every request pays it whichever way is chosen.
//
//   kefu_bodies_bench --contract build/dev/contract/openapi.json [--requests 20000] [--runs 5]
#include <fmt/core.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>
#include <vector>

#include "http/json_reader.hpp"
#include "jobs/job.hpp"
#include "jobs/job_service.hpp"

namespace {

using nlohmann::json;
namespace jobs = kefu::jobs;

// A job as the web UI sends it: an installation for an end customer with three lines.
const char* const kTypicalBody = R"({
  "kind": "installation",
  "customerId": 1042,
  "siteId": 2087,
  "contactName": "王建国",
  "contactPhone": "13812345678",
  "requestedDate": "2026-12-03",
  "windowStart": "09:00",
  "windowEnd": "12:00",
  "priority": "normal",
  "sourceDocument": "SO-2026-11-0457",
  "notes": "三楼，货梯可用；请提前半小时电话联系。",
  "items": [
    {"productId": 311, "quantity": 12},
    {"productId": 318, "quantity": 12, "pieces": 24},
    {"productId": 402, "quantity": 2}
  ]
})";

// The same body with five mistakes (unknown field, bad enum, too long, wrong type, bad item):
// both ways must report them all, which is where a validator does the most work.
const char* const kBadBody = R"({
  "kind": "bookcase",
  "siteId": "2087",
  "contactName": "王建国王建国王建国王建国王建国王建国王建国王建国王建国王建国王建国王建国王建国",
  "contactPhone": "13812345678",
  "requestedDate": "2026-12-03",
  "windowStart": "09:00",
  "windowEnd": "12:00",
  "colour": "grey",
  "items": [{"productId": 311, "quantity": 0}]
})";

// The same calls as ReadNewJob in server/src/jobs/http/job_routes.cpp (kept in step by hand: it
// is private to the route file, and the benchmark must not pull in the HTTP routes).
jobs::NewJob ReadNewJob(kefu::http::JsonReader& reader) {
    jobs::NewJob job;
    job.kind = reader.RequiredEnum("kind", jobs::kJobKindNames).value_or(jobs::JobKind::kOther);
    job.customer_id = reader.OptionalId("customerId");
    if (auto dealer = reader.OptionalId("dealerId")) job.dealer_id = kefu::DealerId(*dealer);
    job.site_id = reader.RequiredId("siteId").value_or(0);
    job.contact_name = reader.RequiredString("contactName", 50);
    job.contact_phone = reader.RequiredPhone("contactPhone").value_or("");
    job.requested_date = reader.RequiredDate("requestedDate").value_or(kefu::Date());
    job.window.start = reader.RequiredTimeOfDay("windowStart").value_or(0);
    job.window.end = reader.RequiredTimeOfDay("windowEnd").value_or(0);
    job.priority =
        reader.OptionalEnum("priority", jobs::kPriorityNames).value_or(jobs::Priority::kNormal);
    job.source_document = reader.OptionalString("sourceDocument", 50).value_or("");
    job.notes = reader.OptionalText("notes", 2000).value_or("");
    if (auto original = reader.OptionalId("originalJobId")) {
        job.original_job = jobs::JobId(*original);
    }
    if (auto crew = reader.OptionalInt("crewRequested", 1, 50)) {
        job.crew_requested = static_cast<int>(*crew);
    }
    reader.Array("items", false, 200, [&](kefu::http::JsonReader& item, std::size_t) {
        jobs::NewJob::Item line;
        line.product_id = item.RequiredId("productId").value_or(0);
        line.quantity = static_cast<int>(item.RequiredInt("quantity", 1, 100'000).value_or(0));
        if (auto pieces = item.OptionalInt("pieces", 0, 1'000'000)) {
            line.pieces = static_cast<int>(*pieces);
        }
        job.items.push_back(line);
    });
    return job;
}

// Microseconds per call of `work`, the median of `runs` runs of `requests` calls.
double MicrosPerRequest(int runs, int requests, const std::function<void()>& work) {
    std::vector<double> per;
    for (int r = 0; r < runs; ++r) {
        const auto started = std::chrono::steady_clock::now();
        for (int i = 0; i < requests; ++i) work();
        const std::chrono::duration<double, std::micro> took =
            std::chrono::steady_clock::now() - started;
        per.push_back(took.count() / requests);
    }
    std::sort(per.begin(), per.end());
    return per[per.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{"valijson vs JsonReader on a job-create body"};
    std::string contract_path;
    int requests = 20'000;
    int runs = 5;
    app.add_option("--contract", contract_path, "the bundled contract (openapi.json)")->required();
    app.add_option("--requests", requests, "requests per run")->check(CLI::PositiveNumber);
    app.add_option("--runs", runs, "runs; the median is reported")->check(CLI::PositiveNumber);
    CLI11_PARSE(app, argc, argv);

    std::ifstream in(contract_path);
    if (!in) {
        fmt::print(stderr, "cannot read {}\n", contract_path);
        return 1;
    }
    const json contract = json::parse(in);
    // The schema is the contract's own NewJob; its $refs (JobKind, TimeOfDay, NewJobItem …)
    // resolve inside the components copied next to it.
    const json root = {{"$ref", "#/components/schemas/NewJob"},
                       {"components", contract.at("components")}};
    valijson::Schema schema;
    valijson::SchemaParser parser;
    const valijson::adapters::NlohmannJsonAdapter schema_adapter(root);
    const auto schema_started = std::chrono::steady_clock::now();
    parser.populateSchema(schema_adapter, schema);
    const std::chrono::duration<double, std::milli> schema_ms =
        std::chrono::steady_clock::now() - schema_started;
    valijson::Validator validator;

    for (const auto& [label, text] :
         {std::pair{"typical", kTypicalBody}, std::pair{"5 errors", kBadBody}}) {
        const json body = json::parse(text);
        // Check once that both ways agree on the verdict before timing them.
        valijson::ValidationResults results;
        const valijson::adapters::NlohmannJsonAdapter target(body);
        const bool schema_ok = validator.validate(schema, target, &results);
        kefu::http::JsonReader check(body);
        (void)ReadNewJob(check);
        const bool reader_ok = static_cast<bool>(check.Finish());
        if (schema_ok != reader_ok) {
            fmt::print(
                stderr, "{}: valijson says {}, JsonReader says {}\n", label, schema_ok, reader_ok);
            return 1;
        }
        std::size_t sink = 0;
        const double parse =
            MicrosPerRequest(runs, requests, [&] { sink += json::parse(text).size(); });
        const double valijson_us = MicrosPerRequest(runs, requests, [&] {
            valijson::ValidationResults r;
            const valijson::adapters::NlohmannJsonAdapter t(body);
            sink += validator.validate(schema, t, &r) ? 1U : 0U;
        });
        const double reader_us = MicrosPerRequest(runs, requests, [&] {
            kefu::http::JsonReader reader(body);
            const jobs::NewJob job = ReadNewJob(reader);
            sink += job.items.size() + (reader.Finish() ? 1U : 0U);
        });
        fmt::print(
            "{:8} body ({} bytes, {}): parse {:.2f} µs, valijson {:.2f} µs, JsonReader "
            "{:.2f} µs; valijson before the reader adds {:.2f} µs per request (+{:.0f} % "
            "of parse + read)\n",
            label,
            std::string_view(text).size(),
            schema_ok ? "valid" : "invalid",
            parse,
            valijson_us,
            reader_us,
            valijson_us,
            100.0 * valijson_us / (parse + reader_us));
        if (sink == 0) std::puts("");  // keeps the work observable to the optimiser
    }
    fmt::print("schema compiled once at start-up in {:.1f} ms\n", schema_ms.count());
    return 0;
}
