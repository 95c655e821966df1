#pragma once

#include "ingest/RecordImporter.h"

#include "ingest/CallDetailRecordImporter.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace tessera {

class LintedLineEdit;

class TimeZoneComboBox;

/**
 * Asks how to import one file (CLI `import`): the file, the import profile (with its description), the time basis
 * of the source's times, the phone region, whose records they are (bandicoot layout) and the exhibit title.
 *
 * The time basis list starts with "Case zone (assumed)": the importer then uses the case's zone and marks every record
 * "zone assumed" (DESIGN §5); choosing UTC or a zone states it. The dialog says so next to the choice.
 *
 * Column-mapping wizard (issue 6): a preview of the first rows as the importer parses them (encoding and delimiter
 * detected), with, per column, the field it fills (a date, a party, an amount, an identifier kind …; changeable for
 * table profiles) and its detected type (date day-first/month-first/ambiguous, amount with decimal comma or point,
 * time, number, text). A date column that cannot be told day-first from month-first blocks Import until a date order
 * is chosen. "Save profile…" writes the choices as a profile file (RecordImporter::profileJson) for
 * `tessera-cli import --profile-file` and later imports of the same layout.
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
    /// Sets the field a preview column fills ("" = none); `column` is 0-based. For tests and scripted screenshots.
    void setColumnField(int column, const QString& field);
    /// Selects the date order ("", "dmy", "mdy", "ymd").
    void setDateOrder(const QString& order);
    /// Writes the current choices as a profile file; returns false (with the problem shown) when it cannot.
    bool saveProfile(const QString& path);
    /// Offers "Return of legal process" (issue 10): (process id, label) pairs; the records are then checked against
    /// that process's scope. Hidden while the list is empty.
    void setLegalProcesses(const QVector<QPair<qint64, QString>>& processes);
    /// Adds the "From the device of" choice: the people of the case (id, label — victims by pseudonym). The file is
    /// then that person's own device or data (ImportOptions::providedByPerson; their device-extraction choice governs).
    void setPeople(const QVector<QPair<qint64, QString>>& people);

private:
    void browse();
    void profileChanged();
    void validate();
    void refreshPreview();
    /// The preview's Type row: each column's type for the field it now fills (RecordImporter::columnKind).
    void showKinds();
    void guessProfile();
    void saveProfileInteractive();

    QLineEdit* m_file;
    QComboBox* m_profile;
    QLabel* m_profileDescription;
    TimeZoneComboBox* m_timeBasis;
    QLineEdit* m_region;
    QLineEdit* m_subscriber;
    QLabel* m_subscriberLabel;
    LintedLineEdit* m_title;
    QComboBox* m_returnOf = nullptr;
    QComboBox* m_providedBy = nullptr;
    QLabel* m_problem;
    QPushButton* m_ok;
    QComboBox* m_dateOrder;
    QTableWidget* m_preview;
    QLabel* m_previewNote;
    QPushButton* m_saveProfile;
    QStringList m_columns;      ///< preview column names
    QStringList m_kinds;        ///< preview column types, from the values alone
    RecordImporter::Preview m_previewData; ///< the last preview
    QStringList m_autoFields;   ///< the field each column fills without a mapping
    bool m_hasHeader = false;
    bool m_tableProfile = false;
    QString m_previewProblem;
};

} // namespace tessera
