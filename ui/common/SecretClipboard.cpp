#include "common/SecretClipboard.h"

#include "common/LintedTextEdit.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QCryptographicHash>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextDocumentFragment>
#include <QTimer>

namespace tessera {

namespace {

struct State {
    QByteArray clipboardHash; ///< SHA-256 of the text last copied to the clipboard; empty when none of ours is there
    QByteArray selectionHash; ///< the same for the X11 primary selection
    std::chrono::milliseconds delay{30000};
    QTimer* timer = nullptr;
};

State& state() {
    static State s;
    return s;
}

QByteArray hashOf(const QString& text) {
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

QMimeData* hintedMime(const QString& text) {
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(QString::fromLatin1(SecretClipboard::kHintMime), QByteArray(SecretClipboard::kHintValue));
    return mime;
}

/// The selected text of a protected field (the current cell of a view), and whether it is editable (for Cut).
QString selectedTextOf(QWidget* field) {
    if (auto* line = qobject_cast<QLineEdit*>(field))
        return line->echoMode() == QLineEdit::Normal ? line->selectedText() : QString();
    if (auto* plain = qobject_cast<QPlainTextEdit*>(field))
        return plain->textCursor().selection().toPlainText();
    if (auto* view = qobject_cast<QAbstractItemView*>(field)) {
        QStringList cells;
        const QModelIndexList rows =
            view->selectionModel() ? view->selectionModel()->selectedIndexes() : QModelIndexList{};
        if (rows.isEmpty() && view->currentIndex().isValid())
            return view->currentIndex().data(Qt::DisplayRole).toString();
        for (const QModelIndex& i : rows)
            cells << i.data(Qt::DisplayRole).toString();
        return cells.join(QLatin1Char('\t'));
    }
    return {};
}

void cutSelection(QWidget* field) {
    if (auto* line = qobject_cast<QLineEdit*>(field); line && !line->isReadOnly())
        line->del();
    else if (auto* plain = qobject_cast<QPlainTextEdit*>(field); plain && !plain->isReadOnly())
        plain->textCursor().removeSelectedText();
}

} // namespace

SecretClipboard& SecretClipboard::instance() {
    static auto* s = [] {
        auto* created = new SecretClipboard; // lives as long as the application
        // Safety net for copy paths the event filter does not see (a linted field's own context menu, a copy()
        // slot called by code): plain text that equals the focused protected field's selection gets the hint and
        // the clear timer at once.
        QObject::connect(QGuiApplication::clipboard(), &QClipboard::dataChanged, created, [] {
            QWidget* focus = QApplication::focusWidget();
            const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
            if (!focus || !isProtected(focus) || !mime || mime->hasFormat(QString::fromLatin1(kHintMime)))
                return;
            const QString text = mime->text();
            if (!text.isEmpty() && text == selectedTextOf(focus))
                copy(text);
        });
        return created;
    }();
    return *s;
}

void SecretClipboard::copy(const QString& text) {
    copyTo(text, false);
}

void SecretClipboard::copyTo(const QString& text, bool selectionOnly) {
    if (text.isEmpty())
        return;
    QClipboard* cb = QGuiApplication::clipboard();
    State& s = state();
    if (!selectionOnly) {
        cb->setMimeData(hintedMime(text), QClipboard::Clipboard);
        s.clipboardHash = hashOf(text);
    }
    if (cb->supportsSelection()) {
        cb->setMimeData(hintedMime(text), QClipboard::Selection);
        s.selectionHash = hashOf(text);
    }
    if (!s.timer) {
        s.timer = new QTimer(&instance());
        s.timer->setSingleShot(true);
        QObject::connect(s.timer, &QTimer::timeout, &instance(), [] { clearIfStillOurs(); });
    }
    s.timer->start(s.delay);
}

void SecretClipboard::clearIfStillOurs() {
    State& s = state();
    QClipboard* cb = QGuiApplication::clipboard();
    if (!s.clipboardHash.isEmpty() && hashOf(cb->text(QClipboard::Clipboard)) == s.clipboardHash)
        cb->clear(QClipboard::Clipboard);
    if (!s.selectionHash.isEmpty() && cb->supportsSelection() &&
        hashOf(cb->text(QClipboard::Selection)) == s.selectionHash)
        cb->clear(QClipboard::Selection);
    s.clipboardHash.clear();
    s.selectionHash.clear();
    if (s.timer)
        s.timer->stop();
}

void SecretClipboard::setClearDelay(std::chrono::milliseconds delay) {
    state().delay = delay;
}

std::chrono::milliseconds SecretClipboard::clearDelay() {
    return state().delay;
}

void SecretClipboard::protectField(QWidget* field) {
    field->setProperty("tesseraProtected", true);
    field->installEventFilter(&instance());
    if (auto* view = qobject_cast<QAbstractItemView*>(field))
        view->setContextMenuPolicy(Qt::DefaultContextMenu);
    if (auto* area = qobject_cast<QAbstractScrollArea*>(field)) // mouse and context-menu events reach the viewport
        area->viewport()->installEventFilter(&instance());
}

bool SecretClipboard::isProtected(const QWidget* field) {
    return field && field->property("tesseraProtected").toBool();
}

bool SecretClipboard::eventFilter(QObject* watched, QEvent* event) {
    QWidget* field = qobject_cast<QWidget*>(watched);
    if (field && !isProtected(field) && field->parentWidget() && isProtected(field->parentWidget()))
        field = field->parentWidget(); // an item view's viewport
    if (!field || !isProtected(field))
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        const bool isCopy = key->matches(QKeySequence::Copy);
        const bool isCut = key->matches(QKeySequence::Cut);
        if (!isCopy && !isCut)
            return false;
        if (event->type() == QEvent::ShortcutOverride) { // keep the key for the field, not a window shortcut
            event->accept();
            return true;
        }
        copy(selectedTextOf(field));
        if (isCut)
            cutSelection(field);
        return true;
    }
    case QEvent::ContextMenu: {
        if (qobject_cast<LintedTextEdit*>(field) || qobject_cast<LintedLineEdit*>(field))
            return false; // keep the writing prompts' menu; its Copy is caught by the clipboard safety net
        QMenu* menu = nullptr;
        if (auto* line = qobject_cast<QLineEdit*>(field))
            menu = line->createStandardContextMenu();
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(field))
            menu = plain->createStandardContextMenu();
        else
            menu = new QMenu(field);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<QWidget> target(field);
        bool replaced = false;
        for (QAction* a : menu->actions()) {
            const bool copyAction = a->objectName() == QLatin1String("edit-copy");
            const bool cutAction = a->objectName() == QLatin1String("edit-cut");
            if (!copyAction && !cutAction)
                continue;
            a->disconnect();
            connect(a, &QAction::triggered, &instance(), [target, cutAction] {
                if (!target)
                    return;
                copy(selectedTextOf(target));
                if (cutAction)
                    cutSelection(target);
            });
            replaced = true;
        }
        if (!replaced) { // an item view: one Copy action
            QAction* a = menu->addAction(tr("&Copy"));
            a->setObjectName(QStringLiteral("edit-copy"));
            a->setEnabled(!selectedTextOf(field).isEmpty());
            connect(a, &QAction::triggered, &instance(), [target] {
                if (target)
                    copy(selectedTextOf(target));
            });
        }
        menu->popup(static_cast<QContextMenuEvent*>(event)->globalPos());
        return true;
    }
    case QEvent::MouseButtonRelease: {
        // X11's primary selection: a mouse selection in a line or text edit is offered to other programs at once.
        QClipboard* cb = QGuiApplication::clipboard();
        if (cb->supportsSelection()) {
            QPointer<QWidget> target(field);
            QTimer::singleShot(0, &instance(), [target] {
                if (target && !selectedTextOf(target).isEmpty())
                    copyTo(selectedTextOf(target), true); // the selection only: the clipboard stays the person's
            });
        }
        return false;
    }
    default:
        return false;
    }
}

} // namespace tessera
