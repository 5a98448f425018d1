package checkins

import (
	"sync"

	tea "charm.land/bubbletea/v2"

	"caecw/ui/common"
)

// privately issues a tracked write (see saves) whose answer comes back to
// this tab alone: the root gives a common.ReplyMsg to its owner only,
// and takes a common.SavedMsg (which carries its own reply) itself.
func (m *Model) privately(write func() tea.Msg) tea.Cmd {
	return m.saves.cmd(func() tea.Msg {
		msg := write()
		switch msg.(type) {
		case nil, common.SavedMsg:
			return msg
		}
		return common.ReplyMsg{Owner: m, Msg: msg}
	})
}

// saves tracks the store writes this tab has issued as commands, so that
// quitting can wait for them: Bubble Tea drops commands still queued when
// the program quits and does not wait for the ones running, and a
// check-in the desk has accepted must not be lost because ctrl+c came
// right after the scan.
type saves struct {
	mu      sync.Mutex
	next    int
	pending map[int]func() tea.Msg // issued, not started
	running sync.WaitGroup
	open    int // issued and not finished
}

func newSaves() *saves { return &saves{pending: map[int]func() tea.Msg{}} }

// cmd wraps a write as a command that is tracked from the moment it is
// issued (inside Update, before the program can quit).
func (s *saves) cmd(write func() tea.Msg) tea.Cmd {
	s.mu.Lock()
	id := s.next
	s.next++
	s.pending[id] = write
	s.running.Add(1)
	s.open++
	s.mu.Unlock()
	return func() tea.Msg {
		if !s.claim(id) {
			return nil // drain ran it already
		}
		defer s.done()
		return write()
	}
}

func (s *saves) claim(id int) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if _, ok := s.pending[id]; !ok {
		return false
	}
	delete(s.pending, id)
	return true
}

func (s *saves) done() {
	s.mu.Lock()
	s.open--
	s.mu.Unlock()
	s.running.Done()
}

// inFlight is how many writes are issued and not finished.
func (s *saves) inFlight() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.open
}

// drain runs the writes never started, in the order issued, and waits for
// the ones running.
func (s *saves) drain() {
	for {
		s.mu.Lock()
		first := -1
		for id := range s.pending {
			if first < 0 || id < first {
				first = id
			}
		}
		var write func() tea.Msg
		if first >= 0 {
			write = s.pending[first]
			delete(s.pending, first)
		}
		s.mu.Unlock()
		if write == nil {
			break
		}
		write()
		s.done()
	}
	s.running.Wait()
}
