// Which requests a route's rule can match, in the cases where that can be decided from the rule's
// text: the rules esa-cli writes and most hand-written ones are "simple": an `and` of at most one
// host test (http.host eq / in, ends_with(http.host, …)) and at most one path test
// (http.request.uri.path eq, starts_with(http.request.uri.path, …)). For two simple rules both
// questions below are answered exactly; for any other rule only "the same tree" is decided and
// everything else is Unknown. So a "never wins" or "overlaps" flag is never wrong; a route with a
// complex rule (not, or, other fields, lower(), matches) may overlap unflagged.
#pragma once

#include "app/rules/Rule.h"

#include <optional>

namespace RouteCoverage {

enum class Answer { No, Yes, Unknown };

struct HostTest
{
    enum class Kind { Any, Exact, Suffix } kind = Kind::Any;
    QStringList values; // Exact: the hosts (lower-case); Suffix: one suffix (lower-case)
};

struct PathTest
{
    enum class Kind { Any, Exact, Prefix } kind = Kind::Any;
    QString value;
};

struct SimpleRule
{
    HostTest host;
    PathTest path;
};

// The rule as a host test and a path test, when it is simple.
std::optional<SimpleRule> simplify(const rules::Rule &rule);
// Does every request `inner` matches also match `outer`?
Answer covers(const rules::Rule &outer, const rules::Rule &inner);
// Is there a request both match?
Answer overlaps(const rules::Rule &a, const rules::Rule &b);
// The hosts a simple rule names exactly (empty for suffixes, any host, or a complex rule).
QStringList exactHosts(const rules::Rule &rule);

} // namespace RouteCoverage
