// The claim's printable form (A4 PDF) and the finance workbook, built from claims (pure: no
// rendering, no storage). Rule labels are the Chinese of the regulations.
#pragma once

#include <string>
#include <vector>

#include "documents/document.hpp"
#include "documents/workbook.hpp"
#include "expenses/claim.hpp"

namespace kefu::expenses {

/// The Chinese label of a rule, as printed (报销单) and exported.
std::string RuleLabel(AllowanceRule rule);

/// The claim form (差旅费报销单): the claim's facts, one row per line with claimed and allowed
/// amounts and the rule, totals, signature boxes. `printed_at` is shown in the footer.
documents::Document ClaimForm(const Claim& claim, const std::string& printed_at);

/// Finance's workbook: one row per line of every claim, with the computed values (no formulas;
/// text such as a note starting with "=" stays text).
documents::Workbook FinanceWorkbook(const std::vector<Claim>& claims);

}  // namespace kefu::expenses
