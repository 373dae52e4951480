// One declaration per persisted enum: its wire/storage names, parsing and the list of values.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kefu {

/// One enumerator and the name it is stored and sent by.
template <class E>
struct EnumEntry {
    E value;
    std::string_view name;
};

/// The names of every value of an enum, in declaration order. Built once per enum with
/// MakeEnumNames; Name, Parse and Values all read the same table, so they cannot drift apart.
template <class E, std::size_t N>
class EnumNames {
public:
    constexpr explicit EnumNames(std::array<EnumEntry<E>, N> entries) : entries_(entries) {}

    /// The name of `value`; an enumerator missing from the table is a programming error and
    /// yields "" (enum_names_test checks every table is complete and unique).
    constexpr std::string_view Name(E value) const {
        for (const auto& entry : entries_) {
            if (entry.value == value) return entry.name;
        }
        return {};
    }
    /// The value with this name, or nullopt.
    constexpr std::optional<E> Parse(std::string_view name) const {
        for (const auto& entry : entries_) {
            if (entry.name == name) return entry.value;
        }
        return std::nullopt;
    }
    /// Every value, in declaration order.
    constexpr std::array<E, N> Values() const {
        std::array<E, N> out{};
        for (std::size_t i = 0; i < N; ++i) out[i] = entries_[i].value;
        return out;
    }
    /// Every name, in declaration order.
    std::vector<std::string> Names() const {
        std::vector<std::string> out;
        out.reserve(N);
        for (const auto& entry : entries_) out.emplace_back(entry.name);
        return out;
    }
    static constexpr std::size_t size() { return N; }

private:
    std::array<EnumEntry<E>, N> entries_;
};

/// `inline constexpr auto kGradeNames = MakeEnumNames<Grade>({{Grade::kHead, "head"}, ...});`
template <class E, std::size_t N>
constexpr EnumNames<E, N> MakeEnumNames(const EnumEntry<E> (&entries)[N]) {
    std::array<EnumEntry<E>, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = entries[i];
    return EnumNames<E, N>(out);
}

}  // namespace kefu
