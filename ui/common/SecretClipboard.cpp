#include "ui/common/SecretClipboard.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMessageAuthenticationCode>
#include <QMimeData>
#include <QRandomGenerator>

#include <array>
#include <chrono>
#include <climits>

namespace {

// KDE Klipper, and the clipboard managers that copied its convention, keep no history of
// entries carrying this hint.
QString passwordManagerHintFormat()
{
    return QStringLiteral("x-kde-passwordManagerHint");
}

QMimeData *mimeDataFor(const QString &text, bool secret)
{
    auto *mime = new QMimeData;
    mime->setText(text);
    if (secret)
        mime->setData(passwordManagerHintFormat(), QByteArrayLiteral("secret"));
    return mime;
}

// QGuiApplication::clipboard() needs a live GUI application; during its own destruction
// (children of qApp are deleted after it is gone) there is none.
QClipboard *applicationClipboard()
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return nullptr;
    return QGuiApplication::clipboard();
}

} // namespace

SecretClipboard::SecretClipboard(QObject *parent)
    : QObject(parent)
{
    std::array<quint32, 8> key{};
    QRandomGenerator::system()->fillRange(key.data(), key.size());
    m_digestKey = QByteArray(reinterpret_cast<const char *>(key.data()), int(sizeof(key)));

    m_timer.setSingleShot(true);
    // A coarse timer may be scheduled up to 5% late, and secondsUntilClear() would then report
    // more seconds than the delay the user chose.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SecretClipboard::clearNow);
    // A SecretClipboard owned by qApp is destroyed only after the application is gone, too late
    // to reach the clipboard; clear while it still exists.
    if (QCoreApplication *app = QCoreApplication::instance()) {
        connect(app, &QCoreApplication::aboutToQuit, this, [this] {
            if (isPending())
                clearNow();
        });
    }
}

SecretClipboard::~SecretClipboard()
{
    // No signals from a dying object: just take our secret with us.
    if (isPending()) {
        m_timer.stop();
        removeOurs();
    }
}

void SecretClipboard::setClearDelaySeconds(int seconds)
{
    // QTimer counts milliseconds in an int.
    m_clearDelaySeconds = qBound(0, seconds, INT_MAX / 1000);
}

void SecretClipboard::copy(const QString &text, bool secret)
{
    QClipboard *clipboard = applicationClipboard();
    if (!clipboard)
        return;

    // The clipboard owns what it is given, so each mode gets its own QMimeData.
    clipboard->setMimeData(mimeDataFor(text, secret), QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->setMimeData(mimeDataFor(text, secret), QClipboard::Selection);

    // Whatever we copied before has just been replaced, so there is nothing older left to clear.
    m_timer.stop();
    m_ourDigest.clear();
    if (!secret)
        return;

    m_ourDigest = digest(text);
    if (m_clearDelaySeconds > 0)
        m_timer.start(std::chrono::seconds(m_clearDelaySeconds));
}

int SecretClipboard::secondsUntilClear() const
{
    if (!isPending())
        return -1;
    // Round up: "1 s left" until the very end, never "0 s" while still pending.
    return (m_timer.remainingTime() + 999) / 1000;
}

void SecretClipboard::clearNow()
{
    m_timer.stop();
    switch (removeOurs()) {
    case Outcome::Removed:
        emit cleared();
        break;
    case Outcome::Skipped:
        emit clearSkipped();
        break;
    case Outcome::NothingOurs:
        break;
    }
}

SecretClipboard::Outcome SecretClipboard::removeOurs()
{
    if (m_ourDigest.isEmpty())
        return Outcome::NothingOurs;

    Outcome outcome = Outcome::Skipped;
    if (QClipboard *clipboard = applicationClipboard()) {
        if (holdsOurs(clipboard, QClipboard::Clipboard)) {
            clipboard->clear(QClipboard::Clipboard);
            outcome = Outcome::Removed;
        }
        if (clipboard->supportsSelection() && holdsOurs(clipboard, QClipboard::Selection)) {
            clipboard->clear(QClipboard::Selection);
            outcome = Outcome::Removed;
        }
    }
    m_ourDigest.clear();
    return outcome;
}

bool SecretClipboard::holdsOurs(const QClipboard *clipboard, QClipboard::Mode mode) const
{
    return digest(clipboard->text(mode)) == m_ourDigest;
}

QByteArray SecretClipboard::digest(const QString &text) const
{
    return QMessageAuthenticationCode::hash(text.toUtf8(), m_digestKey, QCryptographicHash::Sha256);
}
