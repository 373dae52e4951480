#include "db/database_url.hpp"

#include <fmt/core.h>

namespace kefu::db {
namespace {

// Percent-decodes a URL component; false on a malformed escape.
bool Decode(std::string_view in, std::string& out) {
    out.clear();
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] != '%') {
            out += in[i];
            continue;
        }
        if (i + 2 >= in.size()) return false;
        auto hex = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        const int hi = hex(in[i + 1]);
        const int lo = hex(in[i + 2]);
        if (hi < 0 || lo < 0) return false;
        out += static_cast<char>(hi * 16 + lo);
        i += 2;
    }
    return true;
}

// Quotes a libpq keyword value (single quotes, backslash escapes).
std::string Quote(const std::string& value) {
    std::string out = "'";
    for (char c : value) {
        if (c == '\'' || c == '\\') out += '\\';
        out += c;
    }
    return out + "'";
}

Result<DatabaseConfig> ParsePostgresUrl(std::string_view url) {
    const auto bad = [&] {
        return Fail(Error::InvalidArgument(
            "expected postgresql://user[:password]@host[:port]/dbname", {{"db", "invalid_url"}}));
    };
    std::string_view rest = url.substr(url.find("://") + 3);
    std::string user;
    std::string password;
    if (auto at = rest.rfind('@'); at != std::string_view::npos) {
        std::string_view cred = rest.substr(0, at);
        rest = rest.substr(at + 1);
        auto colon = cred.find(':');
        if (!Decode(cred.substr(0, colon), user)) return bad();
        if (colon != std::string_view::npos && !Decode(cred.substr(colon + 1), password)) {
            return bad();
        }
    }
    auto slash = rest.find('/');
    if (slash == std::string_view::npos) return bad();
    std::string_view hostport = rest.substr(0, slash);
    std::string_view dbname_raw = rest.substr(slash + 1);
    if (auto q = dbname_raw.find('?'); q != std::string_view::npos) {
        dbname_raw = dbname_raw.substr(0, q);
    }
    std::string host(hostport);
    std::string port = "5432";
    if (auto colon = hostport.rfind(':'); colon != std::string_view::npos) {
        host = std::string(hostport.substr(0, colon));
        port = std::string(hostport.substr(colon + 1));
        if (port.empty() || port.find_first_not_of("0123456789") != std::string::npos) {
            return bad();
        }
    }
    std::string dbname;
    if (host.empty() || !Decode(dbname_raw, dbname) || dbname.empty()) return bad();

    DatabaseConfig config;
    config.dialect = Dialect::kPostgresql;
    config.backend = "postgresql";
    config.connection_string =
        fmt::format("host={} port={} dbname={}", Quote(host), port, Quote(dbname));
    if (!user.empty()) config.connection_string += " user=" + Quote(user);
    if (!password.empty()) config.connection_string += " password=" + Quote(password);
    config.display = fmt::format("postgresql://{}@{}:{}/{}", user, host, port, dbname);
    return config;
}

}  // namespace

Result<DatabaseConfig> ParseDatabaseUrl(std::string_view url) {
    if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
        return ParsePostgresUrl(url);
    }
    std::string_view path = url;
    if (path.starts_with("sqlite://")) {
        path.remove_prefix(9);
    } else if (path.starts_with("sqlite:")) {
        path.remove_prefix(7);
    }
    // SOCI 4.0's SQLite backend splits its connection string on spaces and keeps quotes.
    if (path.empty() || path.find_first_of(" \t'\"") != std::string_view::npos) {
        return Fail(Error::InvalidArgument(
            "the database path must not be empty or contain spaces or quotes",
            {{"db", "invalid_url"}}));
    }
    DatabaseConfig config;
    config.dialect = Dialect::kSqlite;
    config.backend = "sqlite3";
    config.sqlite_path = std::string(path);
    // synchronous=FULL: a commit is on disk before we acknowledge it (R-SEC-4).
    config.connection_string =
        fmt::format("db={} timeout=10 synchronous=full shared_cache=false", config.sqlite_path);
    config.display = config.sqlite_path;
    return config;
}

}  // namespace kefu::db
