// Money typed by people: a decimal yuan string ("1234.5", "0.05") to integer fen, never through
// floating point.
#pragma once

#include <string_view>

#include "platform/error.hpp"
#include "platform/money.hpp"

namespace kefu {

/// Parses "[-]digits[.d[d]]" yuan into fen. INVALID_ARGUMENT with one violation on `field`:
/// invalid_money (not a plain decimal: no exponent, spaces, thousands separators or '+'),
/// fraction_of_fen (a third decimal that is not zero), out_of_range (beyond ±10^15 fen).
Result<Money> ParseYuan(std::string_view text, std::string_view field);

/// "1234.50": the same form ParseYuan reads.
std::string FormatYuan(Money amount);

}  // namespace kefu
