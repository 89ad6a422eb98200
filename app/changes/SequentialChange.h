// The steps of one change to a cloud, sent one after another (the code versions of a routine
// deleted, an app's AppCodes deleted): a step's request is started only once the one before it
// has succeeded, the first failure stops the rest (they are never sent), and no step is sent
// twice. Its owner hears each step as it starts and then one end: finished, failed or stopped.
// Killing it (or destroying it with its owner) aborts the step on its way, on the wire, and
// nothing is heard afterwards.
#pragma once

#include "app/async/Request.h"

#include <QObject>

#include <functional>
#include <type_traits>
#include <vector>

class SequentialChange : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SequentialChange)

public:
    // One step: `send()` returns its Request<T> when its turn comes; `succeeded(const T &)` takes
    // the answer, on the sequence's thread, before the next step is started.
    class Step
    {
    public:
        template <typename Send, typename Succeeded>
        Step(Send send, Succeeded succeeded);

    private:
        friend class SequentialChange;
        // How the step ended: nullptr when it succeeded, else its error.
        using Settled = std::function<void(const ApiError *failure)>;
        std::function<AnyRequest(QObject *context, const Settled &settled)> m_send;
    };

    explicit SequentialChange(QObject *parent = nullptr);

    // Sends `steps` in order, the first from the event loop (never inside start()). A sequence
    // still running is killed first.
    void start(std::vector<Step> steps);
    // Sends no step after the one on its way, which is waited for (a change already sent is never
    // abandoned): stopped() follows it, unless it failed or was the last.
    void stop();
    // Aborts the step on its way (on the wire) and sends no other; no signal follows.
    void kill();

    bool isRunning() const { return m_running; }
    int total() const { return m_total; }
    // How many steps succeeded.
    int succeeded() const { return m_next; }

signals:
    // Step `index` (from 0) of `total` is about to be sent.
    void stepStarted(int index, int total);
    // Every step succeeded.
    void finished();
    // Step `index` failed with `error`; the steps after it were never sent.
    void failed(int index, const ApiError &error);
    // stop() was asked: the steps from `succeeded` on were never sent.
    void stopped(int succeeded);

private:
    void sendNext();
    void settle(int index, const ApiError *failure);

    std::vector<Step> m_steps;
    AnyRequest m_current; // the step on its way
    int m_total = 0;
    int m_next = 0;
    bool m_running = false;
    bool m_stopRequested = false;
    // Changes with every start() and kill(): an answer or a queued send of an earlier run is ignored.
    quint64 m_run = 0;
};

template <typename Send, typename Succeeded>
SequentialChange::Step::Step(Send send, Succeeded succeeded)
{
    using T = typename std::invoke_result_t<Send &>::Value;
    m_send = [send = std::move(send), succeeded = std::move(succeeded)](QObject *context, const Settled &settled) mutable -> AnyRequest {
        return send().then(context, [succeeded, settled](const ApiResult<T> &r) {
            if (!r.ok()) {
                settled(&r.error());
                return;
            }
            succeeded(r.value());
            settled(nullptr);
        });
    };
}
