// SyncStatus: what the desktop app knows about sync at a moment (configured or not, the client's
// state, progress, the last error and the last time the store was up to date), and SyncStatusText,
// the sentences the status bar and the Sync settings show for it, in the current language.
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace OmniCrm {

struct SyncStatus
{
    enum class Phase {
        NotConfigured, // no server set up: the status bar shows nothing
        SignedOut, // a server is set up but this device holds no token
        Connecting,
        Offline,
        Syncing,
        UpToDate,
        Error, // sync stopped until the user acts (sign in again, update the app)
    };

    Phase phase = Phase::NotConfigured;
    QDateTime lastSynced; // invalid: never
    // Syncing: a first download counts chunks and records; later pulls count changes.
    int snapshotChunks = 0;
    qint64 snapshotRows = 0;
    qint64 changesDone = 0;
    qint64 changesTotal = 0;
    // Error (and Offline after a failure): the server's code and message.
    QString errorCode;
    QString errorMessage;
    int openConflicts = 0;

    bool operator==(const SyncStatus &) const = default;
};

struct SyncStatusText
{
    Q_DECLARE_TR_FUNCTIONS(OmniCrm::SyncStatusText)
public:
    /// The status bar's text; empty when sync is not configured.
    static QString statusBar(const SyncStatus &status);
    /// A longer explanation (tooltip, settings), with what to do.
    static QString details(const SyncStatus &status);
    /// Why sync failed, as a sentence that says what to do, for a server error code.
    static QString reason(const QString &code, const QString &message);
    /// True when only the user can fix it by signing in again.
    static bool needsSignIn(const QString &code);
    /// True when the server asked for a one-time code (TOTP) at sign-in.
    static bool needsOneTimeCode(const QString &code, const QString &message);
    /// "today 14:05", or a date and time for older moments.
    static QString moment(const QDateTime &when);
};

} // namespace OmniCrm

Q_DECLARE_METATYPE(OmniCrm::SyncStatus)
