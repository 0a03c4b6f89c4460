// ShellPage: one screen of the shell (Dashboard, Contacts, Pipeline, …). A page owns its view, its
// models and the services it was given; the main window only shows it and routes navigation.
#pragma once

#include "entities.h"

#include <QIcon>
#include <QWidget>

namespace OmniCrm {

class ShellPage : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The name in the navigation, in the current language.
    virtual QString title() const = 0;
    virtual QIcon icon() const = 0;
    /// Called each time the page becomes the visible one; cheap pages may ignore it.
    virtual void activate() { }
    /// Shows the record when this page lists its kind; false when it does not.
    virtual bool showRecord(RecordKind kind, const QString &id)
    {
        Q_UNUSED(kind);
        Q_UNUSED(id);
        return false;
    }

Q_SIGNALS:
    /// The page wants another page to show a record (a contact's deal, a search result).
    void recordRequested(OmniCrm::RecordKind kind, const QString &id);
    /// A short message for the status bar.
    void statusMessage(const QString &text);
};

} // namespace OmniCrm
