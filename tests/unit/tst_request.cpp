// The request primitive's contract (net/Request.h), with a hand-driven producer: exactly one
// result, on the context's thread; kill, replace and drop all abort (the abort action runs once)
// and no answer arrives afterwards; shared claims keep the work alive until the last is dropped;
// map runs on the pool and its kill reaches upstream; sharing by key; followedBy and all; a kill
// reaches running pool work through its CancelToken, and stop() still delivers.
#include "app/async/Request.h"
#include "app/async/RequestJoin.h"
#include "app/async/RequestSharing.h"
#include "tests/support/HandDrivenRequest.h"

#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>

namespace {
using Work = HandDrivenRequest;

// Pool work that starts, waits for `release`, then counts until its token says stop (at most a million).
auto countUntilCancelled(QSemaphore &started, QSemaphore &release)
{
    return [&started, &release](const CancelToken &cancel) -> ApiResult<int> {
        started.release();
        release.acquire();
        int steps = 0;
        while (!cancel.isCancelled() && steps < 1000000)
            ++steps;
        return steps;
    };
}

ApiError failure()
{
    return ApiError(ApiError::Service::Esa, ApiError::Kind::Http, QStringLiteral("refused"));
}
} // namespace

class TestRequest : public QObject
{
    Q_OBJECT

private slots:
    void deliversOnceOnTheContextThread();
    void deliveryIsQueuedEvenWhenAlreadyFinished();
    void killAbortsAndNothingArrives();
    void killAfterFinishIsHarmless();
    void replacingAbortsTheOldOne();
    void droppingAbortsAtOnce();
    void sharedClaimsAbortWithTheLast();
    void deadContextGetsNothing();
    void producerStopsWhenAbortedBeforeItStarts();
    void mapRunsOnThePoolAndKillReachesUpstream();
    void mapPassesErrorsThrough();
    void onPoolRunsOffThisThreadAndNeverAfterKill();
    void receiverMayReplaceItsOwnRequest();
    void sharingJoinsLiveWorkOnly();
    void anyRequestOwnsAndKills();
    void chainsOnNothingResolve();
    void sharingNeverJoinsAnAbortedState();
    void followedByChainsAndPassesErrors();
    void followedByKillReachesEitherStage();
    void allJoinsInOrderAndFailsWithTheFirstError();
    void allKilledKillsEveryPart();
    void killReachesRunningPoolWork();
    void stopEndsPoolWorkEarlyAndStillDelivers();
};

void TestRequest::deliversOnceOnTheContextThread()
{
    Work work;
    QObject context;
    QList<int> got;
    const QThread *deliveredOn = nullptr;
    Request<int> r = work.request().then(&context, [&](const ApiResult<int> &v) {
        got << v.value();
        deliveredOn = QThread::currentThread();
    });
    QVERIFY(r.isRunning());
    // Finished from another thread, twice: only the first counts.
    QThread producer;
    producer.start();
    QMetaObject::invokeMethod(&context, [] {}); // nothing pending yet
    bool second = true;
    QObject worker;
    worker.moveToThread(&producer);
    QMetaObject::invokeMethod(&worker, [&] {
        work.state->finish(7);
        second = work.state->finish(8);
    }, Qt::BlockingQueuedConnection);
    producer.quit();
    producer.wait();
    QVERIFY(!second);
    QVERIFY(got.isEmpty()); // never synchronously
    QTRY_COMPARE(got, QList<int>{7});
    QCOMPARE(deliveredOn, QThread::currentThread());
    QVERIFY(!r.isRunning());
    QCOMPARE(work.aborts->load(), 0);
    QCoreApplication::processEvents();
    QCOMPARE(got.size(), 1);
}

void TestRequest::deliveryIsQueuedEvenWhenAlreadyFinished()
{
    QObject context;
    int got = 0;
    Request<int> r = Request<int>::fromResult(5).then(&context, [&](const ApiResult<int> &v) { got = v.value(); });
    QCOMPARE(got, 0);
    QTRY_COMPARE(got, 5);
}

void TestRequest::killAbortsAndNothingArrives()
{
    Work work;
    QObject context;
    bool ran = false;
    Request<int> r = work.request().then(&context, [&](const ApiResult<int> &) { ran = true; });
    r.kill();
    QCOMPARE(work.aborts->load(), 1);
    QVERIFY(work.state->isAborted());
    QVERIFY(!work.state->finish(1)); // a late answer is refused at the source
    r.kill();                        // idempotent
    QCOMPARE(work.aborts->load(), 1);
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

void TestRequest::killAfterFinishIsHarmless()
{
    Work work;
    QObject context;
    bool ran = false;
    Request<int> r = work.request().then(&context, [&](const ApiResult<int> &) { ran = true; });
    work.state->finish(3);
    r.kill(); // before the queued delivery ran: the answer is no longer wanted
    QCoreApplication::processEvents();
    QVERIFY(!ran);
    QCOMPARE(work.aborts->load(), 0); // finished work is not aborted
}

void TestRequest::replacingAbortsTheOldOne()
{
    Work a, b;
    QObject context;
    QList<int> got;
    Request<int> r = a.request().then(&context, [&](const ApiResult<int> &v) { got << v.value(); });
    r = b.request().then(&context, [&](const ApiResult<int> &v) { got << v.value(); });
    QCOMPARE(a.aborts->load(), 1);
    QCOMPARE(b.aborts->load(), 0);
    a.state->finish(1);
    b.state->finish(2);
    QTRY_COMPARE(got, QList<int>{2});
}

void TestRequest::droppingAbortsAtOnce()
{
    Work work;
    {
        QObject context;
        Request<int> r = work.request().then(&context, [](const ApiResult<int> &) {});
    }
    QCOMPARE(work.aborts->load(), 1);
    // An unbound request dropped is aborted too.
    Work unbound;
    { Request<int> r = unbound.request(); }
    QCOMPARE(unbound.aborts->load(), 1);
}

void TestRequest::sharedClaimsAbortWithTheLast()
{
    Work work;
    QObject context;
    int answers = 0;
    Request<int> first = work.request().then(&context, [&](const ApiResult<int> &) { ++answers; });
    Request<int> second = first.share().then(&context, [&](const ApiResult<int> &) { ++answers; });
    QCOMPARE(work.state->subscriberCount(), 2);
    first.kill();
    QCOMPARE(work.aborts->load(), 0);
    work.state->finish(1);
    QTRY_COMPARE(answers, 1);
    QCoreApplication::processEvents();
    QCOMPARE(answers, 1); // the killed claim got nothing

    Work other;
    Request<int> x = other.request();
    Request<int> y = x.share();
    x.kill();
    QCOMPARE(other.aborts->load(), 0);
    y.kill();
    QCOMPARE(other.aborts->load(), 1);
}

void TestRequest::deadContextGetsNothing()
{
    Work work;
    bool ran = false;
    Request<int> r;
    {
        QObject context;
        r = work.request().then(&context, [&](const ApiResult<int> &) { ran = true; });
        work.state->finish(1); // the delivery is posted to `context`...
    }                          // ...which dies before it runs
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

void TestRequest::producerStopsWhenAbortedBeforeItStarts()
{
    auto state = std::make_shared<RequestState<int>>();
    { Request<int> r(state); }
    QVERIFY(state->isAborted());
    bool abortRan = false;
    QVERIFY(!state->setAbortAction([&] { abortRan = true; })); // the producer learns it is not wanted
    QVERIFY(!abortRan);
}

void TestRequest::mapRunsOnThePoolAndKillReachesUpstream()
{
    Work work;
    QObject context;
    std::atomic<const QThread *> mappedOn{nullptr};
    int got = 0;
    Request<QString> r = work.request()
                                 .map([&mappedOn](const ApiResult<int> &v) {
                                     mappedOn = QThread::currentThread();
                                     return ApiResult<QString>(QString::number(v.value() * 2));
                                 })
                                 .then(&context, [&](const ApiResult<QString> &v) { got = v.value().toInt(); });
    work.state->finish(21);
    QTRY_COMPARE(got, 42);
    QVERIFY(mappedOn.load() && mappedOn.load() != QThread::currentThread());

    Work upstream;
    bool ran = false;
    Request<QString> mapped = upstream.request()
                                      .map([](const ApiResult<int> &v) { return ApiResult<QString>(QString::number(v.value())); })
                                      .then(&context, [&](const ApiResult<QString> &) { ran = true; });
    mapped.kill();
    QCOMPARE(upstream.aborts->load(), 1); // the kill went all the way up
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

void TestRequest::mapPassesErrorsThrough()
{
    Work work;
    QObject context;
    std::optional<ApiResult<QString>> got;
    Request<QString> r = work.request()
                                 .map([](const ApiResult<int> &v) -> ApiResult<QString> {
                                     if (!v.ok())
                                         return v.error();
                                     return QString();
                                 })
                                 .then(&context, [&](const ApiResult<QString> &v) { got = v; });
    work.state->finish(failure());
    QTRY_VERIFY(got.has_value());
    QVERIFY(!got->ok());
    QCOMPARE(got->error().message, QStringLiteral("refused"));
}

void TestRequest::onPoolRunsOffThisThreadAndNeverAfterKill()
{
    QObject context;
    std::atomic<const QThread *> ranOn{nullptr};
    int got = 0;
    Request<int> r = Request<int>::onPool([&ranOn] {
                         ranOn = QThread::currentThread();
                         return ApiResult<int>(9);
                     }).then(&context, [&](const ApiResult<int> &v) { got = v.value(); });
    QTRY_COMPARE(got, 9);
    QVERIFY(ranOn.load() != QThread::currentThread());

    // Killed before the pool gets to it: the work never runs. The pool is kept busy meanwhile.
    QSemaphore hold;
    for (int i = 0; i < QThreadPool::globalInstance()->maxThreadCount(); ++i)
        QThreadPool::globalInstance()->start([&hold] { hold.acquire(); });
    std::atomic<bool> workRan{false};
    Request<int> never = Request<int>::onPool([&workRan] {
        workRan = true;
        return ApiResult<int>(1);
    });
    never.kill();
    hold.release(QThreadPool::globalInstance()->maxThreadCount());
    QVERIFY(QThreadPool::globalInstance()->waitForDone(5000));
    QVERIFY(!workRan);
}

void TestRequest::receiverMayReplaceItsOwnRequest()
{
    Work a, b;
    QObject context;
    QList<int> got;
    Request<int> r;
    r = a.request().then(&context, [&](const ApiResult<int> &v) {
        got << v.value();
        r = b.request().then(&context, [&](const ApiResult<int> &w) { got << w.value(); });
    });
    a.state->finish(1);
    QTRY_COMPARE(got.size(), 1);
    b.state->finish(2);
    QTRY_COMPARE(got, (QList<int>{1, 2}));
    QCOMPARE(a.aborts->load(), 0);
}

void TestRequest::sharingJoinsLiveWorkOnly()
{
    RequestSharing sharing;
    int started = 0;
    std::vector<Work> works(3);
    const auto start = [&] { return works.at(started++).request(); };
    Request<int> first = sharing.obtain<int>(QStringLiteral("k"), start);
    Request<int> second = sharing.obtain<int>(QStringLiteral("k"), start);
    Request<int> other = sharing.obtain<int>(QStringLiteral("other"), start);
    QCOMPARE(started, 2);
    QCOMPARE(sharing.liveCount(), 2);
    QCOMPARE(first.state(), second.state());
    // Finished work is never joined: the next ask starts anew.
    works.at(0).state->finish(1);
    Request<int> third = sharing.obtain<int>(QStringLiteral("k"), start);
    QCOMPARE(started, 3);
    QVERIFY(third.state() != first.state());
    // The same key with another value type is other work.
    int strings = 0;
    Request<QString> s = sharing.obtain<QString>(QStringLiteral("k"), [&] {
        ++strings;
        return Request<QString>::fromResult(QString());
    });
    QCOMPARE(strings, 1);
}

void TestRequest::anyRequestOwnsAndKills()
{
    Work work;
    AnyRequest any = work.request();
    QVERIFY(any.isRunning());
    Work next;
    any = next.request(); // replaced: the first is aborted
    QCOMPARE(work.aborts->load(), 1);
    any.kill();
    QCOMPARE(next.aborts->load(), 1);
    QVERIFY(!any.isRunning());
}

// A chain hung off a null request once never resolved: its owner waited forever.
void TestRequest::chainsOnNothingResolve()
{
    QObject context;
    int mapped = 0, followed = 0;
    Request<QString> m = Request<int>()
                                 .map([](const ApiResult<int> &) { return ApiResult<QString>(QString()); })
                                 .then(&context, [&](const ApiResult<QString> &r) { mapped = r.ok() ? 1 : 2; });
    Request<QString> f = Request<int>()
                                 .followedBy([](const int &) { return Request<QString>::fromResult(QString()); })
                                 .then(&context, [&](const ApiResult<QString> &r) { followed = r.ok() ? 1 : 2; });
    QTRY_COMPARE(mapped, 2);
    QTRY_COMPARE(followed, 2);
    // The same when what follows is nothing: the chain ends with the error, it never hangs.
    int nothingNext = 0;
    Request<QString> n = Request<int>::fromResult(1)
                                 .followedBy([](const int &) { return Request<QString>(); })
                                 .then(&context, [&](const ApiResult<QString> &r) { nothingNext = r.ok() ? 1 : 2; });
    QTRY_COMPARE(nothingNext, 2);
}

// The last claim dropped (the operation aborted) while its state is still alive somewhere: a
// second ask must start anew, not subscribe to what will never answer.
void TestRequest::sharingNeverJoinsAnAbortedState()
{
    RequestSharing sharing;
    std::vector<Work> works(2);
    int started = 0;
    const auto start = [&] { return works.at(started++).request(); };
    std::shared_ptr<RequestState<int>> kept;
    {
        Request<int> first = sharing.obtain<int>(QStringLiteral("k"), start);
        kept = first.state(); // alive, as it is while another thread is in the middle of aborting it
    }
    QVERIFY(kept->isAborted());
    QVERIFY(Request<int>::ifStillRunning(kept).isNull());
    QObject context;
    int got = 0;
    Request<int> second = sharing.obtain<int>(QStringLiteral("k"), start).then(&context, [&](const ApiResult<int> &r) { got = r.value(); });
    QCOMPARE(started, 2);
    works.at(1).state->finish(7);
    QTRY_COMPARE(got, 7);
}

void TestRequest::followedByChainsAndPassesErrors()
{
    QObject context;
    Work first, second;
    int seen = 0;
    QString got;
    Request<QString> r = first.request()
                                 .followedBy([&](const int &v) {
                                     seen = v;
                                     return second.request().map([](const ApiResult<int> &w) {
                                         return ApiResult<QString>(QString::number(w.value()));
                                     });
                                 })
                                 .then(&context, [&](const ApiResult<QString> &v) { got = v.value(); });
    first.state->finish(1);
    QCOMPARE(seen, 1); // the next request starts on the thread that finished the first
    second.state->finish(2);
    QTRY_COMPARE(got, QStringLiteral("2"));

    Work failing;
    bool nextAsked = false;
    ApiError error;
    Request<int> e = failing.request()
                             .followedBy([&](const int &) {
                                 nextAsked = true;
                                 return Request<int>::fromResult(0);
                             })
                             .then(&context, [&](const ApiResult<int> &v) { error = v.error(); });
    failing.state->finish(failure());
    QTRY_COMPARE(error.kind, ApiError::Kind::Http);
    QVERIFY(!nextAsked);
}

void TestRequest::followedByKillReachesEitherStage()
{
    QObject context;
    Work first;
    bool ran = false;
    Request<int> r = first.request()
                             .followedBy([](const int &) { return Request<int>::fromResult(0); })
                             .then(&context, [&](const ApiResult<int> &) { ran = true; });
    r.kill();
    QCOMPARE(first.aborts->load(), 1);

    Work head, tail;
    Request<int> s = head.request()
                             .followedBy([&](const int &) { return tail.request(); })
                             .then(&context, [&](const ApiResult<int> &) { ran = true; });
    head.state->finish(1);
    QCOMPARE(tail.state->subscriberCount(), 1);
    s.kill();
    QCOMPARE(tail.aborts->load(), 1); // the second stage, on its way, is aborted too
    QCoreApplication::processEvents();
    QVERIFY(!ran);
}

void TestRequest::allJoinsInOrderAndFailsWithTheFirstError()
{
    QObject context;
    Work a, b;
    std::optional<std::tuple<int, QString>> got;
    Request<std::tuple<int, QString>> both =
            Requests::all(a.request(), b.request().map([](const ApiResult<int> &v) { return ApiResult<QString>(QString::number(v.value())); }))
                    .then(&context, [&](const ApiResult<std::tuple<int, QString>> &r) { got = r.value(); });
    b.state->finish(2);
    a.state->finish(1);
    QTRY_VERIFY(got.has_value());
    QCOMPARE(std::get<0>(*got), 1);
    QCOMPARE(std::get<1>(*got), QStringLiteral("2"));

    std::vector<Work> parts(3);
    std::vector<Request<int>> requests;
    for (const Work &w : parts)
        requests.push_back(w.request());
    ApiError error;
    Request<QList<int>> many = Requests::all(std::move(requests)).then(&context, [&](const ApiResult<QList<int>> &r) { error = r.error(); });
    parts.at(0).state->finish(0);
    parts.at(1).state->finish(failure());
    QTRY_COMPARE(error.kind, ApiError::Kind::Http);
    QCOMPARE(parts.at(2).aborts->load(), 1); // the first error ends the join, and the others with it
    QCOMPARE(parts.at(0).aborts->load(), 0);

    QList<int> none{-1};
    Request<QList<int>> empty = Requests::all(std::vector<Request<int>>()).then(&context, [&](const ApiResult<QList<int>> &r) { none = r.value(); });
    QTRY_VERIFY(none.isEmpty());
}

void TestRequest::allKilledKillsEveryPart()
{
    QObject context;
    Work a, b;
    Request<std::tuple<int, int>> both = Requests::all(a.request(), b.request()).then(&context, [](const auto &) {});
    a.state->finish(1);
    both.kill();
    QCOMPARE(a.aborts->load(), 0); // finished: nothing to abort
    QCOMPARE(b.aborts->load(), 1);
}

// A kill reaches work already running on the pool: its token says so, and it stops at its next check.
void TestRequest::killReachesRunningPoolWork()
{
    QSemaphore started, release;
    std::atomic<int> stepsAfterKill{-1};
    QObject context;
    bool delivered = false;
    Request<int> r = Request<int>::onPool([&, work = countUntilCancelled(started, release)](const CancelToken &cancel) {
                         const ApiResult<int> steps = work(cancel);
                         stepsAfterKill = steps.value();
                         return steps;
                     }).then(&context, [&](const ApiResult<int> &) { delivered = true; });
    QVERIFY(started.tryAcquire(1, 10000));
    r.kill();
    release.release();
    QTRY_COMPARE(stepsAfterKill.load(), 0);
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(!delivered);
    QVERIFY(!CancelToken().isCancelled());
}

// KJob's kill(EmitResult): the work ends early and says how far it got.
void TestRequest::stopEndsPoolWorkEarlyAndStillDelivers()
{
    QSemaphore started, release;
    QObject context;
    std::optional<int> got;
    Request<int> r = Request<int>::onPool(countUntilCancelled(started, release)).then(&context, [&](const ApiResult<int> &v) { got = v.value(); });
    QVERIFY(started.tryAcquire(1, 10000));
    r.stop();
    release.release();
    QTRY_VERIFY(got.has_value());
    QCOMPARE(*got, 0);
}

QTEST_GUILESS_MAIN(TestRequest)
#include "tst_request.moc"
