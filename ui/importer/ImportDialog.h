#pragma once

#include "ingest/CallDetailRecordImporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class LintedLineEdit;

class TimeZoneComboBox;

/**
 * Asks how to import one file (CLI `import`): the file, the import profile (with its description), the time basis
 * of the source's times, the phone region, whose records they are (bandicoot layout) and the exhibit title.
 *
 * The time basis list starts with "Case zone (assumed)": the importer then uses the case's zone and marks every record
 * "zone assumed" (DESIGN §5); choosing UTC or a zone states it. The dialog says so next to the choice.
 */
class ImportDialog : public QDialog {
    Q_OBJECT

public:
    ImportDialog(const QString& caseZone, const QString& caseRegion, QWidget* parent = nullptr);

    QString filePath() const;
    /// The options entered (progress is left for the runner).
    ImportOptions options() const;

    void setFilePath(const QString& path);
    /// Selects a profile by name.
    void setProfile(const QString& name);
    /// Offers "Return of legal process" (issue 10): (process id, label) pairs; the records are then checked against
    /// that process's scope. Hidden while the list is empty.
    void setLegalProcesses(const QVector<QPair<qint64, QString>>& processes);

private:
    void browse();
    void profileChanged();
    void validate();

    QLineEdit* m_file;
    QComboBox* m_profile;
    QLabel* m_profileDescription;
    TimeZoneComboBox* m_timeBasis;
    QLineEdit* m_region;
    QLineEdit* m_subscriber;
    QLabel* m_subscriberLabel;
    LintedLineEdit* m_title;
    QComboBox* m_returnOf = nullptr;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace tessera
