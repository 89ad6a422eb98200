#include "app/rules/RoutePattern.h"

namespace rules {

// Mirrors helper.js's transferRouteToRuleString line for line, so the bytes agree.
QString RoutePattern::toRule(const QString &pattern)
{
    if (pattern.isEmpty())
        return QString();
    const qsizetype slash = pattern.indexOf(u'/');
    QString host = slash < 0 ? pattern : pattern.left(slash);
    QString path = slash < 0 ? QStringLiteral("/") : pattern.mid(slash);
    const bool hostSuffix = host.startsWith(u'*');
    if (hostSuffix)
        host.remove(u'*'); // host.replace(/\*/g, '')
    const bool pathPrefix = path.endsWith(u'*');
    if (pathPrefix)
        path.chop(1); // uriPath.replace(/\*$/, '')
    const QString hostPart = hostSuffix ? QStringLiteral("ends_with(http.host, \"%1\")").arg(host)
                                        : QStringLiteral("http.host eq \"%1\"").arg(host);
    const QString pathPart = pathPrefix ? QStringLiteral("starts_with(http.request.uri.path, \"%1\")").arg(path)
                                        : QStringLiteral("http.request.uri.path eq \"%1\"").arg(path);
    return QStringLiteral("(%1 and %2)").arg(hostPart, pathPart);
}

namespace {

// The pattern a tree of esa-cli's shape would come from, before checking it gives the tree back.
QString candidatePattern(const RuleNode &root)
{
    if (root.kind != RuleNode::Kind::And || root.left->kind != RuleNode::Kind::Compare
            || root.right->kind != RuleNode::Kind::Compare)
        return QString();
    const RuleNode &host = *root.left;
    const RuleNode &path = *root.right;
    if (host.operand != Operand{Field::Host, false} || path.operand != Operand{Field::UriPath, false})
        return QString();
    QString pattern;
    if (host.op == Operator::Eq)
        pattern = host.values.first();
    else if (host.op == Operator::EndsWith)
        pattern = u'*' + host.values.first();
    else
        return QString();
    if (path.op == Operator::Eq)
        return pattern + path.values.first();
    if (path.op == Operator::StartsWith)
        return pattern + path.values.first() + u'*';
    return QString();
}

} // namespace

QString RoutePattern::fromRule(const RuleNodePtr &root)
{
    if (!root)
        return QString();
    const QString pattern = candidatePattern(*root);
    // A host with '/' or '*' in it, a path without a leading '/', an exact path ending in '*':
    // such values would read back as another rule, so only a pattern that round-trips counts.
    if (pattern.isEmpty() || !sameTree(RuleParser::parse(toRule(pattern)).root, root))
        return QString();
    return pattern;
}

RuleError RoutePattern::problem(const QString &pattern)
{
    RuleError error;
    if (pattern.trimmed().isEmpty()) {
        error.offset = 0;
        error.message = tr("Enter a host and path, such as shop.example.com/api/*");
        return error;
    }
    // A pasted URL would give host "https:" and a path "//…" that never matches.
    const qsizetype scheme = pattern.indexOf(QStringLiteral("://"));
    if (scheme >= 0) {
        error.offset = int(scheme);
        error.message = tr("Leave out the scheme: a route pattern is host/path, such as shop.example.com/api/*");
        return error;
    }
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'"' || c == u'\\' || c.isSpace() || c.category() == QChar::Other_Control) {
            error.offset = int(i);
            error.message = tr("A route pattern cannot contain quotes, backslashes, spaces or control characters");
            return error;
        }
    }
    const ParsedRule parsed = RuleParser::parse(toRule(pattern));
    if (!parsed.ok()) {
        error.offset = 0;
        error.message = parsed.error.message;
    }
    return error;
}

} // namespace rules
