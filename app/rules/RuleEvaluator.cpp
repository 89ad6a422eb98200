#include "app/rules/RuleEvaluator.h"

#include <QRegularExpression>

namespace rules {

RuleRequest RuleRequest::fromUrl(const QUrl &url, const QString &method)
{
    RuleRequest request;
    request.scheme = url.scheme().toLower();
    request.host = url.host(QUrl::FullyEncoded).toLower();
    request.port = url.port();
    request.path = url.path(QUrl::FullyEncoded);
    if (request.path.isEmpty())
        request.path = QStringLiteral("/");
    request.query = url.query(QUrl::FullyEncoded);
    request.method = method;
    return request;
}

QString RuleRequest::uri() const
{
    return query.isEmpty() ? path : path + u'?' + query;
}

QString RuleRequest::fullUri() const
{
    const bool defaultPort = port < 0 || (scheme == QLatin1String("https") && port == 443)
            || (scheme == QLatin1String("http") && port == 80);
    const QString authority = defaultPort ? host : host + u':' + QString::number(port);
    return scheme + QStringLiteral("://") + authority + uri();
}

std::optional<QString> RuleRequest::value(Field field) const
{
    switch (field) {
    case Field::Host: return host;
    case Field::Uri: return uri();
    case Field::UriPath: return path;
    case Field::UriQuery: return query;
    case Field::FullUri: return fullUri();
    case Field::Method: return method;
    case Field::Scheme: return scheme;
    case Field::Cookie:
    case Field::Referer:
    case Field::UserAgent:
        break;
    }
    return std::nullopt;
}

namespace {

QString asciiLower(QString text)
{
    for (QChar &c : text) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() + ('a' - 'A'));
    }
    return text;
}

bool caseInsensitive(Field field)
{
    return field == Field::Host || field == Field::Referer;
}

bool regexFinds(const QString &pattern, const QString &subject, bool ignoreCase)
{
    // Compiled here rather than kept in the tree: a QRegularExpression is reentrant, not
    // thread-safe, and a tree is shared across threads.
    QRegularExpression re(pattern, ignoreCase ? QRegularExpression::CaseInsensitiveOption
                                              : QRegularExpression::NoPatternOption);
    return re.isValid() && re.match(subject).hasMatch();
}

bool compare(const RuleNode &node, const QString &fieldValue)
{
    const bool ci = caseInsensitive(node.operand.field);
    const Qt::CaseSensitivity cs = ci ? Qt::CaseInsensitive : Qt::CaseSensitive;
    const QString subject = node.operand.lowered ? asciiLower(fieldValue) : fieldValue;
    const QString value = node.values.isEmpty() ? QString() : node.values.first();
    switch (node.op) {
    case Operator::Eq: return subject.compare(value, cs) == 0;
    case Operator::Ne: return subject.compare(value, cs) != 0;
    case Operator::Contains: return subject.contains(value, cs);
    case Operator::StartsWith: return subject.startsWith(value, cs);
    case Operator::EndsWith: return subject.endsWith(value, cs);
    case Operator::Matches: return regexFinds(value, subject, ci);
    case Operator::In: return node.values.contains(subject, cs);
    }
    return false;
}

Outcome negated(Outcome o)
{
    return o == Outcome::Match ? Outcome::NoMatch : o == Outcome::NoMatch ? Outcome::Match : Outcome::Unknown;
}

} // namespace

// Kleene logic: with NoMatch < Unknown < Match, "and" is the smaller answer and "or" the larger;
// the right side is skipped when the left one already decides.
Outcome evaluateRule(const RuleNodePtr &root, const RuleRequest &request)
{
    if (!root)
        return Outcome::NoMatch;
    switch (root->kind) {
    case RuleNode::Kind::Compare: {
        const std::optional<QString> v = request.value(root->operand.field);
        if (!v)
            return Outcome::Unknown;
        return compare(*root, *v) ? Outcome::Match : Outcome::NoMatch;
    }
    case RuleNode::Kind::Not:
        return negated(evaluateRule(root->left, request));
    case RuleNode::Kind::And: {
        const Outcome left = evaluateRule(root->left, request);
        return left == Outcome::NoMatch ? left : std::min(left, evaluateRule(root->right, request));
    }
    case RuleNode::Kind::Or: {
        const Outcome left = evaluateRule(root->left, request);
        return left == Outcome::Match ? left : std::max(left, evaluateRule(root->right, request));
    }
    }
    return Outcome::NoMatch;
}

} // namespace rules
