#include "catalog/product.hpp"

#include <fmt/core.h>

#include "platform/text.hpp"

namespace kefu::catalog {
namespace {

void Add(std::vector<FieldViolation>& out,
         std::string_view prefix,
         std::string_view field,
         std::string_view reason,
         std::string detail = {}) {
    out.push_back(
        {std::string(prefix) + std::string(field), std::string(reason), std::move(detail)});
}

void CheckRange(std::vector<FieldViolation>& out,
                std::string_view prefix,
                std::string_view field,
                std::int64_t value,
                std::int64_t min,
                std::int64_t max) {
    if (value < min || value > max) Add(out, prefix, field, "out_of_range");
}

}  // namespace

std::string ModelKey(std::string_view model) {
    const auto first = model.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    const auto last = model.find_last_not_of(" \t");
    std::string key(model.substr(first, last - first + 1));
    for (char& c : key) {
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    return key;
}

bool IsSkillKey(std::string_view skill) {
    if (skill.empty() || skill.size() > limits::kSkillMax) return false;
    if (skill.front() < 'a' || skill.front() > 'z') return false;
    for (char c : skill) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
        if (!ok) return false;
    }
    return true;
}

void CheckProductFields(const ProductFields& f,
                        std::string_view prefix,
                        std::vector<FieldViolation>& out) {
    if (f.model.empty()) Add(out, prefix, "model", "required");
    if (Utf8Length(f.model) > limits::kModelMax) Add(out, prefix, "model", "too_long");
    if (f.name.empty()) Add(out, prefix, "name", "required");
    if (Utf8Length(f.name) > limits::kNameMax) Add(out, prefix, "name", "too_long");
    if (Utf8Length(f.series) > limits::kSeriesMax) Add(out, prefix, "series", "too_long");
    CheckRange(out, prefix, "piecesPerUnit", f.pieces_per_unit, 1, limits::kPiecesMax);
    CheckRange(out, prefix, "volumeL", f.volume_l, 1, limits::kVolumeMaxL);
    CheckRange(out, prefix, "weightG", f.weight_g, 1, limits::kWeightMaxG);
    const bool minutes_ok =
        f.install_minutes_per_unit >= 0 && f.install_minutes_per_unit <= limits::kInstallMinutesMax;
    const bool installers_ok =
        f.installers_needed >= 0 && f.installers_needed <= limits::kInstallersMax;
    if (!minutes_ok) Add(out, prefix, "installMinutesPerUnit", "out_of_range");
    if (!installers_ok) Add(out, prefix, "installersNeeded", "out_of_range");
    if (minutes_ok && installers_ok) {
        if (f.install_minutes_per_unit > 0 && f.installers_needed == 0) {
            Add(out, prefix, "installersNeeded", "must_be_positive");
        } else if (f.install_minutes_per_unit == 0 && f.installers_needed > 0) {
            Add(out, prefix, "installMinutesPerUnit", "must_be_positive");
        }
    }
    if (f.skill && !IsSkillKey(*f.skill)) Add(out, prefix, "skill", "invalid_value");
}

void ApplyFields(const ProductFields& f, Product& p) {
    p.model = f.model;
    p.name = f.name;
    p.series = f.series;
    p.pieces_per_unit = static_cast<int>(f.pieces_per_unit);
    p.volume_l = f.volume_l;
    p.weight_g = f.weight_g;
    p.install_minutes_per_unit = static_cast<int>(f.install_minutes_per_unit);
    p.installers_needed = static_cast<int>(f.installers_needed);
    p.skill = f.skill;
    p.active = f.active;
}

bool SameFields(const Product& p, const ProductFields& f) {
    return p.model == f.model && p.name == f.name && p.series == f.series &&
           p.pieces_per_unit == f.pieces_per_unit && p.volume_l == f.volume_l &&
           p.weight_g == f.weight_g && p.install_minutes_per_unit == f.install_minutes_per_unit &&
           p.installers_needed == f.installers_needed && p.skill == f.skill && p.active == f.active;
}

std::vector<FieldViolation> CheckImport(std::span<const ProductFields> rows,
                                        const std::map<std::string, Product>& stored) {
    std::vector<FieldViolation> out;
    if (rows.empty()) {
        Add(out, "", "rows", "required");
        return out;
    }
    std::map<std::string, std::size_t> first_row;  // model key → the first row naming it
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string prefix = fmt::format("rows[{}].", i);
        CheckProductFields(rows[i], prefix, out);
        const std::string key = ModelKey(rows[i].model);
        if (key.empty()) continue;
        if (auto [it, inserted] = first_row.emplace(key, i); !inserted) {
            Add(out, prefix, "model", "duplicate", fmt::format("rows[{}]", it->second));
            continue;
        }
        // Updating by a differently cased code would rename the product behind the user's back.
        if (auto it = stored.find(key); it != stored.end() && it->second.model != rows[i].model) {
            Add(out, prefix, "model", "duplicate", it->second.model);
        }
    }
    return out;
}

std::vector<ImportAction> PlanImport(std::span<const ProductFields> rows,
                                     const std::map<std::string, Product>& stored) {
    std::vector<ImportAction> plan;
    plan.reserve(rows.size());
    for (const ProductFields& row : rows) {
        auto it = stored.find(ModelKey(row.model));
        if (it == stored.end()) {
            plan.push_back(ImportAction::kCreate);
        } else {
            plan.push_back(SameFields(it->second, row) ? ImportAction::kUnchanged
                                                       : ImportAction::kUpdate);
        }
    }
    return plan;
}

}  // namespace kefu::catalog
