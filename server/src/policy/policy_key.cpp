#include "policy/policy_key.hpp"

#include <fmt/core.h>

namespace kefu::policy {

void PolicyCatalog::Declare(std::string_view module, std::span<const PolicyKeySpec> keys) {
    for (const PolicyKeySpec& spec : keys) {
        if (spec.min > spec.max) {
            problems_.push_back(fmt::format("module {} declares policy {} with min {} > max {}",
                                            module,
                                            spec.key,
                                            spec.min,
                                            spec.max));
            continue;
        }
        if (!keys_.try_emplace(std::string(spec.key), spec).second) {
            problems_.push_back(
                fmt::format("policy key {} is declared twice (again by {})", spec.key, module));
        }
    }
}

const PolicyKeySpec* PolicyCatalog::Find(std::string_view key) const {
    auto it = keys_.find(key);
    return it == keys_.end() ? nullptr : &it->second;
}

}  // namespace kefu::policy
