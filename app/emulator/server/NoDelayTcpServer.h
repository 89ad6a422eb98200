// The emulator's listening socket: every connection it accepts sends at once (TCP_NODELAY).
//
// Qt HttpServer writes an answer's head and its body separately. With Nagle's algorithm on, the
// body then waited for the client to acknowledge the head, which a client on a kept-alive
// connection delays by up to 40 ms: every answer after a connection's first took about 40 ms
// longer than the emulator needed for it (the history of 40 versions, four at a time, loaded in
// 400 ms instead of 60). Servers that keep connections alive turn Nagle off for the same reason.
#pragma once

#include <QTcpServer>

class NoDelayTcpServer : public QTcpServer
{
    Q_OBJECT

public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr socketDescriptor) override;
};
