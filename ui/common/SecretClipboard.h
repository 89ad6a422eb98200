// Puts secrets (AppCodes, keys) on the clipboard the careful way: marked for clipboard managers
// (x-kde-passwordManagerHint: secret) so history tools skip them, and cleared after a delay —
// but only if the clipboard still holds what we put there, so what the user copied since is kept.
#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QTimer>

class SecretClipboard : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretClipboard)

public:
    explicit SecretClipboard(QObject *parent = nullptr);
    // Clears our pending secret if it is still on the clipboard: the app is going away.
    ~SecretClipboard() override;

    // 0 = never clear; default 30. Applies from the next copy on.
    void setClearDelaySeconds(int seconds);
    int clearDelaySeconds() const { return m_clearDelaySeconds; }

    // Copies `text`; when `secret`, marks it and starts the clear timer (a new copy restarts it).
    // Also sets the X11 selection when the platform has one, and clears it too.
    void copy(const QString &text, bool secret);
    int secondsUntilClear() const; // -1 when nothing is pending
    bool isPending() const { return m_timer.isActive(); }

public slots:
    void clearNow(); // clears only if the clipboard still holds our text

signals:
    void cleared();     // our content was removed
    void clearSkipped(); // the clipboard held something else by then

private:
    enum class Outcome { NothingOurs, Removed, Skipped };
    Outcome removeOurs();
    bool holdsOurs(const QClipboard *clipboard, QClipboard::Mode mode) const;
    QByteArray digest(const QString &text) const;

    QTimer m_timer;
    int m_clearDelaySeconds = 30;
    // A keyed SHA-256 of what we put there, never the text: enough to recognise it, useless to
    // anyone reading our memory (the per-instance key stops guessing short secrets offline).
    QByteArray m_digestKey;
    QByteArray m_ourDigest;
};
