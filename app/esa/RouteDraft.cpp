#include "app/esa/RouteDraft.h"

#include "app/rules/RoutePattern.h"
#include "app/rules/Rule.h"

bool RouteDraft::looksLikeRule(const QString &input)
{
    const QString t = input.trimmed();
    if (t.startsWith(QLatin1Char('(')))
        return true;
    for (const char *marker : {"http.", "starts_with(", "ends_with(", "lower(", "not "}) {
        if (t.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

RouteDraft RouteDraft::check(const QString &input)
{
    RouteDraft d;
    const QString t = input.trimmed();
    if (t.isEmpty()) {
        d.problem = tr("Enter a host/path pattern (shop.example.com/api/*) or a rule.");
        return d;
    }
    rules::RuleError error;
    rules::Rule rule;
    if (looksLikeRule(t)) {
        d.kind = Kind::Rule;
        rule = rules::Rule::parse(t, &error);
        if (!rule.isNull())
            d.ruleText = t;
    } else {
        d.kind = Kind::Pattern;
        rule = rules::Rule::fromPattern(t, &error);
        if (!rule.isNull())
            d.ruleText = rules::RoutePattern::toRule(t);
    }
    if (rule.isNull()) {
        d.problem = error.describe();
        d.problemOffset = error.offset;
        d.ruleText.clear();
        return d;
    }
    d.readable = rule.readable();
    return d;
}
