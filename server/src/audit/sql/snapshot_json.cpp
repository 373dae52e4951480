#include "audit/sql/snapshot_json.hpp"

#include <nlohmann/json.hpp>

namespace kefu::audit {

std::string SnapshotToJson(const Snapshot& snapshot) {
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    for (const Field& field : snapshot) {
        std::visit(
            [&](const auto& v) {
                using V = std::decay_t<decltype(v)>;
                if constexpr (std::is_same_v<V, std::monostate>) {
                    out[field.name] = nullptr;
                } else {
                    out[field.name] = v;
                }
            },
            field.value);
    }
    return out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace kefu::audit
