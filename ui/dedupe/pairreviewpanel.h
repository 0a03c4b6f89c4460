// PairReviewPanel: one candidate pair of the Duplicates page, side by side. Per field both values,
// whether they agree (Arabic folded), and what the merge would keep (survivorship, alternates);
// under it the engine's reasons for the score. The survivor is chosen with two radio buttons;
// the panel only reports the choice, the page asks the merge service for the new preview.
#pragma once

#include "mergeservice.h"

#include <QWidget>

class QLabel;
class QRadioButton;
class QTableWidget;

namespace OmniCrm {

/// A pending pair with the names to show for it.
struct DuplicateItem
{
    DuplicateCandidate candidate;
    QString nameA;
    QString nameB;
};

class PairReviewPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { FieldColumn, AColumn, BColumn, AgreementColumn, ResultColumn, ColumnCount };

    explicit PairReviewPanel(QWidget *parent = nullptr);

    /// Shows the pair; `evidence` may be empty (a pair queued by an earlier scan).
    void showPair(const DuplicateItem &item, const QList<ComparisonEvidence> &evidence,
                  const MergePreview &preview);
    void clear();
    /// The record that keeps its id when merged.
    QString survivorId() const { return m_preview.survivorId; }
    QTableWidget *table() const { return m_table; }
    QString evidenceText() const;

Q_SIGNALS:
    void survivorChosen(const QString &id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();

    DuplicateItem m_item;
    QList<ComparisonEvidence> m_evidence;
    MergePreview m_preview;
    bool m_hasPair = false;

    QLabel *m_heading = nullptr;
    QLabel *m_survivorLabel = nullptr;
    QRadioButton *m_keepA = nullptr;
    QRadioButton *m_keepB = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_whyHeading = nullptr;
    QLabel *m_why = nullptr;
    QLabel *m_outcome = nullptr;
};

} // namespace OmniCrm
