#include "common/LintedTextEdit.h"

#include <QAbstractTextDocumentLayout>
#include <QContextMenuEvent>
#include <QCoreApplication>
#include <QHelpEvent>
#include <QInputMethodEvent>
#include <QMenu>
#include <QPointer>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>
#include <QToolTip>

#include <algorithm>
#include <memory>

namespace tessera {
namespace {

const char* const kNotProseProperty = "tesseraNotProse";

struct PromptState {
    QString profile;
    std::unique_ptr<language::Linter> linter;
};

PromptState& state() {
    static PromptState s;
    return s;
}

QTextCharFormat findingFormat(const language::Finding& f) {
    QTextCharFormat format;
    format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    // Amber for wording the guides say to avoid, blue for a prompt to check: never red, which reads as an error.
    format.setUnderlineColor(f.severity == language::Severity::Warning ? QColor(0xd9, 0x7a, 0x00) : QColor(0x1f, 0x6f, 0xd1));
    return format;
}

/// Keeps only the findings that do not overlap [from, to), then adds `fresh`, ordered by start.
void replaceRange(QVector<language::Finding>& all, qsizetype from, qsizetype to, const QVector<language::Finding>& fresh) {
    all.erase(std::remove_if(all.begin(), all.end(),
                             [&](const language::Finding& f) { return f.end > from && f.start < to; }),
              all.end());
    all += fresh;
    std::sort(all.begin(), all.end(), [](const language::Finding& a, const language::Finding& b) { return a.start < b.start; });
}

QString escaped(const QString& s) { return s.toHtmlEscaped(); }

} // namespace

const language::Linter& WritingPrompts::linter() {
    PromptState& s = state();
    if (!s.linter)
        s.linter = std::make_unique<language::Linter>(language::LanguageRules::builtIn(), s.profile);
    return *s.linter;
}

void WritingPrompts::setProfile(const QString& profile) {
    auto fresh = std::make_unique<language::Linter>(language::LanguageRules::builtIn(), profile);
    state().linter = std::move(fresh);
    state().profile = profile;
}

QString WritingPrompts::profile() { return state().profile; }

QString WritingPrompts::toolTipFor(const language::Finding& f) {
    QString html = QStringLiteral("<p><b>%1</b> — %2</p>")
                       .arg(escaped(f.text.simplified()),
                            f.severity == language::Severity::Warning
                                ? QCoreApplication::translate("WritingPrompts", "wording to reconsider")
                                : QCoreApplication::translate("WritingPrompts", "worth a second look"));
    if (f.inQuote)
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(QCoreApplication::translate("WritingPrompts",
                                                     "Inside quotation marks: if these are the person's own words, keep them."));
    if (!f.why.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(f.why));
    QStringList replacements, guidance;
    for (const QString& s : f.suggestions)
        (language::isReplacementSuggestion(s) ? replacements : guidance) << escaped(s);
    if (!replacements.isEmpty())
        html += QStringLiteral("<p>%1 %2</p>")
                    .arg(QCoreApplication::translate("WritingPrompts", "Consider:"), replacements.join(QStringLiteral(" · ")));
    for (const QString& g : guidance)
        html += QStringLiteral("<p>%1</p>").arg(g);
    if (!f.source.isEmpty())
        html += QStringLiteral("<p><small>%1 %2</small></p>")
                    .arg(QCoreApplication::translate("WritingPrompts", "Source:"), escaped(f.source));
    return html;
}

void markNotProse(QWidget* edit) {
    if (edit)
        edit->setProperty(kNotProseProperty, true);
}

bool isMarkedNotProse(const QWidget* widget) { return widget && widget->property(kNotProseProperty).toBool(); }

void addSuggestionActions(QMenu* menu, const language::Finding& finding, const std::function<void(const QString&)>& apply) {
    QAction* before = menu->actions().isEmpty() ? nullptr : menu->actions().first();
    QList<QAction*> added;
    for (const QString& s : finding.suggestions) {
        if (!language::isReplacementSuggestion(s))
            continue;
        auto* a = new QAction(QCoreApplication::translate("WritingPrompts", "Replace with “%1”").arg(s), menu);
        QObject::connect(a, &QAction::triggered, menu, [apply, s] { apply(s); });
        added << a;
    }
    QString why = finding.why;
    if (why.size() > 90)
        why = why.left(88) + QStringLiteral("…");
    if (!why.isEmpty()) {
        auto* info = new QAction(why, menu);
        info->setEnabled(false);
        added << info;
    }
    if (added.isEmpty())
        return;
    menu->insertActions(before, added);
    menu->insertSeparator(before);
}

// ---- LintedTextEdit ----------------------------------------------------------------------------------------------

LintedTextEdit::LintedTextEdit(QWidget* parent) : QPlainTextEdit(parent), m_timer(new QTimer(this)) {
    m_timer->setSingleShot(true);
    m_timer->setInterval(80);
    connect(m_timer, &QTimer::timeout, this, &LintedTextEdit::runCheck);
    connect(document(), &QTextDocument::contentsChange, this, &LintedTextEdit::onContentsChange);
    setTabChangesFocus(true);
}

void LintedTextEdit::onContentsChange(int position, int removed, int added) {
    // Drop what the edit removed (old positions: a pure deletion, such as the clear() inside setPlainText(), adds
    // nothing, so the check below would miss it), shift what lies after it, drop what it touched, and remember the
    // span to re-check.
    m_findings.erase(std::remove_if(m_findings.begin(), m_findings.end(),
                                    [&](const language::Finding& f) {
                                        return removed > 0 && f.start < position + removed && f.end > position;
                                    }),
                     m_findings.end());
    const int delta = added - removed;
    for (language::Finding& f : m_findings) {
        if (f.start >= position + removed) {
            f.start += delta;
            f.end += delta;
        }
    }
    m_findings.erase(std::remove_if(m_findings.begin(), m_findings.end(),
                                    [&](const language::Finding& f) {
                                        return f.start < position + added && f.end > position;
                                    }),
                     m_findings.end());
    if (m_dirtyFrom >= 0) {
        if (m_dirtyTo >= position + removed)
            m_dirtyTo += delta;
        m_dirtyFrom = std::min(m_dirtyFrom, position);
        m_dirtyTo = std::max(m_dirtyTo, position + added);
    } else {
        m_dirtyFrom = position;
        m_dirtyTo = position + added;
    }
    m_timer->start();
}

void LintedTextEdit::relintNow() {
    if (m_timer->isActive() || m_dirtyFrom >= 0) {
        m_timer->stop();
        runCheck();
    }
}

void LintedTextEdit::relintAll() {
    m_dirtyFrom = 0;
    m_dirtyTo = document()->characterCount();
    relintNow();
}

void LintedTextEdit::runCheck() {
    const QString text = toPlainText();
    if (m_dirtyFrom < 0)
        return;
    const qsizetype from = std::clamp<qsizetype>(m_dirtyFrom, 0, text.size());
    const qsizetype to = std::clamp<qsizetype>(m_dirtyTo, from, text.size());
    m_dirtyFrom = m_dirtyTo = -1;
    const language::RangeResult result = WritingPrompts::linter().checkRange(text, from, to);
    replaceRange(m_findings, result.from, result.to, result.findings);
    paintFindings();
    emit findingsChanged(static_cast<int>(m_findings.size()));
}

void LintedTextEdit::paintFindings() {
    QList<QTextEdit::ExtraSelection> selections;
    selections.reserve(m_findings.size());
    for (const language::Finding& f : m_findings) {
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(document());
        sel.cursor.setPosition(static_cast<int>(f.start));
        sel.cursor.setPosition(static_cast<int>(f.end), QTextCursor::KeepAnchor);
        sel.format = findingFormat(f);
        selections << sel;
    }
    setExtraSelections(selections);
}

const language::Finding* LintedTextEdit::findingAt(int position) const {
    for (const language::Finding& f : m_findings)
        if (position >= f.start && position <= f.end)
            return &f;
    return nullptr;
}

bool LintedTextEdit::applySuggestion(int position, const QString& replacement) {
    relintNow();
    const language::Finding* f = findingAt(position);
    if (!f)
        return false;
    QTextCursor c(document());
    c.setPosition(static_cast<int>(f->start));
    c.setPosition(static_cast<int>(f->end), QTextCursor::KeepAnchor);
    const int start = static_cast<int>(f->start);
    c.beginEditBlock();
    c.insertText(replacement);
    c.endEditBlock();
    // A placeholder such as "[suspect]" is selected, so typing fills it in.
    const int open = replacement.indexOf(QLatin1Char('['));
    const int close = open >= 0 ? replacement.indexOf(QLatin1Char(']'), open) : -1;
    if (close > open) {
        c.setPosition(start + open);
        c.setPosition(start + close + 1, QTextCursor::KeepAnchor);
    }
    setTextCursor(c);
    relintNow();
    return true;
}

bool LintedTextEdit::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        relintNow();
        const QPoint viewportPos = viewport()->mapFrom(this, help->pos());
        const QTextCursor c = cursorForPosition(viewportPos);
        // cursorForPosition snaps to the nearest character; require the point to be on the line's text.
        if (const language::Finding* f = findingAt(c.position()); f && cursorRect(c).adjusted(-40, -2, 40, 2).contains(viewportPos)) {
            QToolTip::showText(help->globalPos(), WritingPrompts::toolTipFor(*f), this);
            return true;
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return QPlainTextEdit::event(e);
}

void LintedTextEdit::contextMenuEvent(QContextMenuEvent* e) {
    relintNow();
    std::unique_ptr<QMenu> menu(createStandardContextMenu(e->pos()));
    const QTextCursor c = cursorForPosition(viewport()->mapFrom(this, e->pos()));
    if (const language::Finding* f = findingAt(c.position())) {
        const int position = static_cast<int>(f->start);
        QPointer<LintedTextEdit> self(this);
        addSuggestionActions(menu.get(), *f, [self, position](const QString& s) {
            if (self)
                self->applySuggestion(position, s);
        });
    }
    menu->exec(e->globalPos());
}

// ---- LintedLineEdit ----------------------------------------------------------------------------------------------

LintedLineEdit::LintedLineEdit(QWidget* parent) : QLineEdit(parent) {
    connect(this, &QLineEdit::textChanged, this, &LintedLineEdit::runCheck);
}

void LintedLineEdit::runCheck() {
    m_findings = WritingPrompts::linter().check(text());
    // QLineEdit draws the formats of its text layout; an input-method event with only TextFormat attributes (start
    // relative to the cursor) sets them without changing the text. Documented in QInputMethodEvent::TextFormat.
    QList<QInputMethodEvent::Attribute> attributes;
    const int cursor = cursorPosition();
    for (const language::Finding& f : m_findings)
        attributes << QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, static_cast<int>(f.start) - cursor,
                                                   static_cast<int>(f.end - f.start), findingFormat(f));
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
    emit findingsChanged(static_cast<int>(m_findings.size()));
}

const language::Finding* LintedLineEdit::findingAt(int position) const {
    for (const language::Finding& f : m_findings)
        if (position >= f.start && position <= f.end)
            return &f;
    return nullptr;
}

bool LintedLineEdit::applySuggestion(int position, const QString& replacement) {
    const language::Finding* f = findingAt(position);
    if (!f)
        return false;
    const int start = static_cast<int>(f->start);
    setSelection(start, static_cast<int>(f->end - f->start));
    insert(replacement); // one undo step of QLineEdit
    const int open = replacement.indexOf(QLatin1Char('['));
    const int close = open >= 0 ? replacement.indexOf(QLatin1Char(']'), open) : -1;
    if (close > open)
        setSelection(start + open, close - open + 1);
    return true;
}

bool LintedLineEdit::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        if (const language::Finding* f = findingAt(cursorPositionAt(help->pos()))) {
            QToolTip::showText(help->globalPos(), WritingPrompts::toolTipFor(*f), this);
            return true;
        }
        QToolTip::hideText();
        e->ignore();
        return true;
    }
    return QLineEdit::event(e);
}

void LintedLineEdit::contextMenuEvent(QContextMenuEvent* e) {
    std::unique_ptr<QMenu> menu(createStandardContextMenu());
    if (const language::Finding* f = findingAt(cursorPositionAt(e->pos()))) {
        const int position = static_cast<int>(f->start);
        QPointer<LintedLineEdit> self(this);
        addSuggestionActions(menu.get(), *f, [self, position](const QString& s) {
            if (self)
                self->applySuggestion(position, s);
        });
    }
    menu->exec(e->globalPos());
}

} // namespace tessera
