#include "app/esa/Acs3Authorizer.h"

#include "app/esa/Acs3Signer.h"

#include <QUuid>

void Acs3Authorizer::authorize(HttpRequestParts &parts, HttpTransport &, const Done &done)
{
    if (m_credentials.accessKeyId.isEmpty() || m_credentials.accessKeySecret.isEmpty()) {
        done(ApiError(ApiError::Service::Esa, ApiError::Kind::Auth,
                      ApiError::tr("The account has no AccessKey secret; enter it in the account's settings.")));
        return;
    }
    sign(parts, m_credentials);
    done(std::nullopt);
}

void Acs3Authorizer::sign(HttpRequestParts &parts, const AlibabaCredentials &credentials)
{
    const QByteArray nonce = QUuid::createUuid().toByteArray(QUuid::Id128);
    parts.headers += Acs3Signer::sign(parts, credentials, QDateTime::currentDateTimeUtc(), nonce).headersToAdd;
}
