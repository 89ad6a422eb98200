// An OSS PostObject policy: the base64 JSON document {"expiration", "conditions"} a form upload
// must satisfy, its V1 signature base64(HMAC-SHA1(secret, policy-as-sent)), and the check of a
// posted form against it. Pure functions of their inputs: no clock, no network.
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class OssPostPolicy
{
public:
    struct Condition
    {
        enum class Kind { Equals, StartsWith, ContentLengthRange };
        Kind kind = Kind::Equals;
        QString field;    // form field name without '$', lower case ("key", "bucket", "x:codedescription")
        QString value;    // Equals / StartsWith
        qint64 min = 0;   // ContentLengthRange, bytes
        qint64 max = 0;
        QString text;     // as written in the policy, for error messages
    };

    enum class Verdict { Satisfied, TooLarge, TooSmall, ConditionFailed };

    QDateTime expiration;
    QList<Condition> conditions;

    // The base64 policy a staged upload gets: this key only, in this bucket, 0..maxBytes bytes.
    static QByteArray make(const QDateTime &expiration, const QString &bucket, const QString &key, qint64 maxBytes);
    static QByteArray sign(const QByteArray &accessKeySecret, const QByteArray &policyBase64);
    // Decodes a policy as sent; nullopt and the reason OSS would give when it is not a valid document.
    static std::optional<OssPostPolicy> parse(const QByteArray &policyBase64, QString *error);

    bool expiredAt(const QDateTime &now) const { return now >= expiration; }
    // `field` gives a form field's value by lower-case name (null if absent). The first condition
    // that fails decides; its text goes to `failed`.
    Verdict check(const std::function<QString(const QString &)> &field, qint64 fileSize, QString *failed) const;
};
