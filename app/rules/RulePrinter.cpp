#include "app/rules/RulePrinter.h"

namespace rules {
namespace {

QString operandText(const Operand &operand)
{
    const QString name = fieldName(operand.field);
    return operand.lowered ? QStringLiteral("lower(%1)").arg(name) : name;
}

QString compareText(const RuleNode &node)
{
    const QString operand = operandText(node.operand);
    const QString value = node.values.isEmpty() ? QString() : node.values.first();
    switch (node.op) {
    case Operator::Eq: return operand + QStringLiteral(" eq ") + quotedString(value);
    case Operator::Ne: return operand + QStringLiteral(" ne ") + quotedString(value);
    case Operator::Contains: return operand + QStringLiteral(" contains ") + quotedString(value);
    // The regular expression is kept as written, so it goes back unescaped.
    case Operator::Matches: return operand + QStringLiteral(" matches \"") + value + u'"';
    case Operator::StartsWith: return QStringLiteral("starts_with(%1, %2)").arg(operand, quotedString(value));
    case Operator::EndsWith: return QStringLiteral("ends_with(%1, %2)").arg(operand, quotedString(value));
    case Operator::In: break;
    }
    QStringList quoted;
    for (const QString &v : node.values)
        quoted.append(quotedString(v));
    return operand + QStringLiteral(" in {") + quoted.join(u' ') + u'}';
}

// and/or group to the left ("a and b and c" is (a and b) and c), so a right side of the same kind
// keeps its parentheses; "and" binds tighter than "or", so an "or" under an "and" keeps them too;
// "not" binds tightest.
bool parenthesized(RuleNode::Kind parent, const RuleNode &child, bool right)
{
    using K = RuleNode::Kind;
    switch (parent) {
    case K::Not: return child.kind == K::And || child.kind == K::Or;
    case K::And: return child.kind == K::Or || (right && child.kind == K::And);
    case K::Or: return right && child.kind == K::Or;
    case K::Compare: break;
    }
    return false;
}

QString nodeText(const RuleNode &node);

QString childText(const RuleNode &parent, const RuleNode &child, bool right)
{
    return parenthesized(parent.kind, child, right) ? u'(' + nodeText(child) + u')' : nodeText(child);
}

QString nodeText(const RuleNode &node)
{
    using K = RuleNode::Kind;
    switch (node.kind) {
    case K::Compare:
        return compareText(node);
    case K::Not:
        return QStringLiteral("not ") + childText(node, *node.left, false);
    case K::And:
        return childText(node, *node.left, false) + QStringLiteral(" and ") + childText(node, *node.right, true);
    case K::Or:
        return childText(node, *node.left, false) + QStringLiteral(" or ") + childText(node, *node.right, true);
    }
    return QString();
}

int nesting(const RuleNode &node)
{
    if (node.kind == RuleNode::Kind::Compare)
        return 0;
    const auto child = [&node](const RuleNode &c, bool right) {
        return nesting(c) + (parenthesized(node.kind, c, right) ? 1 : 0);
    };
    if (node.kind == RuleNode::Kind::Not)
        return 1 + child(*node.left, false);
    return std::max(child(*node.left, false), child(*node.right, true));
}

} // namespace

QString quotedString(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

int printedNesting(const RuleNodePtr &root)
{
    return root ? 2 + nesting(*root) : 0;
}

QString printRule(const RuleNodePtr &root)
{
    if (!root)
        return QString();
    return u'(' + nodeText(*root) + u')';
}

} // namespace rules
