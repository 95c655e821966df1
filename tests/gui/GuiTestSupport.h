#pragma once
// Helpers the GUI tests share (test_gui is one program: one QApplication for every test file).

#include "case/Case.h"

#include <QApplication>
#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>
#include <catch2/catch.hpp>
#include <functional>
#include <memory>
#include <utility>

namespace tessera::guitest {

/// Makes the test run's one QApplication on first call (later calls do nothing): the offscreen platform unless
/// QT_QPA_PLATFORM is set (ctest sets offscreen; under xvfb-run it may be xcb), and QStandardPaths' test mode so
/// that settings stay out of the user's files. Never destroyed: a static QApplication's destructor runs after Qt
/// Gui's own statics are gone and crashes.
void ensureApp();

/// Saves a picture of `w` as NAME.png in $TESSERA_GUI_PREVIEW_DIR (made if missing); does nothing when it is unset.
void preview(QWidget& w, const QString& name);

/// Shows `w` and saves a picture of it as `file` in $TESSERA_SCREENSHOT_DIR; does nothing when it is unset.
void screenshot(QWidget* w, const QString& file);

/// The child of `w` of type T named `name`; fails the test (REQUIRE) when there is none.
template <typename T> T* child(QWidget* w, const char* name) {
    T* found = w->findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found);
    return found;
}

/// Calls `f` once with the next modal dialog of type D, from the event loop (while that dialog's exec() runs):
/// polls QApplication::activeModalWidget() every 10 ms from construction until then.
template <typename D> class Answer {
public:
    explicit Answer(std::function<void(D&)> f) : m_f(std::move(f)) {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            if (auto* d = qobject_cast<D*>(QApplication::activeModalWidget())) {
                m_timer.stop();
                m_answered = true;
                m_f(*d);
            }
        });
        m_timer.start();
    }
    /// Whether a dialog of type D was shown and handed to `f`.
    bool answered() const { return m_answered; }

private:
    std::function<void(D&)> m_f;
    QTimer m_timer;
    bool m_answered = false;
};

/// An open case "Operation Lantern" (display zone America/New_York, cheap test KDF) in a scratch folder, with one
/// offender (Marcus Webb) and one victim (Rosa Diaz, born `victimBirthDate` when given, an EDTF date). Makes the
/// QApplication first.
struct GuiCase {
    QTemporaryDir dir;
    QString path; ///< the case file, gui.tessera in `dir`
    std::unique_ptr<Case> c;
    qint64 offender = 0;
    qint64 victim = 0;

    explicit GuiCase(const QString& victimBirthDate = {});
    /// Records the victim's decision at a checkpoint (explained to them), with an optional note.
    void decide(const QString& point, const QString& decision, const QString& note = {});
    /// Writes `bytes` to `name` in the scratch folder; returns its path.
    QString file(const QString& name, const QByteArray& bytes) const;
};

/// Runs the event loop until `done` holds or `ms` milliseconds pass. Returns whether it held.
bool waitUntil(const std::function<bool()>& done, int ms = 5000);

/// Creates an empty case file `fileName` in `dir` with `title` (and `caseNumber` when given), test key-derivation
/// parameters and `passphrase`, and closes it. Returns its path.
QString makeClosedCase(const QTemporaryDir& dir, const QString& fileName, const QString& passphrase, const QString& title,
                       const QString& caseNumber = {});

} // namespace tessera::guitest
