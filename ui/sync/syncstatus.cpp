#include "syncstatus.h"

#include "displayformat.h"

#include <QLocale>

namespace OmniCrm {

QString SyncStatusText::moment(const QDateTime &when)
{
    // Isolated: a time such as "9:41 ص" keeps its order inside a sentence of either direction.
    const QLocale locale;
    const QDateTime local = when.toLocalTime();
    if (local.date() == QDate::currentDate())
        return DisplayFormat::isolate(locale.toString(local.time(), QLocale::ShortFormat));
    return DisplayFormat::isolate(locale.toString(local, QLocale::ShortFormat));
}

QString SyncStatusText::statusBar(const SyncStatus &status)
{
    QString text;
    switch (status.phase) {
    case SyncStatus::Phase::NotConfigured:
        return {};
    case SyncStatus::Phase::SignedOut:
        text = tr("Sync: sign in to sync");
        break;
    case SyncStatus::Phase::Connecting:
        text = tr("Sync: connecting…");
        break;
    case SyncStatus::Phase::Offline:
        text = status.lastSynced.isValid() ? tr("Offline · last synced %1").arg(moment(status.lastSynced))
                                           : tr("Offline · not synced yet");
        break;
    case SyncStatus::Phase::Syncing:
        if (status.snapshotChunks > 0)
            //: The first download of the team's data, in parts ("chunks").
            text = tr("Syncing: first download, part %1 (records: %2)")
                       .arg(status.snapshotChunks)
                       .arg(status.snapshotRows);
        else if (status.changesTotal > 0)
            text = tr("Syncing: %1 of %2 changes").arg(status.changesDone).arg(status.changesTotal);
        else
            text = tr("Syncing…");
        break;
    case SyncStatus::Phase::UpToDate:
        text = tr("Up to date");
        break;
    case SyncStatus::Phase::Error:
        text = needsSignIn(status.errorCode) ? tr("Sync stopped: sign in again") : tr("Sync error");
        break;
    }
    if (status.openConflicts > 0)
        text += QStringLiteral(" · ") + tr("Conflicts: %1").arg(status.openConflicts);
    return text;
}

QString SyncStatusText::details(const SyncStatus &status)
{
    switch (status.phase) {
    case SyncStatus::Phase::NotConfigured:
        return tr("Sync is not set up. Open Settings → Sync to sign in to your team's server.");
    case SyncStatus::Phase::SignedOut:
        return tr("This device is not signed in. Open Settings → Sync and sign in.");
    case SyncStatus::Phase::Connecting:
        return tr("Connecting to the sync server…");
    case SyncStatus::Phase::Offline: {
        QString text = tr("The sync server cannot be reached. Your changes are kept on this computer "
                          "and are sent when the connection is back.");
        if (!status.errorMessage.isEmpty())
            text += u'\n' + reason(status.errorCode, status.errorMessage);
        return text;
    }
    case SyncStatus::Phase::Syncing:
        return tr("Sending your changes and receiving your team's.");
    case SyncStatus::Phase::UpToDate:
        return status.lastSynced.isValid()
            ? tr("Everything is up to date (last synced %1).").arg(moment(status.lastSynced))
            : tr("Everything is up to date.");
    case SyncStatus::Phase::Error:
        return reason(status.errorCode, status.errorMessage);
    }
    return {};
}

bool SyncStatusText::needsSignIn(const QString &code)
{
    return code == u"unauthorized" || code == u"revoked";
}

bool SyncStatusText::needsOneTimeCode(const QString &code, const QString &message)
{
    // The server names the missing code only in its message (core/server AuthService).
    return code == u"totp_required"
        || (code == u"unauthorized"
            && message.contains(QStringLiteral("one-time code"), Qt::CaseInsensitive));
}

QString SyncStatusText::reason(const QString &code, const QString &message)
{
    if (needsOneTimeCode(code, message))
        return tr("The server asks for the one-time code from your authenticator app.");
    if (code == u"unauthorized")
        return tr("The server no longer accepts this device's sign-in (the password may have changed "
                  "or the session expired). Sign in again in Settings → Sync.");
    if (code == u"revoked")
        return tr("This device was removed from the team by an administrator. Sign in again in "
                  "Settings → Sync.");
    if (code == u"rate_limited")
        return tr("Too many sign-in attempts. Wait a few minutes, then try again.");
    if (code == u"unsupported")
        return tr("The server needs a newer version of OmniCRM. Update the app to keep syncing.");
    if (code == u"offline")
        return tr("The sync server cannot be reached. Check the address and your connection.");
    if (code == u"rejected")
        return tr("The server refused one of your changes (%1). Sync stopped so nothing is lost; "
                  "contact your administrator.")
            .arg(message);
    if (code == u"replica")
        return tr("This computer could not store the team's changes (%1). Sync stopped; nothing "
                  "was lost.")
            .arg(message);
    if (code == u"checksum_mismatch")
        return tr("The first download arrived damaged. Sync will start it again.");
    return tr("Sync failed: %1").arg(message.isEmpty() ? code : message);
}

} // namespace OmniCrm
