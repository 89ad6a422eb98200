// One asynchronous request and its lifetime, from the click that asks to the wire that answers.
//
// A Request<T> is a move-only handle in the spirit of KDE's KJob: its owner binds a receiver with
// then(context, …) and gets exactly one ApiResult<T>, on the context's thread — unless it kills
// the request first. Killing it, assigning a newer request over it, or destroying it (with its
// owner) aborts the work at once: an HTTP call's QNetworkReply::abort() runs on the network
// thread, a pool stage that has not started never starts, and no answer arrives afterwards.
// Handles of identical requests may share one operation (share()); it is aborted when the last
// of them is dropped. Chains (map, followedBy) and joins (Requests::all) abort what they are made
// of when they are dropped. Running pool work sees a kill through its CancelToken; stop() is
// KJob's kill(EmitResult): the work ends early and still delivers the result it ends with.
//
// Not QFuture: in Qt 6.4 cancelling a .then() continuation never reaches the future it hangs off
// (cancelChain() came in 6.10), so a QFuture chain cannot carry an abort to the wire.
#pragma once

#include "app/async/CancelToken.h"
#include "app/async/RequestState.h"

#include <QThreadPool>

#include <type_traits>
#include <utility>

template <typename T>
class Request
{
public:
    using Value = T;

    Request() = default;
    // A new claim on `state`'s result.
    explicit Request(std::shared_ptr<RequestState<T>> state)
        : m_state(std::move(state))
    {
        if (m_state)
            m_subscription = m_state->subscribe();
    }
    Request(Request &&other) noexcept
        : m_state(std::move(other.m_state))
        , m_subscription(std::move(other.m_subscription))
    {
    }
    // The request held before is killed (after `other` is taken, so sharing one keeps it alive).
    Request &operator=(Request &&other) noexcept
    {
        if (this != &other) {
            Request old(std::move(*this));
            m_state = std::move(other.m_state);
            m_subscription = std::move(other.m_subscription);
        }
        return *this;
    }
    Request(const Request &) = delete;
    Request &operator=(const Request &) = delete;
    ~Request() { kill(); }

    // An operation that already has its answer (still delivered asynchronously, like any other).
    static Request fromResult(ApiResult<T> result)
    {
        auto state = std::make_shared<RequestState<T>>();
        Request r(state);
        state->finish(std::move(result));
        return r;
    }

    // Runs `work` (returning ApiResult<T>) on the shared worker pool; killed before it starts, it
    // never runs; killed while it runs, its result is dropped. `work` may take a CancelToken and
    // check it between its steps, to end early once nobody wants its result or stop() was asked.
    template <typename F>
    static Request onPool(F work)
    {
        auto state = std::make_shared<RequestState<T>>();
        Request r(state);
        QThreadPool::globalInstance()->start([weak = std::weak_ptr<RequestState<T>>(state), work = std::move(work)]() mutable {
            const auto s = weak.lock();
            if (!s || s->isAborted())
                return;
            if constexpr (std::is_invocable_v<F &, const CancelToken &>)
                s->finish(work(CancelToken(std::weak_ptr<const RequestCore>(s))));
            else
                s->finish(work());
        });
        return r;
    }

    // Delivers the one result to `receiver(const ApiResult<T> &)` on `context`'s thread, unless
    // this request is killed, replaced or destroyed first. `context` must outlive the handle.
    template <typename F>
    Request then(QObject *context, F &&receiver) &&
    {
        onResult(context, std::forward<F>(receiver));
        return std::move(*this);
    }
    template <typename F>
    void onResult(QObject *context, F &&receiver)
    {
        Q_ASSERT(context && m_state);
        if (m_state)
            m_state->bind(m_subscription, context, typename RequestState<T>::Receiver(std::forward<F>(receiver)));
    }

    // Inside app/ only, for chains: `receiver` runs on whatever thread finishes the work (the
    // pool, the network thread), at once. Never touches a widget.
    template <typename F>
    void whenDone(F &&receiver)
    {
        if (m_state)
            m_state->bindDirect(m_subscription, typename RequestState<T>::Receiver(std::forward<F>(receiver)));
    }

    // `transform(const ApiResult<T> &) -> ApiResult<U>` on the worker pool once the result is in.
    // Killing the returned request kills this one (and so reaches the wire).
    template <typename F, typename U = typename std::invoke_result_t<F, const ApiResult<T> &>::ValueType>
    Request<U> map(F transform) &&
    {
        auto next = std::make_shared<RequestState<U>>();
        Request<U> out(next);
        auto upstream = std::make_shared<Request<T>>(std::move(*this));
        if (!upstream->m_state) {
            next->finish(nothingToChain());
            return out;
        }
        upstream->m_state->bindDirect(upstream->m_subscription,
                                      [weak = std::weak_ptr<RequestState<U>>(next), transform = std::move(transform)](const ApiResult<T> &r) {
                                          QThreadPool::globalInstance()->start([weak, transform, r] {
                                              const auto n = weak.lock();
                                              if (n && !n->isAborted())
                                                  n->finish(transform(r));
                                          });
                                      });
        next->setAbortAction([upstream] { upstream->kill(); });
        return out;
    }

    // "Then this request": once this one has succeeded, `next(const T &)` returns the request that
    // follows (started on the thread that finished this one); an error passes through as it is.
    // Killing the returned request kills whichever of the two is on its way.
    template <typename F, typename R = std::invoke_result_t<F, const T &>, typename U = typename R::Value>
    Request<U> followedBy(F next) &&
    {
        auto out = std::make_shared<RequestState<U>>();
        Request<U> handle(out);
        auto first = std::make_shared<Request<T>>(std::move(*this));
        if (!first->m_state) {
            out->finish(nothingToChain());
            return handle;
        }
        out->setAbortAction([first] { first->kill(); });
        first->whenDone([weak = std::weak_ptr<RequestState<U>>(out), next = std::move(next)](const ApiResult<T> &r) {
            const auto o = weak.lock();
            if (!o || o->isAborted())
                return;
            if (!r.ok()) {
                o->finish(r.error());
                return;
            }
            // Kept here too: its receiver may finish `o` at once, which drops the abort action.
            const auto second = std::make_shared<Request<U>>(next(r.value()));
            // Bound through copies taken before the abort action exists: once it does, a kill of
            // `o` on another thread may reset `second`'s members at any moment.
            const auto secondState = second->m_state;
            const auto secondSubscription = second->m_subscription;
            if (!secondState) {
                o->finish(nothingToChain());
                return;
            }
            secondState->bindDirect(secondSubscription, [weak](const ApiResult<U> &r2) {
                if (const auto o2 = weak.lock())
                    o2->finish(r2);
            });
            // Refused when `o` was killed or has finished meanwhile: `second` goes with this
            // scope, and is killed (a no-op once it has finished).
            o->setAbortAction([second] { second->kill(); });
        });
        return handle;
    }

    // Another claim on the same operation; it goes on until every claim is dropped.
    Request share() const { return Request(m_state); }
    // A claim on `state`'s operation only while its result is still to come (RequestSharing).
    static Request ifStillRunning(const std::shared_ptr<RequestState<T>> &state)
    {
        Request r;
        if (state) {
            if (auto subscription = state->trySubscribe()) {
                r.m_state = state;
                r.m_subscription = std::move(subscription);
            }
        }
        return r;
    }

    // KJob's kill(EmitResult): running work is asked to end early (its CancelToken says so) and
    // the result it ends with is still delivered. Work that takes no token just finishes.
    void stop()
    {
        if (m_state)
            m_state->requestStop();
    }

    // Gives up the result; the operation is aborted if no other claim remains. Idempotent.
    void kill()
    {
        if (m_state && m_subscription)
            m_state->unsubscribe(m_subscription);
        m_subscription.reset();
        m_state.reset();
    }

    bool isNull() const { return !m_state; }
    // Held, not finished and not aborted: the answer is still to come.
    bool isRunning() const { return m_state && !m_state->isFinished() && !m_state->isAborted(); }
    std::shared_ptr<RequestState<T>> state() const { return m_state; }

private:
    template <typename>
    friend class Request;

    // The answer of a chain on a null request (a programming slip): an error, never a hang.
    static ApiError nothingToChain()
    {
        return ApiError(ApiError::Service::Unknown, ApiError::Kind::Cancelled,
                        QStringLiteral("internal: a request was chained to nothing"));
    }

    std::shared_ptr<RequestState<T>> m_state;
    typename RequestState<T>::SubscriptionPtr m_subscription;
};

// Owns a request of any value type, for owners that keep requests of several kinds in one
// place (a list model's page and its extras): the same kill-on-drop lifetime as Request<T>.
class AnyRequest
{
public:
    AnyRequest() = default;
    template <typename T>
    AnyRequest(Request<T> &&request) // NOLINT(google-explicit-constructor): it is the same request
        : m_held(std::make_unique<Held<T>>(std::move(request)))
    {
    }
    AnyRequest(AnyRequest &&) noexcept = default;
    AnyRequest &operator=(AnyRequest &&other) noexcept
    {
        std::unique_ptr<Base> old = std::move(m_held); // killed after the new one is taken
        m_held = std::move(other.m_held);
        return *this;
    }

    void kill() { m_held.reset(); }
    bool isRunning() const { return m_held && m_held->isRunning(); }

private:
    struct Base
    {
        virtual ~Base() = default;
        virtual bool isRunning() const = 0;
    };
    template <typename T>
    struct Held : Base
    {
        explicit Held(Request<T> &&r) : request(std::move(r)) {}
        bool isRunning() const override { return request.isRunning(); }
        Request<T> request;
    };
    std::unique_ptr<Base> m_held;
};
