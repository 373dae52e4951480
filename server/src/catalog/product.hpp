// Products of the catalogue and the rules of what a user enters or imports (R-JOB-1): what one
// unit is packed as (pieces, volume, weight) and what installing it takes (minutes, installers,
// skill). Job items, vehicle loads and crew sizes are computed from these numbers.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/error.hpp"
#include "platform/strong_id.hpp"

namespace kefu::catalog {

struct ProductTag {};
using ProductId = StrongId<ProductTag>;  ///< one product of the catalogue

/// A product as stored. Volume and weight are of one unit as packed, in whole litres and grams
/// (integers: loads are sums, never floating point).
struct Product {
    ProductId id;
    std::string model;   ///< the factory's model code, unique (ignoring ASCII case)
    std::string name;    ///< e.g. 办公桌 1600×800
    std::string series;  ///< e.g. 启航系列; empty when the product belongs to none
    int pieces_per_unit = 1;
    std::int64_t volume_l = 0;
    std::int64_t weight_g = 0;
    /// Minutes `installers_needed` people take together to install one unit (0: no install).
    int install_minutes_per_unit = 0;
    int installers_needed = 0;         ///< people installing one unit needs at once
    std::optional<std::string> skill;  ///< a skill installers need, e.g. electric_desk
    bool active = true;  ///< inactive products stay for old jobs, new items refuse them
    int version = 1;
};

/// The limits of a product's fields (inclusive), in characters and the fields' units.
namespace limits {
inline constexpr std::size_t kModelMax = 50;
inline constexpr std::size_t kNameMax = 100;
inline constexpr std::size_t kSeriesMax = 50;
inline constexpr std::size_t kSkillMax = 50;
inline constexpr std::int64_t kPiecesMax = 999;
inline constexpr std::int64_t kVolumeMaxL = 50'000;     ///< 50 m³: more than any truck
inline constexpr std::int64_t kWeightMaxG = 5'000'000;  ///< 5 t
inline constexpr std::int64_t kInstallMinutesMax = std::int64_t{24} * 60;  ///< one day per unit
inline constexpr std::int64_t kInstallersMax = 20;
inline constexpr std::size_t kImportRowsMax = 2000;
}  // namespace limits

/// A product as the API receives it (create, update or one import row). Numbers are wide so an
/// absurd value is reported as out_of_range rather than wrapped.
struct ProductFields {
    std::string model;
    std::string name;
    std::string series;
    std::int64_t pieces_per_unit = 0;
    std::int64_t volume_l = 0;
    std::int64_t weight_g = 0;
    std::int64_t install_minutes_per_unit = 0;
    std::int64_t installers_needed = 0;
    std::optional<std::string> skill;
    bool active = true;
};

/// The key `model` is unique by: trimmed, ASCII letters upper-cased ("bt-1608 " → "BT-1608"), so
/// codes typed in another case cannot make a second product.
std::string ModelKey(std::string_view model);

/// Whether `skill` is a skill key: a lower-case letter, then lower-case letters, digits or _.
bool IsSkillKey(std::string_view skill);

/// Adds the violations of one product's fields, named `prefix` + the API field ("rows[3]." +
/// "volumeL"): required, too_long, out_of_range, invalid_value (skill), and must_be_positive when
/// install minutes and installers disagree (a unit installed in some minutes needs an installer;
/// one that needs installers takes some minutes).
void CheckProductFields(const ProductFields& fields,
                        std::string_view prefix,
                        std::vector<FieldViolation>& out);

/// A validated product from its fields (id and version untouched).
void ApplyFields(const ProductFields& fields, Product& product);

/// Whether storing `fields` over `product` would change nothing.
bool SameFields(const Product& product, const ProductFields& fields);

/// What an import does with each row: create a product, update the product with exactly that
/// model, or leave it as it is.
enum class ImportAction { kCreate, kUpdate, kUnchanged };

/// Checks an import as a whole: every row's fields, then its model against the rows above it
/// and the stored catalogue (`stored`, by ModelKey). A model repeated in the file, or equal to a
/// stored model only when case is ignored ("bt-1608" against "BT-1608"), is
/// `rows[i].model: duplicate` with the clashing row or stored model as detail. No rows:
/// `rows: required`. Returns every violation; empty when the import may proceed.
std::vector<FieldViolation> CheckImport(std::span<const ProductFields> rows,
                                        const std::map<std::string, Product>& stored);

/// The action of each row of a checked import (same order as `rows`).
std::vector<ImportAction> PlanImport(std::span<const ProductFields> rows,
                                     const std::map<std::string, Product>& stored);

}  // namespace kefu::catalog
