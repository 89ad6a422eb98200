// "All of these": one request for the results of several, in the order they were given. It
// fails with the first error, and then kills the others; killing it kills them all. The parts
// run at once, side by side (a routine's detail and its versions, say).
#pragma once

#include "app/async/Request.h"

#include <QMutex>

#include <tuple>
#include <vector>

namespace Requests {

namespace detail {
// The parts and what they answered. Owned by the join's abort action (so the parts live until
// the join ends); the parts' receivers hold it weakly.
template <typename Out, typename... T>
struct Join
{
    QMutex mutex;
    std::weak_ptr<RequestState<Out>> out;
    std::tuple<Request<T>...> parts;
    std::tuple<std::optional<T>...> values;
    bool failed = false;
};

template <typename J, typename Out, std::size_t... I>
void bindParts(const std::shared_ptr<J> &join, std::index_sequence<I...>)
{
    const auto bindOne = [&join](auto index) {
        constexpr std::size_t i = decltype(index)::value;
        using Value = typename std::tuple_element_t<i, decltype(join->parts)>::Value;
        std::get<i>(join->parts).whenDone([weak = std::weak_ptr<J>(join)](const ApiResult<Value> &r) {
            const auto j = weak.lock();
            if (!j)
                return;
            std::shared_ptr<RequestState<Out>> out;
            std::optional<ApiResult<Out>> result;
            {
                QMutexLocker lock(&j->mutex);
                out = j->out.lock();
                if (!out || j->failed)
                    return;
                if (!r.ok()) {
                    j->failed = true;
                    result = ApiResult<Out>(r.error());
                } else {
                    std::get<i>(j->values) = r.value();
                    if ((std::get<I>(j->values).has_value() && ...))
                        result = ApiResult<Out>(Out(*std::get<I>(j->values)...));
                }
            }
            if (result)
                out->finish(std::move(*result)); // outside the lock: it drops the join, and so the other parts
        });
    };
    (bindOne(std::integral_constant<std::size_t, I>{}), ...);
}
} // namespace detail

// The results of `parts...` as a tuple (a pair for two).
template <typename... T>
Request<std::tuple<T...>> all(Request<T>... parts)
{
    using Out = std::tuple<T...>;
    using J = detail::Join<Out, T...>;
    auto state = std::make_shared<RequestState<Out>>();
    Request<Out> handle(state);
    auto join = std::make_shared<J>();
    join->out = state;
    join->parts = std::make_tuple(std::move(parts)...);
    state->setAbortAction([join] {});
    detail::bindParts<J, Out>(join, std::index_sequence_for<T...>{});
    return handle;
}

// The results of `parts`, in their order.
template <typename T>
Request<QList<T>> all(std::vector<Request<T>> parts)
{
    struct Many
    {
        QMutex mutex;
        std::weak_ptr<RequestState<QList<T>>> out;
        std::vector<Request<T>> parts;
        std::vector<std::optional<T>> values;
        std::size_t missing = 0;
        bool failed = false;
    };
    auto state = std::make_shared<RequestState<QList<T>>>();
    Request<QList<T>> handle(state);
    if (parts.empty()) {
        state->finish(QList<T>());
        return handle;
    }
    auto many = std::make_shared<Many>();
    many->out = state;
    many->values.resize(parts.size());
    many->missing = parts.size();
    many->parts = std::move(parts);
    state->setAbortAction([many] {});
    for (std::size_t i = 0; i < many->parts.size(); ++i) {
        many->parts[i].whenDone([weak = std::weak_ptr<Many>(many), i](const ApiResult<T> &r) {
            const auto m = weak.lock();
            if (!m)
                return;
            std::shared_ptr<RequestState<QList<T>>> out;
            std::optional<ApiResult<QList<T>>> result;
            {
                QMutexLocker lock(&m->mutex);
                out = m->out.lock();
                if (!out || m->failed)
                    return;
                if (!r.ok()) {
                    m->failed = true;
                    result = ApiResult<QList<T>>(r.error());
                } else {
                    m->values[i] = r.value();
                    if (--m->missing == 0) {
                        QList<T> values;
                        for (const std::optional<T> &v : m->values)
                            values << *v;
                        result = ApiResult<QList<T>>(std::move(values));
                    }
                }
            }
            if (result)
                out->finish(std::move(*result));
        });
    }
    return handle;
}

} // namespace Requests
