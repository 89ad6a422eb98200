// The syntax tree of a rule in ESA's rule language (the `Rule` of a route, e.g.
// `(http.host eq "a.com" and starts_with(http.request.uri.path, "/api/"))`).
//
// A tree is immutable once built and its nodes are shared through shared_ptr<const>, so a parsed
// rule may be read from any number of threads at once. Parentheses are not nodes: the printer
// puts back exactly those the tree's shape needs, so print -> parse gives an equal tree.
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

namespace rules {

// The fields a rule may name. The first group can be read off a URL and a method; the second are
// real request fields of the language whose value a URL does not tell (evaluation answers
// "unknown" for them instead of refusing a rule the service accepts).
enum class Field {
    Host,        // http.host: case-insensitive, like the service
    Uri,         // http.request.uri: path and query
    UriPath,     // http.request.uri.path
    UriQuery,    // http.request.uri.query, without '?'
    FullUri,     // http.request.full_uri: scheme://host/path?query
    Method,      // http.request.method
    Scheme,      // http.request.scheme
    Cookie,      // http.cookie
    Referer,     // http.referer
    UserAgent,   // http.user_agent
};

// The field's name in rule text, and the field a name stands for (false when unknown).
QString fieldName(Field field);
bool fieldFromName(const QString &name, Field *field);
// Whether a request's URL and method give the field's value.
bool fieldKnownFromUrl(Field field);

// What a comparison does with the field's value.
enum class Operator {
    Eq,         // field eq "v"       (also written ==)
    Ne,         // field ne "v"       (also written !=)
    Contains,   // field contains "v"
    Matches,    // field matches "regex" (PCRE, searched, not anchored)
    In,         // field in {"a" "b"}
    StartsWith, // starts_with(field, "v")
    EndsWith,   // ends_with(field, "v")
};

// The left side of a comparison: a field, or lower(field).
struct Operand
{
    Field field = Field::Host;
    bool lowered = false;
    bool operator==(const Operand &o) const { return field == o.field && lowered == o.lowered; }
    bool operator!=(const Operand &o) const { return !(*this == o); }
};

struct RuleNode;
using RuleNodePtr = std::shared_ptr<const RuleNode>;

struct RuleNode
{
    enum class Kind { And, Or, Not, Compare };

    Kind kind = Kind::Compare;
    RuleNodePtr left;   // And, Or: the left side; Not: what it negates
    RuleNodePtr right;  // And, Or: the right side
    Operand operand;    // Compare
    Operator op = Operator::Eq;
    // Compare: one value, or In's set in the order written. A `matches` value is the regular
    // expression exactly as written between the quotes (its backslashes kept).
    QStringList values;

    static RuleNodePtr binary(Kind kind, RuleNodePtr left, RuleNodePtr right);
    static RuleNodePtr negation(RuleNodePtr operand);
    static RuleNodePtr compare(Operand operand, Operator op, QStringList values);
};

// Structural equality of two trees (null equals only null).
bool sameTree(const RuleNodePtr &a, const RuleNodePtr &b);

} // namespace rules
