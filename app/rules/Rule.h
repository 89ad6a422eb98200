// One rule of ESA's rule language, parsed: what a route's `Rule` says, in canonical text, in a
// readable form, and whether a request matches it. The module's entry point; the parts are
// RuleParser (text -> tree), RulePrinter (tree -> text), RuleEvaluator (tree × request -> answer)
// and RoutePattern (esa-cli's host/path patterns).
//
// Immutable and cheap to copy (the tree is shared); safe to read from many threads at once.
#pragma once

#include "app/rules/RuleEvaluator.h"
#include "app/rules/RuleParser.h"

namespace rules {

class Rule
{
public:
    Rule() = default;

    // The rule in `text`, or a null Rule and the reason in *error.
    static Rule parse(const QString &text, RuleError *error = nullptr);
    // The rule esa-cli writes for a host/path pattern; null (and *error) when it is not valid.
    static Rule fromPattern(const QString &pattern, RuleError *error = nullptr);

    bool isNull() const { return !m_root; }
    const RuleNodePtr &root() const { return m_root; }

    // Canonical text: "(http.host eq \"a.com\" and starts_with(http.request.uri.path, \"/api/\"))".
    QString text() const;
    // esa-cli's pattern when the rule is one ("shop.example.com/api/*"), else text().
    QString readable() const;
    // The esa-cli pattern, or empty.
    QString pattern() const;

    Outcome evaluate(const RuleRequest &request) const;
    bool matches(const RuleRequest &request) const { return evaluate(request) == Outcome::Match; }

    // Same tree (spelling, spacing and redundant parentheses aside).
    bool operator==(const Rule &other) const { return sameTree(m_root, other.m_root); }
    bool operator!=(const Rule &other) const { return !(*this == other); }

private:
    explicit Rule(RuleNodePtr root) : m_root(std::move(root)) {}

    RuleNodePtr m_root;
};

} // namespace rules
