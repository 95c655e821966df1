#include "lock/DraftKeeper.h"

#include "common/LintedTextEdit.h"

#include <QApplication>
#include <QHash>
#include <QMainWindow>
#include <QStackedWidget>
#include <QStringList>
#include <QTabWidget>

namespace tessera {

namespace {

QString nameOf(const QObject* o) {
    return o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
}

/// The free-text fields of `window` (not of other windows parented to it), each with its objectName path.
QVector<QPair<QWidget*, QString>> fieldsOf(QWidget* window) {
    QVector<QPair<QWidget*, QString>> out;
    QHash<QString, int> seen;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !(qobject_cast<LintedTextEdit*>(w) || qobject_cast<LintedLineEdit*>(w)))
            continue;
        QStringList parts;
        for (const QWidget* p = w; p && p != window; p = p->parentWidget())
            parts.prepend(nameOf(p));
        QString path = parts.join(QLatin1Char('/'));
        const int n = ++seen[path];
        if (n > 1) // two unnamed fields in one place: told apart by their order
            path += QStringLiteral("#%1").arg(n);
        out.append({w, path});
    }
    return out;
}

/// The field's text and whether the person changed it.
QPair<QString, bool> textOf(QWidget* field) {
    if (auto* t = qobject_cast<LintedTextEdit*>(field))
        return {t->toPlainText(), t->document()->isModified()};
    if (auto* l = qobject_cast<LintedLineEdit*>(field))
        return {l->text(), l->isModified()};
    return {};
}

} // namespace

QString DraftKeeper::windowKey(const QWidget* window) {
    return nameOf(window);
}

QString DraftKeeper::windowContext(const QWidget* window) {
    return qobject_cast<const QMainWindow*>(window) ? QString() : window->windowTitle();
}

bool DraftKeeper::belongsTo(const Draft& draft, const QWidget* window) {
    return draft.window == windowKey(window) && draft.context == windowContext(window);
}

QVector<Draft> DraftKeeper::collect() {
    QVector<Draft> out;
    for (QWidget* top : QApplication::topLevelWidgets()) {
        if (!top->isVisible() && !qobject_cast<QMainWindow*>(top))
            continue;
        for (const auto& [field, path] : fieldsOf(top)) {
            const auto [text, modified] = textOf(field);
            if (text.isEmpty() || !modified)
                continue;
            Draft d;
            d.window = windowKey(top);
            d.context = windowContext(top);
            d.field = path;
            d.label = field->accessibleName();
            d.text = text;
            out.append(d);
        }
    }
    return out;
}

void DraftKeeper::clearFields(QWidget* window) {
    for (const auto& [field, path] : fieldsOf(window)) {
        if (auto* t = qobject_cast<LintedTextEdit*>(field)) {
            t->clear();
            t->document()->clearUndoRedoStacks(); // the undo history holds the text too
            t->document()->setModified(false);
        } else if (auto* l = qobject_cast<LintedLineEdit*>(field)) {
            l->setText(QString()); // setText (not clear) also drops the undo history
            l->setModified(false);
        }
    }
}

namespace {
/// Brings the tab page that holds `field` to the front in every QTabWidget around it, so text put back is in view
/// (a window restarted into the lock screen starts on its first tabs).
void revealField(QWidget* field) {
    for (QWidget* w = field; w && !w->isWindow(); w = w->parentWidget())
        if (auto* pages = qobject_cast<QStackedWidget*>(w->parentWidget()))
            if (auto* tabs = qobject_cast<QTabWidget*>(pages->parentWidget()); tabs && tabs->indexOf(w) >= 0)
                tabs->setCurrentWidget(w);
}
} // namespace

QVector<qint64> DraftKeeper::restoreInto(QWidget* window, const QVector<Draft>& drafts) {
    QVector<qint64> used;
    const auto fields = fieldsOf(window);
    for (const Draft& d : drafts) {
        if (!belongsTo(d, window))
            continue;
        for (const auto& [field, path] : fields) {
            if (path != d.field)
                continue;
            if (auto* t = qobject_cast<LintedTextEdit*>(field)) {
                t->setPlainText(d.text);
                t->document()->setModified(true);
                t->moveCursor(QTextCursor::End);
            } else if (auto* l = qobject_cast<LintedLineEdit*>(field)) {
                l->setText(d.text);
                l->setModified(true);
            }
            revealField(field);
            used.append(d.id);
            break;
        }
    }
    return used;
}

} // namespace tessera
