#pragma once

#include "model/ExhibitRepository.h"

#include <QDialog>
#include <QVector>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tessera {

/**
 * Closes a lead: its outcome (free text) and the exhibits it produced (ticked in a list of the case's exhibits).
 * The caller calls LeadRepository::close, which also links them to the lead's element events.
 */
class CloseLeadDialog : public QDialog {
    Q_OBJECT

public:
    CloseLeadDialog(const QString& leadTitle, const QVector<Exhibit>& exhibits, QWidget* parent = nullptr);
    QString outcome() const;
    QVector<qint64> exhibits() const;

private:
    QPlainTextEdit* m_outcome;
    QListWidget* m_exhibits;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
