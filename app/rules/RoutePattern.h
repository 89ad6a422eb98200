// The `host/path` route patterns of esa-cli (`route add --route shop.example.com/api/*`) and the
// rules they stand for, as esa-cli 1.0.3 turns one into the other (dist/commands/route/helper.js,
// transferRouteToRuleString and transferRuleStringToRoute):
// - the host is everything before the first '/', the path the rest ("/" when there is no '/');
// - a host starting with '*' becomes ends_with(http.host, host without any '*'), else http.host eq;
// - a path ending in '*' becomes starts_with(http.request.uri.path, path less that one '*'), else
//   http.request.uri.path eq;
// - the rule is "(<host part> and <path part>)". Nothing is escaped: a '"' in a pattern gives a
//   rule that does not parse (problem() says so, and refuses a pasted URL's scheme).
#pragma once

#include "app/rules/RuleParser.h"

#include <QCoreApplication>

namespace rules {

class RoutePattern
{
    Q_DECLARE_TR_FUNCTIONS(RoutePattern)

public:
    // The rule esa-cli writes for `pattern`, byte for byte; empty for an empty pattern.
    static QString toRule(const QString &pattern);
    // The pattern that gives this tree through toRule (e.g. "*.example.com/api/*"), or empty when
    // no pattern does: the rule is then not one esa-cli's route add could have written.
    static QString fromRule(const RuleNodePtr &root);
    // Why `pattern` makes no valid rule (translated, offset into the pattern), null when it does.
    static RuleError problem(const QString &pattern);
};

} // namespace rules
