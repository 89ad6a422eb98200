#include "app/diff/LibGit2.h"

#include "app/net/OpenSslThreadState.h"

#include <QCoreApplication>
#include <QThread>

#include <memory>

#include <dlfcn.h>

namespace {

struct Loaded
{
    std::unique_ptr<LibGit2::Functions> functions;
    QString error;
};

const Loaded &loaded()
{
    static const Loaded once = [] {
        Loaded result;
        result.functions = LibGit2::load(QStringLiteral("git2"), QStringLiteral(LIBGIT2_SOVERSION), &result.error);
        return result;
    }();
    return once;
}

} // namespace

std::unique_ptr<LibGit2::Functions> LibGit2::load(const QString &name, const QString &version, QString *error)
{
    // dlopen rather than QLibrary: the library is never unloaded (libgit2 keeps threads' state and
    // atexit handlers of its own), and a QLibrary kept for the process's life is an object that
    // LeakSanitizer reports at exit; a handle that is never closed is the loader's to keep.
    const QByteArray file = "lib" + name.toLocal8Bit() + ".so." + version.toLocal8Bit();
    void *library = dlopen(file.constData(), RTLD_NOW | RTLD_LOCAL);
    if (!library) {
        *error = QCoreApplication::translate("LibGit2", "libgit2 %1 could not be loaded: %2")
                     .arg(version, QString::fromLocal8Bit(dlerror()));
        return nullptr;
    }
    auto functions = std::make_unique<Functions>();
#define CLOUDCODES_LIBGIT2_RESOLVE(name)                                                                         \
    functions->name = reinterpret_cast<decltype(functions->name)>(dlsym(library, "git_" #name));                  \
    if (!functions->name) {                                                                                      \
        *error = QCoreApplication::translate("LibGit2", "The libgit2 that was loaded (%1) has no %2.")           \
                     .arg(QString::fromLocal8Bit(file), QStringLiteral("git_" #name));                           \
        dlclose(library);                                                                                        \
        return nullptr;                                                                                          \
    }
    CLOUDCODES_LIBGIT2_FUNCTIONS(CLOUDCODES_LIBGIT2_RESOLVE)
#undef CLOUDCODES_LIBGIT2_RESOLVE
    if (functions->libgit2_init() < 0) {
        const git_error *e = functions->error_last();
        *error = QCoreApplication::translate("LibGit2", "libgit2 could not start: %1")
                     .arg(e && e->message ? QString::fromUtf8(e->message) : QStringLiteral("git_libgit2_init"));
        return nullptr;
    }
    return functions;
}

const LibGit2::Functions *LibGit2::functions()
{
    return loaded().functions.get();
}

QString LibGit2::loadError()
{
    return loaded().error;
}

LibGit2::BackgroundLoad::BackgroundLoad() = default;

LibGit2::BackgroundLoad::~BackgroundLoad()
{
    if (m_thread)
        m_thread->wait();
}

void LibGit2::BackgroundLoad::start()
{
    if (m_thread)
        return;
    m_thread.reset(QThread::create([] { functions(); }));
    m_thread->setObjectName(QStringLiteral("libgit2 load"));
    OpenSslThreadState::releaseWhenFinished(m_thread.get());
    m_thread->start();
}
