#include "diff/LibGit2.h"

#include <git2.h>

void LibGit2::ensureInitialized()
{
    static const int initialized = git_libgit2_init();
    (void)initialized;
}
