#include "app/esa/RouteCoverage.h"

#include <algorithm>

namespace RouteCoverage {

namespace {

using rules::Field;
using rules::Operator;
using rules::RuleNode;
using rules::RuleNodePtr;

// The conjuncts of an `and` tree, in order.
void conjuncts(const RuleNodePtr &node, QList<RuleNodePtr> *out)
{
    if (node && node->kind == RuleNode::Kind::And) {
        conjuncts(node->left, out);
        conjuncts(node->right, out);
    } else {
        out->append(node);
    }
}

bool hostTest(const RuleNode &n, HostTest *test)
{
    if (n.operand.field != Field::Host || n.values.isEmpty())
        return false;
    QStringList lowered;
    for (const QString &v : n.values)
        lowered << v.toLower();
    if (n.op == Operator::Eq || n.op == Operator::In) {
        *test = {HostTest::Kind::Exact, lowered};
        return true;
    }
    if (n.op == Operator::EndsWith && lowered.size() == 1) {
        *test = {HostTest::Kind::Suffix, lowered};
        return true;
    }
    return false;
}

bool pathTest(const RuleNode &n, PathTest *test)
{
    if (n.operand.field != Field::UriPath || n.values.size() != 1)
        return false;
    if (n.op == Operator::Eq) {
        *test = {PathTest::Kind::Exact, n.values.first()};
        return true;
    }
    if (n.op == Operator::StartsWith) {
        *test = {PathTest::Kind::Prefix, n.values.first()};
        return true;
    }
    return false;
}

bool hostCovers(const HostTest &outer, const HostTest &inner)
{
    using K = HostTest::Kind;
    if (outer.kind == K::Any)
        return true;
    if (inner.kind == K::Any)
        return false;
    if (outer.kind == K::Exact)
        return inner.kind == K::Exact && std::all_of(inner.values.cbegin(), inner.values.cend(), [&](const QString &h) { return outer.values.contains(h); });
    const QString &suffix = outer.values.first();
    if (inner.kind == K::Suffix)
        return inner.values.first().endsWith(suffix);
    return std::all_of(inner.values.cbegin(), inner.values.cend(), [&](const QString &h) { return h.endsWith(suffix); });
}

bool pathCovers(const PathTest &outer, const PathTest &inner)
{
    using K = PathTest::Kind;
    if (outer.kind == K::Any)
        return true;
    if (inner.kind == K::Any)
        return false;
    if (outer.kind == K::Exact)
        return inner.kind == K::Exact && inner.value == outer.value;
    return inner.value.startsWith(outer.value);
}

bool hostsMeet(const HostTest &a, const HostTest &b)
{
    using K = HostTest::Kind;
    if (a.kind == K::Any || b.kind == K::Any)
        return true;
    if (a.kind == K::Suffix && b.kind == K::Suffix)
        return a.values.first().endsWith(b.values.first()) || b.values.first().endsWith(a.values.first());
    if (a.kind == K::Suffix)
        return hostsMeet(b, a);
    // a is Exact
    return std::any_of(a.values.cbegin(), a.values.cend(), [&](const QString &h) {
        return b.kind == K::Exact ? b.values.contains(h) : h.endsWith(b.values.first());
    });
}

bool pathsMeet(const PathTest &a, const PathTest &b)
{
    using K = PathTest::Kind;
    if (a.kind == K::Any || b.kind == K::Any)
        return true;
    if (a.kind == K::Exact && b.kind == K::Exact)
        return a.value == b.value;
    if (a.kind == K::Exact)
        return a.value.startsWith(b.value);
    if (b.kind == K::Exact)
        return b.value.startsWith(a.value);
    return a.value.startsWith(b.value) || b.value.startsWith(a.value);
}

} // namespace

std::optional<SimpleRule> simplify(const rules::Rule &rule)
{
    if (rule.isNull())
        return std::nullopt;
    QList<RuleNodePtr> parts;
    conjuncts(rule.root(), &parts);
    SimpleRule simple;
    bool haveHost = false, havePath = false;
    for (const RuleNodePtr &p : std::as_const(parts)) {
        if (!p || p->kind != RuleNode::Kind::Compare || p->operand.lowered)
            return std::nullopt;
        if (!haveHost && hostTest(*p, &simple.host))
            haveHost = true;
        else if (!havePath && pathTest(*p, &simple.path))
            havePath = true;
        else
            return std::nullopt;
    }
    return simple;
}

Answer covers(const rules::Rule &outer, const rules::Rule &inner)
{
    if (outer.isNull() || inner.isNull())
        return Answer::Unknown;
    if (outer == inner)
        return Answer::Yes;
    const auto o = simplify(outer);
    const auto i = simplify(inner);
    if (!o || !i)
        return Answer::Unknown;
    return hostCovers(o->host, i->host) && pathCovers(o->path, i->path) ? Answer::Yes : Answer::No;
}

Answer overlaps(const rules::Rule &a, const rules::Rule &b)
{
    if (a.isNull() || b.isNull())
        return Answer::Unknown;
    if (a == b)
        return Answer::Yes;
    const auto x = simplify(a);
    const auto y = simplify(b);
    if (!x || !y)
        return Answer::Unknown;
    return hostsMeet(x->host, y->host) && pathsMeet(x->path, y->path) ? Answer::Yes : Answer::No;
}

QStringList exactHosts(const rules::Rule &rule)
{
    const auto s = simplify(rule);
    return s && s->host.kind == HostTest::Kind::Exact ? s->host.values : QStringList();
}

} // namespace RouteCoverage
