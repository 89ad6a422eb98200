#include "app/emulator/alibaba/AcsCredentialStore.h"

#include "app/emulator/demo/DemoData.h"

#include <QRandomGenerator>

namespace {

QString randomText(int length, const char *alphabet)
{
    const int n = int(qstrlen(alphabet));
    QString out(length, Qt::Uninitialized);
    for (QChar &c : out)
        c = QLatin1Char(alphabet[QRandomGenerator::system()->bounded(n)]);
    return out;
}

const char *const alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

} // namespace

AcsCredentialStore::AcsCredentialStore()
{
    const QString account = QLatin1String(DemoData::AlibabaAccountId);
    const AcsAccessKey longTerm{QLatin1String(DemoData::AlibabaAccessKeyId), QLatin1String(DemoData::AlibabaAccessKeySecret),
                                {}, {}, account};
    const AcsAccessKey fixedSts{QLatin1String(DemoData::AlibabaStsAccessKeyId), QLatin1String(DemoData::AlibabaStsAccessKeySecret),
                                QLatin1String(DemoData::AlibabaStsSecurityToken), {}, account};
    m_keys.insert(longTerm.accessKeyId, longTerm);
    m_keys.insert(fixedSts.accessKeyId, fixedSts);
}

const AcsAccessKey *AcsCredentialStore::find(const QString &accessKeyId) const
{
    const auto it = m_keys.constFind(accessKeyId);
    return it == m_keys.cend() ? nullptr : &*it;
}

const AcsAccessKey &AcsCredentialStore::issueTemporary(const QString &accountId, const QDateTime &expiration,
                                                       const QDateTime &now)
{
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        const bool forgotten = it->expiration.isValid() && it->expiration.secsTo(now) > RememberExpiredSeconds;
        it = forgotten ? m_keys.erase(it) : std::next(it);
    }
    AcsAccessKey key;
    do
        key.accessKeyId = QStringLiteral("STS.") + randomText(24, alphanumeric);
    while (m_keys.contains(key.accessKeyId));
    key.secret = randomText(44, alphanumeric);
    // Real tokens are long base64 text starting "CAIS"; only their uniqueness matters here.
    key.securityToken = QStringLiteral("CAIS") + randomText(380, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    key.expiration = expiration;
    key.accountId = accountId;
    return *m_keys.insert(key.accessKeyId, key);
}

QList<AcsAccessKey> AcsCredentialStore::issued() const
{
    QList<AcsAccessKey> out;
    for (const AcsAccessKey &key : m_keys) {
        if (key.expiration.isValid())
            out << key;
    }
    return out;
}
