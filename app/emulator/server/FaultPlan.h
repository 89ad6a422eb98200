// What can go wrong on the emulator's wire, and how often: the fault injection that lets
// tests and soak runs see every failure a real cloud (or the path to it) produces.
#pragma once

#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <random>

enum class FaultKind {
    None,
    ServerError,   // HTTP 500 with the vendor's error body
    Unavailable,   // HTTP 503 with the vendor's error body
    Throttling,    // ESA Throttling.User (400) / APIG throttling (429)
    ResetMidBody,  // headers and half the body, then the connection is reset
    TruncatedBody, // a well-formed response (honest Content-Length) whose JSON stops mid-way
    InvalidJson,   // HTTP 200, application/json, but the body is an HTML proxy page
    Stall,         // no answer for stallMs, then the connection is dropped
    Drip,          // the whole answer, one byte every dripMs (only when asked for by name)
    Drop,          // carried out, then the connection dropped before a byte of the answer (by name only)
};

struct FaultPlan
{
    double rate = 0.0;     // probability that a request gets a fault, 0..1
    quint32 seed = 1;      // same seed, same sequence of faults for the same request order
    int latencyMs = 0;     // added before every response
    int stallMs = 60000;   // how long a Stall holds the connection
    int dripMs = 1000;     // the pace of a Drip
    QList<FaultKind> kinds = allKinds();

    // The kinds drawn by default. Drip is not among them (an answer that takes minutes would
    // only slow a soak down); name it to get it.
    static QList<FaultKind> allKinds();
    static QList<FaultKind> namedKinds(); // allKinds(), Drip and Drop
    static QString name(FaultKind kind);
    static FaultKind fromName(const QString &name); // None if unknown
};

// Draws the fault for each request in turn. Thread-safe.
class FaultInjector
{
public:
    explicit FaultInjector(const FaultPlan &plan = {});
    void setPlan(const FaultPlan &plan);
    FaultPlan plan() const;
    // The next `count` requests get `kind`, before any random draw (for precise tests); with a
    // `key` (a request counter key such as the ESA action), only requests of that key.
    void force(FaultKind kind, int count = 1, const QString &key = {});
    FaultKind next(const QString &key = {});

private:
    mutable QMutex m_mutex;
    FaultPlan m_plan;
    std::mt19937 m_random;
    QList<std::pair<FaultKind, QString>> m_forced;
};
