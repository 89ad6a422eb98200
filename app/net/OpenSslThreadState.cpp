#include "net/OpenSslThreadState.h"

#include <QThread>

#include <dlfcn.h>

namespace {
// Looked up, not linked: Qt loads OpenSSL itself (its TLS plugin), and without OpenSSL in the
// process there is no state to free.
void releaseThisThreadsState()
{
    using Stop = void (*)();
    const auto stop = reinterpret_cast<Stop>(dlsym(RTLD_DEFAULT, "OPENSSL_thread_stop"));
    if (stop)
        stop();
}
} // namespace

void OpenSslThreadState::releaseWhenFinished(QThread *thread)
{
    // finished() is emitted on the thread itself, as it ends; a direct connection runs there.
    QObject::connect(thread, &QThread::finished, thread, &releaseThisThreadsState, Qt::DirectConnection);
}
