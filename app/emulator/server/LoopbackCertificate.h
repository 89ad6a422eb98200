// The emulator's HTTPS identity, made fresh at every start: a certificate authority of its own
// and, signed by it, a certificate for 127.0.0.1 and localhost.
//
// Clients that insist on HTTPS (the official esa-cli always builds https:// URLs) trust the CA
// alone, for this run only: NODE_EXTRA_CA_CERTS for Node, a QSslConfiguration's CA list for Qt.
// A CA apart from the server's certificate, instead of one self-signed certificate that is both,
// because that is the shape every TLS client checks in real life: OpenSSL, Node and Qt all accept
// a CA:TRUE root that signed a CA:FALSE leaf whose subjectAltName names the address dialled,
// while a self-signed leaf trusted directly depends on each client's partial-chain rules.
//
// Made with OpenSSL's C API in the process (Qt cannot make certificates): no openssl binary to
// run, and the private keys never touch the disk.
#pragma once

#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QString>

struct LoopbackCertificate
{
    QSslCertificate authority; // the CA to trust (CA:TRUE, keyCertSign)
    QSslCertificate server;    // 127.0.0.1 and localhost (CA:FALSE, serverAuth), signed by `authority`
    QSslKey serverKey;         // the server certificate's private key (EC P-256)

    // A new CA and server certificate, valid from an hour ago (clocks differ) for `days` days.
    // Null certificates and `error` set when OpenSSL fails.
    static LoopbackCertificate make(int days = 30, QString *error = nullptr);

    bool isNull() const { return authority.isNull() || server.isNull() || serverKey.isNull(); }
    // What a QSslServer presents: the server certificate and its key, TLS 1.2 or newer.
    QSslConfiguration serverConfiguration() const;
};
