#include "app/emulator/server/NoDelaySslServer.h"

#include <QSslSocket>

NoDelaySslServer::NoDelaySslServer(QObject *parent)
    : QSslServer(parent)
{
    connect(this, &QSslServer::startedEncryptionHandshake, this, [](QSslSocket *socket) {
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    });
}
