// Where an asynchronously filled model stands, for views to show a spinner, an error with
// Retry, or an empty-state sentence in place of the list.
#pragma once

enum class LoadState {
    Idle,    // nothing asked yet (no account or routine chosen)
    Loading, // the first answer is on its way
    Ready,   // rows are there (more pages may follow)
    Empty,   // the answer was an empty list
    Failed,  // the last request failed; error() says why
};
