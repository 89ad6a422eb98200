// How the network layer behaves: timeouts, retries, limits. Defaults are the product's.
#pragma once

#include <QtGlobal>

struct NetworkSettings
{
    int timeoutMs = 20000;          // no progress for this long fails the attempt
    // Besides, every attempt must end within an overall deadline scaled to the answer's size, so
    // an answer that drips in (a byte now and then) ends too: base + size / minimum rate.
    int deadlineBaseMs = 30000;
    int minBytesPerSecond = 16 * 1024;
    int maxAttempts = 3;            // retryable failures only
    int backoffBaseMs = 500;        // 1st retry after ~base, 2nd after ~2×base, with jitter
    int maxRetryAfterMs = 30000;    // a server's Retry-After is honoured up to this
    qint64 maxBodyBytes = 64 * 1024 * 1024;
};
