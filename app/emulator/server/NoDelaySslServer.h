// The emulator's HTTPS listening socket: a QSslServer whose connections send at once
// (TCP_NODELAY), for the same reason as NoDelayTcpServer's. QSslServer makes each QSslSocket
// itself and hands it on (pendingConnectionAvailable, what QAbstractHttpServer::bind() waits
// for) only once its handshake is done, so the option is set as the handshake starts.
#pragma once

#include <QSslServer>

class NoDelaySslServer : public QSslServer
{
    Q_OBJECT

public:
    explicit NoDelaySslServer(QObject *parent = nullptr);
};
