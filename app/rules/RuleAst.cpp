#include "app/rules/RuleAst.h"

namespace rules {
namespace {

struct FieldSpelling
{
    Field field;
    const char *name;
};

// Names as the vendor's "Match fields" page spells them.
constexpr FieldSpelling fieldSpellings[] = {
    {Field::Host, "http.host"},
    {Field::Uri, "http.request.uri"},
    {Field::UriPath, "http.request.uri.path"},
    {Field::UriQuery, "http.request.uri.query"},
    {Field::FullUri, "http.request.full_uri"},
    {Field::Method, "http.request.method"},
    {Field::Scheme, "http.request.scheme"},
    {Field::Cookie, "http.cookie"},
    {Field::Referer, "http.referer"},
    {Field::UserAgent, "http.user_agent"},
};

} // namespace

QString fieldName(Field field)
{
    for (const FieldSpelling &s : fieldSpellings) {
        if (s.field == field)
            return QString::fromLatin1(s.name);
    }
    return QString();
}

bool fieldFromName(const QString &name, Field *field)
{
    for (const FieldSpelling &s : fieldSpellings) {
        if (name == QLatin1String(s.name)) {
            *field = s.field;
            return true;
        }
    }
    return false;
}

bool fieldKnownFromUrl(Field field)
{
    switch (field) {
    case Field::Cookie:
    case Field::Referer:
    case Field::UserAgent:
        return false;
    default:
        return true;
    }
}

RuleNodePtr RuleNode::binary(Kind kind, RuleNodePtr left, RuleNodePtr right)
{
    auto node = std::make_shared<RuleNode>();
    node->kind = kind;
    node->left = std::move(left);
    node->right = std::move(right);
    return node;
}

RuleNodePtr RuleNode::negation(RuleNodePtr operand)
{
    auto node = std::make_shared<RuleNode>();
    node->kind = Kind::Not;
    node->left = std::move(operand);
    return node;
}

RuleNodePtr RuleNode::compare(Operand operand, Operator op, QStringList values)
{
    auto node = std::make_shared<RuleNode>();
    node->kind = Kind::Compare;
    node->operand = operand;
    node->op = op;
    node->values = std::move(values);
    return node;
}

bool sameTree(const RuleNodePtr &a, const RuleNodePtr &b)
{
    if (!a || !b)
        return !a && !b;
    if (a->kind != b->kind)
        return false;
    if (a->kind == RuleNode::Kind::Compare)
        return a->operand == b->operand && a->op == b->op && a->values == b->values;
    return sameTree(a->left, b->left) && sameTree(a->right, b->right);
}

} // namespace rules
