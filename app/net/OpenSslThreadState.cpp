#include "app/net/OpenSslThreadState.h"

#include <QThread>

#include <dlfcn.h>

namespace {
// Looked up, not linked: Qt loads OpenSSL itself (its TLS plugin), and without OpenSSL in the
// process there is no state to free. Qt's plugin, and libgit2 when it is loaded (diff/LibGit2.h),
// bring libcrypto in with RTLD_LOCAL, where RTLD_DEFAULT does not see it: ask for it by name.
void releaseThisThreadsState()
{
    using Stop = void (*)();
    void *crypto = dlopen("libcrypto.so.3", RTLD_LAZY | RTLD_NOLOAD); // only if it is loaded already
    if (!crypto)
        return;
    if (const auto stop = reinterpret_cast<Stop>(dlsym(crypto, "OPENSSL_thread_stop")))
        stop();
    dlclose(crypto); // the reference RTLD_NOLOAD took
}
} // namespace

void OpenSslThreadState::releaseWhenFinished(QThread *thread)
{
    // finished() is emitted on the thread itself, as it ends; a direct connection runs there.
    QObject::connect(thread, &QThread::finished, thread, &releaseThisThreadsState, Qt::DirectConnection);
}
