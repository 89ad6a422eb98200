#include "diff/LibGit2.h"

#include <QCoreApplication>

#include <git2.h>

void LibGit2::ensureInitialized()
{
    static const int initialized = git_libgit2_init();
    Q_UNUSED(initialized);
}

namespace {
void initializeOnTheMainThread()
{
    LibGit2::ensureInitialized();
}
} // namespace

Q_COREAPP_STARTUP_FUNCTION(initializeOnTheMainThread)
