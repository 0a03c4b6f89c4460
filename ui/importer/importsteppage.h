// ImportStepPage: a page of the import wizard whose Next follows a predicate of the wizard's
// state, and the few ways every page of the wizard shows text and rows (ImportStep).
//
// The one rule: the wizard owns the state (file, preview, import); a page shows it and reports
// what the user chose by signal, so only the wizard decides what to read or store.
#pragma once

#include <QLocale>
#include <QWizardPage>

#include <functional>

class QAbstractItemModel;
class QTableView;

namespace OmniCrm {

class ImportStepPage : public QWizardPage
{
public:
    explicit ImportStepPage(std::function<bool()> complete, QWidget *parent = nullptr);
    bool isComplete() const override { return m_complete(); }
    void recheck() { Q_EMIT completeChanged(); }

private:
    std::function<bool()> m_complete;
};

namespace ImportStep {

inline const QString kErrorStyle = QStringLiteral("color: #b3261e;");

inline QString number(qint64 n)
{
    return QLocale().toString(n);
}

/// `text` with a mark of the layout's direction at the start of every line.
QString inReadingDirection(QString text);

/// A read-only table of the preview rows, as the preview and mapping pages show them.
QTableView *makePreviewTable(QAbstractItemModel *model, const QString &name, QWidget *parent);

} // namespace ImportStep

} // namespace OmniCrm
