#include "app/rules/Rule.h"

#include "app/rules/RulePrinter.h"
#include "app/rules/RoutePattern.h"

namespace rules {

Rule Rule::parse(const QString &text, RuleError *error)
{
    ParsedRule parsed = RuleParser::parse(text);
    if (error)
        *error = parsed.error;
    return Rule(std::move(parsed.root));
}

Rule Rule::fromPattern(const QString &pattern, RuleError *error)
{
    const RuleError problem = RoutePattern::problem(pattern);
    if (error)
        *error = problem;
    if (!problem.isNull())
        return Rule();
    return parse(RoutePattern::toRule(pattern), error);
}

QString Rule::text() const
{
    return printRule(m_root);
}

QString Rule::readable() const
{
    const QString p = pattern();
    return p.isEmpty() ? text() : p;
}

QString Rule::pattern() const
{
    return RoutePattern::fromRule(m_root);
}

Outcome Rule::evaluate(const RuleRequest &request) const
{
    return evaluateRule(m_root, request);
}

} // namespace rules
