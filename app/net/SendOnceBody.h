// The body of a write, as QNetworkAccessManager reads it: sequential, and unable to rewind.
// QNAM resends a request by itself when the connection closes before any byte of the answer
// (the request may have been carried out: a change sent twice). It must rewind the body to do so;
// this one refuses, so QNAM fails the reply with ContentReSendError instead of sending it again.
#pragma once

#include <QIODevice>

class SendOnceBody : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SendOnceBody)

public:
    explicit SendOnceBody(QByteArray bytes, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_bytes.size(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_read = 0;
};
