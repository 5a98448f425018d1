package app

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
)

// Automatic backups: while changes happen, a rolling hot backup every
// BackupEvery into the folder beside the data file, keeping the newest
// BackupKeep. No change, no backup: an idle laptop does not churn.
const (
	BackupEvery = 15 * time.Minute
	BackupKeep  = 8
)

// backupDoneMsg reports an automatic backup.
type backupDoneMsg struct {
	path string
	err  error
}

// backupState tracks when the last backup was made and whether anything
// changed since.
type backupState struct {
	last    time.Time
	dirty   bool
	running bool
}

// maybeBackup starts a backup when something changed and the interval
// has passed since the last one (by the app's clock).
func (m *Model) maybeBackup(now time.Time) tea.Cmd {
	b := &m.backup
	if b.last.IsZero() {
		b.last = now
	}
	if !b.dirty || b.running || now.Sub(b.last) < BackupEvery {
		return nil
	}
	b.running = true
	s := m.c.Store
	return func() tea.Msg {
		path, err := s.RollingBackup("auto", BackupKeep)
		return backupDoneMsg{path: path, err: err}
	}
}

func (m *Model) backupDone(msg backupDoneMsg) {
	m.backup.running = false
	if msg.err != nil {
		// A failed backup is reported but keeps dirty, so the next tick
		// tries again.
		err := msg.err.Error()
		m.errLine = func(p i18n.Printer) string { return p.T(i18n.KeyErrBackup, "err", err) }
		return
	}
	m.backup.dirty = false
	m.backup.last = m.now
}
