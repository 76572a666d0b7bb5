#pragma once
// Runs slow core calls (key derivation, backups, checks) off the UI thread and hands the
// result, or the exception, back on the UI thread.

#include <QEventLoop>
#include <QFutureWatcher>
#include <QObject>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

#include <exception>
#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

namespace xinan::ui {

// What the worker produced: a value, or the exception it threw (rethrow() on the UI thread).
template<typename R> struct Outcome
{
    std::optional<R> value;
    std::exception_ptr error;

    R take()
    {
        if (error)
            std::rethrow_exception(error);
        return std::move(*value);
    }
};

// Calls work() on a worker thread, then done(Outcome<R>&) on receiver's thread. When the
// receiver is destroyed first, done is not called; work() must therefore own everything it
// uses (capture by value, secrets in shared_ptr).
template<typename Work, typename Done> void runInBackground(QObject *receiver, Work work, Done done)
{
    using R = std::invoke_result_t<Work &>;
    auto outcome = std::make_shared<Outcome<R>>();
    auto *watcher = new QFutureWatcher<void>(receiver);
    QObject::connect(watcher, &QFutureWatcher<void>::finished, receiver, [watcher, outcome, done]() mutable {
        watcher->deleteLater();
        done(*outcome);
    });
    watcher->setFuture(QtConcurrent::run([work, outcome]() mutable {
        try {
            outcome->value.emplace(work());
        } catch (...) {
            outcome->error = std::current_exception();
        }
    }));
}

// Calls work() on a worker thread while a window-modal busy dialog with `label` blocks
// `parent`; returns its result or rethrows its exception. For actions on the open database,
// which nothing else may use meanwhile.
template<typename Work> auto runWithBusyDialog(QWidget *parent, const QString &label, Work work) -> std::invoke_result_t<Work &>
{
    using R = std::invoke_result_t<Work &>;
    QProgressDialog progress(label, QString(), 0, 0, parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setMinimumWidth(360);
    progress.show();
    QEventLoop loop;
    std::optional<Outcome<R>> result;
    runInBackground(&loop, work, [&](Outcome<R> &outcome) {
        result.emplace(std::move(outcome));
        loop.quit();
    });
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    progress.close();
    return result->take();
}

} // namespace xinan::ui
