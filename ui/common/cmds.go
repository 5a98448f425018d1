package common

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
	"caecw/store"
)

// TickCmd waits for the next whole second of c's clock and reports it;
// the root re-issues it after each tick.
func (c *Common) TickCmd() tea.Cmd {
	now := c.Now()
	wait := time.Second - time.Duration(now.Nanosecond())
	return tea.Tick(wait, func(time.Time) tea.Msg { return TickMsg{Now: c.Now()} })
}

// Seen is how far the screen has read the day shown: the root sets it
// after every read, and a save reads what changed since it in the same
// command as the write.
type Seen struct {
	Day event.Day
	Seq int
	// Read is false until the day was read once.
	Read bool
}

// Changes completes a saved msg, inside the save's command, with what
// changed since seen; on a failed read it leaves Changes nil, and the
// root reads the day.
func (seen Seen) Changes(s *store.Store, msg SavedMsg) SavedMsg {
	if s == nil || !seen.Read {
		return msg
	}
	if ch, err := s.Changes(seen.Day, seen.Seq); err == nil {
		msg.Changes = ch
	}
	return msg
}

// LoadDayCmd reads day and the newest n entries of its log, and every
// person when people is set, in one command: the root's reload.
func (c *Common) LoadDayCmd(day event.Day, n int, people bool) tea.Cmd {
	s := c.Store
	return func() tea.Msg {
		v, err := s.Day(day)
		if err != nil {
			return ErrMsg{Action: i18n.Say(i18n.KeyErrReadDay, "date", i18n.DayText(day)), Err: err}
		}
		msg := DayLoadedMsg{View: v}
		if msg.Log, err = s.RecentEntries(day, n); err != nil {
			return ErrMsg{Action: i18n.Say(i18n.KeyErrReadLog), Err: err}
		}
		if !people {
			return msg
		}
		all, err := s.People()
		if err != nil {
			return ErrMsg{Action: i18n.Say(i18n.KeyErrReadPeople), Err: err}
		}
		msg.People = &PeopleLoadedMsg{People: all}
		return msg
	}
}

// ChangesCmd reads what changed in the day shown since seen.
func (c *Common) ChangesCmd(seen Seen) tea.Cmd {
	s := c.Store
	return func() tea.Msg {
		ch, err := s.Changes(seen.Day, seen.Seq)
		if err != nil {
			return ErrMsg{Action: i18n.Say(i18n.KeyErrReadDay, "date", i18n.DayText(seen.Day)), Err: err}
		}
		return ChangesMsg{Changes: ch}
	}
}

// Save runs a store write off the Update loop and reports it as a
// SavedMsg with text and what changed, or an ErrMsg naming action.
func (c *Common) Save(action i18n.Text, write func() (SavedMsg, error)) tea.Cmd {
	s, seen := c.Store, c.Seen
	return func() tea.Msg {
		msg, err := write()
		if err != nil {
			return ErrMsg{Action: action, Err: err}
		}
		return seen.Changes(s, msg)
	}
}

// Status is a command that puts text on the status line (a StatusMsg),
// worded in the language of each frame: Status(i18n.Say(key, args...)).
func Status(text i18n.Text) tea.Cmd {
	return func() tea.Msg { return StatusMsg{Text: text} }
}
