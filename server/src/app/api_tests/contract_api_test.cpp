// The contract (docs/api, bundled to one JSON file by the build), the server and the schema agree:
// every documented route is served and every served route documented; the Permission enum is
// exactly the declared actions; every persisted enum has the same values in C++, the contract and
// the SQL CHECK constraints of both engines; every request body refuses unknown fields and
// reports each field the contract marks required.
#include <gtest/gtest.h>
#include <httplib.h>
#include <soci/soci.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <utility>

#include "app/api_tests/api_harness.hpp"
#include "app/testing/test_database.hpp"
#include "http/router.hpp"

namespace kefu::api_tests {
namespace {

using nlohmann::json;
using Route = std::pair<std::string, std::string>;  // (method, path)

const json& Contract() {
    static const json contract = [] {
        std::ifstream in(KEFU_CONTRACT_JSON);
        if (!in) throw std::runtime_error("cannot read " KEFU_CONTRACT_JSON);
        return json::parse(in);
    }();
    return contract;
}

std::set<std::string> EnumOf(const json& schema) {
    std::set<std::string> out;
    for (const json& v : schema.at("enum")) out.insert(v.get<std::string>());
    return out;
}

std::string List(const std::set<Route>& routes) {
    std::string out;
    for (const auto& [method, path] : routes)
        out.append("\n  ").append(method).append(" ").append(path);
    return out;
}

std::vector<http::RouteInfo> ServedRoutes(testing::TestApp& test_app) {
    httplib::Server server;
    http::Router router(server, test_app.app->auth());
    auto registered = test_app.app->RegisterRoutes(router);
    if (!registered) throw std::runtime_error(registered.error().message());
    return router.routes();
}

TEST(Contract, EveryDocumentedRouteIsServedAndEveryServedRouteIsDocumented) {
    std::set<Route> documented;
    for (const auto& [path, item] : Contract().at("paths").items()) {
        for (const auto& [method, operation] : item.items()) documented.emplace(method, path);
    }
    ASSERT_GT(documented.size(), 10u);

    testing::TestApp test_app;
    std::set<Route> served;
    for (const http::RouteInfo& r : ServedRoutes(test_app)) served.emplace(r.method, r.path);

    std::set<Route> undocumented;
    std::set<Route> unserved;
    for (const Route& r : served) {
        if (!documented.contains(r)) undocumented.insert(r);
    }
    for (const Route& r : documented) {
        if (!served.contains(r)) unserved.insert(r);
    }
    EXPECT_TRUE(undocumented.empty())
        << "served by the router but missing from docs/api/paths:" << List(undocumented);
    EXPECT_TRUE(unserved.empty()) << "documented in docs/api but not registered by any module:"
                                  << List(unserved);
}

TEST(Contract, PublicRoutesAreExactlyTheOnesTheContractOpensToEveryone) {
    testing::TestApp test_app;
    std::set<Route> contract_public;
    for (const auto& [path, item] : Contract().at("paths").items()) {
        for (const auto& [method, operation] : item.items()) {
            if (operation.contains("security") && operation.at("security").empty()) {
                contract_public.emplace(method, path);
            }
        }
    }
    std::set<Route> served_public;
    for (const http::RouteInfo& r : ServedRoutes(test_app)) {
        if (r.is_public) served_public.emplace(r.method, r.path);
    }
    EXPECT_EQ(served_public, contract_public);
}

TEST(Contract, ThePermissionEnumIsExactlyTheDeclaredActions) {
    const json& schemas = Contract().at("components").at("schemas");
    std::set<std::string> documented;
    for (const json& ref : schemas.at("Permission").at("anyOf")) {
        const std::string name =
            ref.at("$ref").get<std::string>().substr(std::string("#/components/schemas/").size());
        for (const std::string& v : EnumOf(schemas.at(name))) {
            EXPECT_TRUE(documented.insert(v).second) << v << " is listed twice";
        }
    }
    testing::TestApp test_app;
    const auto declared = test_app.app->permissions().ActionNames();
    EXPECT_EQ(documented, std::set<std::string>(declared.begin(), declared.end()))
        << "docs/api/schemas/*Permission and the modules' declared actions differ";
}

// The values listed by the CHECK constraint on table.column, read from the engine's catalogue.
std::set<std::string> CheckedValues(app::Application& app,
                                    std::string_view table,
                                    std::string_view column) {
    soci::session session(app.database().pool());
    std::set<std::string> out;
    const std::regex literal(R"('([^']*)')");
    auto collect = [&](const std::string& text) {
        for (auto it = std::sregex_iterator(text.begin(), text.end(), literal);
             it != std::sregex_iterator();
             ++it) {
            out.insert((*it)[1].str());
        }
    };
    const std::string table_name(table);
    const std::string col(column);
    if (app.database().dialect() == db::Dialect::kSqlite) {
        std::string sql;
        session << "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = :t",
            soci::use(table_name), soci::into(sql);
        const std::regex check("\\b" + col + R"(\s+IN\s*\(([^)]*)\))");
        std::smatch match;
        if (std::regex_search(sql, match, check)) collect(match[1].str());
    } else {
        std::vector<std::string> definitions(50);
        session << "SELECT pg_get_constraintdef(c.oid) FROM pg_constraint c "
                   "JOIN pg_class t ON t.oid = c.conrelid WHERE t.relname = :t AND c.contype = 'c'",
            soci::use(table_name), soci::into(definitions);
        for (const std::string& d : definitions) {
            if (d.find("(" + col + " = ANY") != std::string::npos ||
                d.find("((" + col + ")::text = ANY") != std::string::npos) {
                collect(d);
            }
        }
    }
    return out;
}

TEST(Contract, EveryEnumHasTheSameValuesInCodeContractAndSchema) {
    testing::TestApp test_app;
    const json& schemas = Contract().at("components").at("schemas");
    int checked_columns = 0;
    for (const app::NamedDeclarations& named : test_app.app->Declarations()) {
        for (const app::EnumDeclaration& e : named.declarations.enums) {
            const std::set<std::string> code(e.values.begin(), e.values.end());
            EXPECT_EQ(code.size(), e.values.size()) << e.contract_name << " repeats a name";
            const std::string name(e.contract_name);
            ASSERT_TRUE(schemas.contains(name)) << "no schema " << name << " in docs/api";
            EXPECT_EQ(EnumOf(schemas.at(name)), code) << "contract vs C++ for " << name;
            for (const app::SqlEnumColumn& column : e.columns) {
                EXPECT_EQ(CheckedValues(*test_app.app, column.table, column.column), code)
                    << "CHECK on " << column.table << "." << column.column << " vs C++ for "
                    << name;
                ++checked_columns;
            }
        }
    }
    EXPECT_GE(checked_columns, 7);
}

// Every JSON request body the contract describes as an object: an unknown field is named in the
// answer, and so is every field the contract marks required (the reader and the contract agree).
TEST(Contract, EveryRequestBodyReportsUnknownAndMissingFieldsAsTheContractSays) {
    ApiEnv env;
    env.test_app.CreateUser("everyone",
                            {auth::Role::kHead, auth::Role::kLeadership, auth::Role::kAdmin});
    ApiClient client = env.LoginAs("everyone");
    const json& schemas = Contract().at("components").at("schemas");
    int bodies = 0;
    for (const auto& [path, item] : Contract().at("paths").items()) {
        for (const auto& [method, operation] : item.items()) {
            if (!operation.contains("requestBody")) continue;
            const json& content = operation.at("requestBody").at("content");
            // A file upload has no fields; expenses_api_test checks its type, bytes and size.
            if (!content.contains("application/json")) continue;
            const json& media = content.at("application/json");
            const std::string ref = media.at("schema").at("$ref").get<std::string>();
            const json& schema = schemas.at(ref.substr(ref.rfind('/') + 1));
            const std::string url = std::regex_replace(path, std::regex(R"(\{[^}]+\})"), "999999");
            if (url == "/api/v1/auth/login") continue;  // public, and throttled: auth_api_test
            ++bodies;
            const std::string where = std::string(method).append(" ").append(path);
            ApiResponse unknown =
                client.SendRaw(method == "post" ? "POST" : "PUT", url, R"({"noSuchField":1})");
            EXPECT_EQ(unknown.status, 400) << where << ": " << unknown.Describe();
            EXPECT_TRUE(unknown.HasViolation("noSuchField", "unknown_field"))
                << where << ": " << unknown.Describe();
            for (const json& field : schema.value("required", json::array())) {
                EXPECT_TRUE(unknown.HasViolation(field.get<std::string>(), "required"))
                    << where << " does not report the required field " << field << ": "
                    << unknown.Describe();
            }
            EXPECT_FALSE(schema.value("additionalProperties", true))
                << where << ": the contract must say additionalProperties: false";
        }
    }
    EXPECT_GE(bodies, 8);
}

}  // namespace
}  // namespace kefu::api_tests
