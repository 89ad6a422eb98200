#include "app/emulator/alibaba/OssPostPolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

namespace {

QString conditionText(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                                         : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

// Condition bounds are JSON integers (or digit strings, which OSS also takes), never negative.
std::optional<qint64> byteCount(const QJsonValue &v)
{
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (d < 0 || d > 9.0e15 || d != double(qint64(d)))
            return std::nullopt;
        return qint64(d);
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok && n >= 0)
            return n;
    }
    return std::nullopt;
}

} // namespace

QByteArray OssPostPolicy::make(const QDateTime &expiration, const QString &bucket, const QString &key, qint64 maxBytes)
{
    const QJsonObject document{
            {QStringLiteral("expiration"), expiration.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"))},
            {QStringLiteral("conditions"), QJsonArray{
                    QJsonObject{{QStringLiteral("bucket"), bucket}},
                    QJsonArray{QStringLiteral("eq"), QStringLiteral("$key"), key},
                    QJsonArray{QStringLiteral("content-length-range"), 0, double(maxBytes)}}}};
    return QJsonDocument(document).toJson(QJsonDocument::Compact).toBase64();
}

QByteArray OssPostPolicy::sign(const QByteArray &accessKeySecret, const QByteArray &policyBase64)
{
    return QMessageAuthenticationCode::hash(policyBase64, accessKeySecret, QCryptographicHash::Sha1).toBase64();
}

std::optional<OssPostPolicy> OssPostPolicy::parse(const QByteArray &policyBase64, QString *error)
{
    const auto decoded = QByteArray::fromBase64Encoding(policyBase64.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = QStringLiteral("Invalid Policy: the policy is not base64.");
        return std::nullopt;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("Invalid Policy: Invalid JSON: %1.").arg(pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not an object"));
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    OssPostPolicy policy;
    policy.expiration = QDateTime::fromString(root.value(QStringLiteral("expiration")).toString(), Qt::ISODateWithMs);
    if (!policy.expiration.isValid()) {
        *error = QStringLiteral("Invalid Policy: expiration must be an ISO 8601 GMT time, e.g. 2026-12-01T12:00:00.000Z.");
        return std::nullopt;
    }
    const QJsonValue conditions = root.value(QStringLiteral("conditions"));
    if (!conditions.isArray()) {
        *error = QStringLiteral("Invalid Policy: conditions must be a list.");
        return std::nullopt;
    }
    for (const QJsonValue &c : conditions.toArray()) {
        Condition condition;
        condition.text = conditionText(c);
        if (c.isObject()) {
            // {"bucket": "b"}: a simple condition, the same as ["eq", "$bucket", "b"].
            const QJsonObject o = c.toObject();
            if (o.size() != 1 || !o.begin().value().isString()) {
                *error = QStringLiteral("Invalid Policy: Invalid Simple-Condition: Simple-Conditions must have exactly one property specified.");
                return std::nullopt;
            }
            condition.field = o.begin().key().toLower();
            condition.value = o.begin().value().toString();
            policy.conditions.append(condition);
            continue;
        }
        const QJsonArray a = c.toArray();
        const QString op = a.size() == 3 && a.at(0).isString() ? a.at(0).toString().toLower() : QString();
        if (op == QLatin1String("content-length-range")) {
            const auto min = byteCount(a.at(1)), max = byteCount(a.at(2));
            if (!min || !max || *max < *min) {
                *error = QStringLiteral("Invalid Policy: Invalid content-length-range: %1.").arg(condition.text);
                return std::nullopt;
            }
            condition.kind = Condition::Kind::ContentLengthRange;
            condition.min = *min;
            condition.max = *max;
        } else if ((op == QLatin1String("eq") || op == QLatin1String("starts-with")) && a.at(1).isString()
                   && a.at(1).toString().startsWith(QLatin1Char('$')) && a.at(2).isString()) {
            condition.kind = op == QLatin1String("eq") ? Condition::Kind::Equals : Condition::Kind::StartsWith;
            condition.field = a.at(1).toString().mid(1).toLower();
            condition.value = a.at(2).toString();
        } else {
            *error = QStringLiteral("Invalid Policy: Invalid condition: %1.").arg(condition.text);
            return std::nullopt;
        }
        policy.conditions.append(condition);
    }
    return policy;
}

OssPostPolicy::Verdict OssPostPolicy::check(const std::function<QString(const QString &)> &field, qint64 fileSize,
                                            QString *failed) const
{
    for (const Condition &c : conditions) {
        *failed = c.text;
        switch (c.kind) {
        case Condition::Kind::ContentLengthRange:
            if (fileSize > c.max)
                return Verdict::TooLarge;
            if (fileSize < c.min)
                return Verdict::TooSmall;
            break;
        case Condition::Kind::Equals: {
            const QString v = field(c.field);
            if (v.isNull() || v != c.value)
                return Verdict::ConditionFailed;
            break;
        }
        case Condition::Kind::StartsWith: {
            const QString v = field(c.field);
            if (v.isNull() || !v.startsWith(c.value))
                return Verdict::ConditionFailed;
            break;
        }
        }
    }
    failed->clear();
    return Verdict::Satisfied;
}
