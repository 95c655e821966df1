#pragma once

#include "model/EvidenceLinks.h"
#include "model/ExhibitRepository.h"

#include <QDialog>
#include <QVector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tessera {

class OptionalDateEdit;

/**
 * "Record authentication" for an exhibit (issue 10 point 5; the GUI's `exhibit certify`): how the exhibit can be
 * admitted — a certified business record (FRE 803(6), 902(11)) or a hash certificate of a device or file copy
 * (FRE 902(14)), each with the signed certificate attached and the day written notice was served on the adverse
 * party; or a custodian or officer who will testify (FRE 901(b)(1)). The certificate file is chosen here and stored by
 * EvidenceLinks::certify() as its own exhibit (hashed, with its chain of custody). The caller reads the answers.
 */
class CertifyExhibitDialog : public QDialog {
    Q_OBJECT

public:
    /// `exhibits` to choose from (certificates included); `preselect` is the exhibit chosen first (0: the first one
    /// not victim-sourced without a recorded authentication, else the first).
    CertifyExhibitDialog(const QVector<Exhibit>& exhibits, qint64 preselect = 0, QWidget* parent = nullptr);
    /// The chosen exhibit's id (0 when the case has none).
    qint64 exhibitId() const;
    /// The answers as core takes them (method, certificate path, notice date YYYY-MM-DD or empty, witness).
    Certification certification() const;

private:
    void browse();
    void refreshHints();
    QComboBox* m_exhibit;
    QComboBox* m_method;
    QLineEdit* m_certificate;
    QPushButton* m_browse;
    OptionalDateEdit* m_notice;
    QLineEdit* m_witness;
    QLabel* m_hint;
    QPushButton* m_ok = nullptr;
};

} // namespace tessera
