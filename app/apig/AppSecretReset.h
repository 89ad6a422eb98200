// Resetting an app's AppSecret (ResettingAppSecretV2): the gateway makes a new secret and callers
// that sign with the old one are refused at once. Sent once, never again: after a lost answer
// the app is read back and its secret compared with the one before (kept as a digest only), to
// say whether it changed. Journaled without any secret.
#pragma once

#include "app/apig/AppCodeChange.h"

class AppSecretReset : public AppCodeChange
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppSecretReset)

public:
    explicit AppSecretReset(Context context, QObject *parent = nullptr);

    void start();
    // Whether the secret is now a new one (Done or Happened).
    bool changed() const { return m_changed; }

private:
    void send();
    void lookAgain(const ApiError &error, const Conclude &conclude);
    static QByteArray digest(const QString &secret);

    QByteArray m_before; // SHA-256 of the secret before, never the secret
    bool m_changed = false;
    QString m_record;
    Request<ApigAppDetail> m_read;
    Request<ApigAppDetail> m_write;
};
