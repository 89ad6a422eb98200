// Answers whether a request matches a rule. Three answers, since some fields (http.cookie,
// http.referer, http.user_agent) are not in a URL: and/or/not follow three-valued logic, so
// `http.host eq "a.com" and http.cookie contains "x"` is Unknown for a.com and NoMatch for b.com.
//
// Matching follows the vendor's field pages: http.host and http.referer compare
// case-insensitively, the other fields case-sensitively; lower() lowers ASCII letters only;
// `matches` searches (not anchored) with PCRE. Pure and reentrant.
#pragma once

#include "app/rules/RuleAst.h"

#include <QUrl>

#include <optional>

namespace rules {

enum class Outcome { NoMatch, Unknown, Match };

struct RuleRequest
{
    QString scheme = QStringLiteral("https");
    QString host;                        // lower-case, no port
    int port = -1;                       // -1: the scheme's default
    QString path = QStringLiteral("/");  // as sent, percent-encoding kept
    QString query;                       // without '?'
    QString method = QStringLiteral("GET");

    // From a URL such as https://shop.example.com/api/cart?x=1 (a missing path is "/").
    static RuleRequest fromUrl(const QUrl &url, const QString &method = QStringLiteral("GET"));

    QString uri() const;      // path?query
    QString fullUri() const;  // scheme://host[:port]path?query
    // The field's value, or nothing when a URL does not tell it.
    std::optional<QString> value(Field field) const;
};

Outcome evaluateRule(const RuleNodePtr &root, const RuleRequest &request);

} // namespace rules
