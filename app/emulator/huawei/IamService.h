// The emulated Huawei Cloud IAM: password tokens (POST /v3/auth/tokens) and project lookup
// (GET /v3/projects). It also decides who a Huawei request is, for APIG: an IAM token it
// issued, or an SDK-HMAC-SHA256 AK/SK signature.
#pragma once

#include "app/emulator/demo/DemoData.h"
#include "app/emulator/server/EmulatorResponse.h"

#include <QHash>

struct HuaweiIdentity
{
    enum class Failure { None, Missing, TokenInvalid, TokenExpired, UnknownAccessKey, DateExpired, SignatureMismatch, Malformed, BodyNotSigned };
    Failure failure = Failure::None;
    QString message;            // why it failed, for the error body
    QString code;               // the gateway's error code for it; empty = APIG.1002
    QString projectId;          // the token's project; empty for AK/SK (owns every project of the account)
    QStringList ownedProjects;  // projects this identity may touch
};

class IamService
{
public:
    static constexpr int SkewSeconds = 15 * 60;

    explicit IamService(const DemoData &data);

    static bool accepts(const HttpRequestParts &request);
    EmulatorResponse handle(const HttpRequestParts &request, const QDateTime &now);
    EmulatorResponse faultResponse(int status) const;
    static EmulatorResponse error(int status, const QString &message); // in the Keystone shape

    // An IAM token it issued, or an AK/SK signature; a signed request with a body must sign the
    // body too: content-type among the signed headers and, for JSON, no UNSIGNED-PAYLOAD.
    HuaweiIdentity authenticate(const HttpRequestParts &request, const QDateTime &now) const;
    void setTokenLifetimeSeconds(int seconds) { m_tokenLifetime = seconds; }
    // Tokens issued so far are refused with 401 `refusalCode` (see CloudEmulator::revokeIamTokens).
    void revokeTokens(const QString &refusalCode);

private:
    struct Token
    {
        QString projectId;
        QDateTime expiresAt;
        QString revokedWith; // a gateway code once revoked
    };

    EmulatorResponse issueToken(const HttpRequestParts &request, const QDateTime &now);
    EmulatorResponse listProjects(const HttpRequestParts &request, const QDateTime &now) const;

    const DemoData &m_data;
    int m_tokenLifetime = 24 * 3600;
    QHash<QByteArray, Token> m_tokens;
};
