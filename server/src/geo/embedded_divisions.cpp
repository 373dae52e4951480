#include "geo/embedded_divisions.hpp"

#include <string>

namespace kefu::geo {

Result<DivisionDataset> EmbeddedDivisions() {
    std::string text;
    for (std::string_view chunk : EmbeddedDivisionChunks()) text += chunk;
    return ParseDivisionCsv(text, std::string(EmbeddedDivisionVersion()));
}

}  // namespace kefu::geo
