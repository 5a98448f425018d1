package common

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"caecw/internal/event"
	"caecw/internal/i18n"
)

// TickCmd waits for the next whole second of c's clock and reports it;
// the root re-issues it after each tick.
func (c *Common) TickCmd() tea.Cmd {
	now := c.Now()
	wait := time.Second - time.Duration(now.Nanosecond())
	return tea.Tick(wait, func(time.Time) tea.Msg { return TickMsg{Now: c.Now()} })
}

// LoadDayCmd reads day from the store.
func (c *Common) LoadDayCmd(day event.Day) tea.Cmd {
	s, p := c.Store, c.P
	return func() tea.Msg {
		v, err := s.Day(day)
		if err != nil {
			return ErrMsg{Action: p.T(i18n.KeyErrReadDay, "date", p.Day(day)), Err: err}
		}
		return DayLoadedMsg{View: v}
	}
}

// LoadPeopleCmd reads every person.
func (c *Common) LoadPeopleCmd() tea.Cmd {
	s, p := c.Store, c.P
	return func() tea.Msg {
		people, err := s.People()
		if err != nil {
			return ErrMsg{Action: p.T(i18n.KeyErrReadPeople), Err: err}
		}
		return PeopleLoadedMsg{People: people}
	}
}

// LoadLogCmd reads the newest n entries of day.
func (c *Common) LoadLogCmd(day event.Day, n int) tea.Cmd {
	s, p := c.Store, c.P
	return func() tea.Msg {
		e, err := s.RecentEntries(day, n)
		if err != nil {
			return ErrMsg{Action: p.T(i18n.KeyErrReadLog), Err: err}
		}
		return LogLoadedMsg{Day: day, Entries: e}
	}
}

// Save runs a store write off the Update loop and reports it as a
// SavedMsg with text, or an ErrMsg naming action.
func Save(action string, write func() (SavedMsg, error)) tea.Cmd {
	return func() tea.Msg {
		msg, err := write()
		if err != nil {
			return ErrMsg{Action: action, Err: err}
		}
		return msg
	}
}
