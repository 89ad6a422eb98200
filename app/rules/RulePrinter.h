// Writes a RuleNode tree back as rule text, in one canonical spelling: the whole rule in one pair
// of parentheses (as esa-cli and the console write rules), inner parentheses only where the
// tree's shape needs them, keywords in words (eq, not, and…), one space between tokens, strings
// with only " and \ escaped. So parse(print(t)) equals t, and a rule esa-cli wrote prints as the
// very bytes esa-cli sent.
#pragma once

#include "app/rules/RuleAst.h"

namespace rules {

QString printRule(const RuleNodePtr &root);
// How deep printRule's text nests "not"s and parentheses, counted as RuleParser counts them
// (the outer parentheses included): the parser refuses trees deeper than it will read back.
int printedNesting(const RuleNodePtr &root);
// A string value as rule text: "…" with \ and " escaped.
QString quotedString(const QString &value);

} // namespace rules
