// The Alibaba Cloud AccessKeys the emulator accepts: the demo's long-term AccessKey, its fixed
// STS credentials, and the temporary ones StsService issued. Issued credentials are kept after
// they expire, so a late use is told it expired rather than that the key is unknown. Not locked
// itself: the emulator's mutex guards it.
#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

struct AcsAccessKey
{
    QString accessKeyId;
    QString secret;
    QString securityToken;  // must come with the key (x-acs-security-token) when not empty
    QDateTime expiration;   // invalid: never expires
    QString accountId;

    bool expiredAt(const QDateTime &now) const { return expiration.isValid() && now >= expiration; }
};

class AcsCredentialStore
{
public:
    // How long an expired credential is still recognised as such.
    static constexpr int RememberExpiredSeconds = 24 * 3600;

    AcsCredentialStore();

    const AcsAccessKey *find(const QString &accessKeyId) const;
    // New random STS.… id, secret and token (system CSPRNG), valid until `expiration`.
    const AcsAccessKey &issueTemporary(const QString &accountId, const QDateTime &expiration, const QDateTime &now);
    // Every temporary credential issued and still remembered, in no particular order.
    QList<AcsAccessKey> issued() const;

private:
    QHash<QString, AcsAccessKey> m_keys;
};
