#include "app/esa/RamRole.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

namespace {
bool matches(const char *pattern, const QString &text)
{
    const QRegularExpression re(QRegularExpression::anchoredPattern(QLatin1String(pattern)));
    return re.match(text).hasMatch();
}
constexpr int MaxSessionNameLength = 64;
} // namespace

bool RamRole::isValidArn(const QString &arn)
{
    return matches("acs:ram::\\d+:role/[A-Za-z0-9.\\-]{1,64}", arn);
}

bool RamRole::isValidSessionName(const QString &name)
{
    return matches("[A-Za-z0-9.@\\-_]{2,64}", name);
}

bool RamRole::isValidExternalId(const QString &id)
{
    return matches("[A-Za-z0-9_+=,.@:/\\-]{2,1224}", id);
}

QString RamRole::policyProblem(const QString &policy)
{
    const QByteArray bytes = policy.trimmed().toUtf8();
    if (bytes.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return tr("The policy is not valid JSON: %1 at character %2.").arg(error.errorString()).arg(error.offset);
    if (!document.isObject())
        return tr("The policy must be a JSON object (a RAM policy document).");
    if (bytes.size() > MaxPolicyBytes)
        return tr("The policy is %1 bytes long; STS takes at most %2.").arg(bytes.size()).arg(MaxPolicyBytes);
    return {};
}

QStringList RamRole::problems() const
{
    QStringList p;
    if (!isValidArn(arn))
        p << tr("A RAM role ARN looks like acs:ram::1234567890123456:role/deployer.");
    if (!isValidSessionName(effectiveSessionName()))
        p << tr("A session name is 2 to 64 letters, digits or . @ - _.");
    if (durationSeconds < MinDurationSeconds || durationSeconds > MaxDurationSeconds)
        p << tr("A session lasts from %1 to %2 seconds.").arg(MinDurationSeconds).arg(MaxDurationSeconds);
    if (!externalId.isEmpty() && !isValidExternalId(externalId))
        p << tr("An external ID is 2 to 1224 letters, digits or _ + = , . @ : / -.");
    const QString policyText = policyProblem(policy);
    if (!policyText.isEmpty())
        p << policyText;
    return p;
}

QString RamRole::sessionNameFor(const QString &loginName)
{
    QString login;
    for (const QChar c : loginName) {
        const bool allowed = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
                || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('.') || c == QLatin1Char('@')
                || c == QLatin1Char('-') || c == QLatin1Char('_');
        if (allowed)
            login += c;
    }
    // Nothing left of the name (say it is written in Chinese): the prefix alone is still valid.
    const QString name = login.isEmpty() ? QStringLiteral("cloudcodes") : QStringLiteral("cloudcodes-") + login;
    return name.left(MaxSessionNameLength);
}

QString RamRole::defaultSessionName()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString login = qEnvironmentVariable(variable);
        if (!login.isEmpty())
            return sessionNameFor(login);
    }
    return sessionNameFor(QDir::home().dirName());
}
