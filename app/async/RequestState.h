// The shared heart of one asynchronous operation (an HTTP call, a decode on the pool, a chain of
// both): whoever does the work finishes it with exactly one result, and whoever wants the result
// holds a Request<T> handle (net/Request.h) — a subscription. When the last subscription is
// dropped before the result, the operation is aborted: its abort action (set by the producer, and
// replaced as the work moves from stage to stage) runs once, and no result is delivered after.
//
// Thread-safe: producers finish from any thread; handles live on their owner's thread and the
// result is delivered there, queued, and only while the handle still wants it.
#pragma once

#include "app/async/ApiResult.h"

#include <QMetaObject>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class RequestCore
{
public:
    RequestCore() = default;
    virtual ~RequestCore() = default;
    Q_DISABLE_COPY_MOVE(RequestCore)

    bool isAborted() const;
    bool isFinished() const;
    // KJob's kill(EmitResult): the work is asked to end early (CancelToken sees it) and still
    // delivers the one result it ends with, which says how far it got. Aborting needs no stop.
    void requestStop();
    bool isStopRequested() const;
    // Producer: what an abort runs from now on (replacing the previous action). Returns false, and
    // keeps nothing, when the operation is already aborted or finished: the producer stops there.
    bool setAbortAction(std::function<void()> action);
    // Aborts unless finished: the abort action runs once, outside any lock; no result follows.
    void abort();
    // How many handles still want the result (for tests and for sharing).
    int subscriberCount() const;

protected:
    // Under m_mutex: marks the operation finished and hands back the abort action, to be dropped
    // outside the lock (it may own handles of upstream operations).
    std::function<void()> takeAbortActionLocked();

    mutable QMutex m_mutex;
    bool m_finished = false;
    bool m_aborted = false;
    bool m_stopRequested = false;
    int m_subscribers = 0;
    std::function<void()> m_abortAction;
};

template <typename T>
class RequestState : public RequestCore
{
public:
    using Receiver = std::function<void(const ApiResult<T> &)>;

    // One handle's claim on the result.
    struct Subscription
    {
        std::atomic<bool> live{true};
        bool bound = false;
        bool direct = false;           // deliver on the finishing thread (chaining inside app/)
        QObject *context = nullptr;    // else: queued to this object's thread
        Receiver receiver;
    };
    using SubscriptionPtr = std::shared_ptr<Subscription>;

    // Producer: the one result. Returns false when it was not taken (aborted, or already finished).
    bool finish(ApiResult<T> result)
    {
        QList<SubscriptionPtr> receivers;
        std::function<void()> dropped;
        {
            QMutexLocker lock(&m_mutex);
            if (m_finished || m_aborted)
                return false;
            dropped = takeAbortActionLocked();
            m_result = std::move(result);
            for (const SubscriptionPtr &s : std::as_const(m_subscriptions)) {
                if (s->bound)
                    receivers << s;
            }
            // Queued deliveries are posted under the lock: a handle dropped meanwhile (which also
            // takes the lock) is either gone from the list or finds its delivery already posted
            // and refuses it by its `live` flag.
            for (const SubscriptionPtr &s : std::as_const(receivers)) {
                if (!s->direct)
                    post(s, *m_result);
            }
        }
        for (const SubscriptionPtr &s : std::as_const(receivers)) {
            if (s->direct)
                deliver(s, *m_result);
        }
        return true;
    }

    SubscriptionPtr subscribe()
    {
        auto s = std::make_shared<Subscription>();
        QMutexLocker lock(&m_mutex);
        ++m_subscribers;
        m_subscriptions << s;
        return s;
    }

    // A claim only while the result is still to come, checked and taken under one lock: a claim
    // taken while another thread drops the last one would wait for an operation already aborted.
    SubscriptionPtr trySubscribe()
    {
        auto s = std::make_shared<Subscription>();
        QMutexLocker lock(&m_mutex);
        if (m_finished || m_aborted)
            return nullptr;
        ++m_subscribers;
        m_subscriptions << s;
        return s;
    }

    // Where and to whom the result goes; delivered at once (queued) if it is already there.
    void bind(const SubscriptionPtr &s, QObject *context, Receiver receiver)
    {
        bindImpl(s, false, context, std::move(receiver));
    }
    void bindDirect(const SubscriptionPtr &s, Receiver receiver) { bindImpl(s, true, nullptr, std::move(receiver)); }

    void unsubscribe(const SubscriptionPtr &s)
    {
        std::function<void()> action;
        {
            QMutexLocker lock(&m_mutex);
            s->live.store(false);
            if (!m_subscriptions.removeOne(s))
                return;
            --m_subscribers;
            if (m_subscribers > 0 || m_finished || m_aborted)
                return;
            m_aborted = true;
            action = std::move(m_abortAction);
            m_abortAction = nullptr;
        }
        if (action)
            action();
    }

    std::optional<ApiResult<T>> result() const
    {
        QMutexLocker lock(&m_mutex);
        return m_result;
    }

private:
    // `s` by value: a receiver run here at once may drop the handle that holds the subscription.
    void bindImpl(SubscriptionPtr s, bool direct, QObject *context, Receiver receiver)
    {
        std::optional<ApiResult<T>> ready;
        {
            QMutexLocker lock(&m_mutex);
            s->bound = true;
            s->direct = direct;
            s->context = context;
            s->receiver = std::move(receiver);
            if (m_finished && m_result) {
                if (direct)
                    ready = m_result;
                else
                    post(s, *m_result);
            }
        }
        if (ready)
            deliver(s, *ready);
    }

    static void deliver(const SubscriptionPtr &s, const ApiResult<T> &result)
    {
        if (s->live.exchange(false))
            s->receiver(result);
    }

    static void post(const SubscriptionPtr &s, const ApiResult<T> &result)
    {
        // The context outlives its bound handles (they are its members), so it is alive here; if
        // it dies before the event runs, Qt discards the event with it.
        QMetaObject::invokeMethod(
                s->context, [s, result] { deliver(s, result); }, Qt::QueuedConnection);
    }

    QList<SubscriptionPtr> m_subscriptions;
    std::optional<ApiResult<T>> m_result;
};
