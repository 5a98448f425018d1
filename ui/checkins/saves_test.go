package checkins

import (
	"sync/atomic"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Bubble Tea drops queued commands when it quits and does not wait for
// running ones; drain must run the first and wait for the second, and
// a command that starts after drain ran it must not write again.
func TestDrainRunsNeverStartedAndWaitsForRunning(t *testing.T) {
	s := newSaves()
	var writes atomic.Int32
	release := make(chan struct{})
	slow := s.cmd(func() tea.Msg { <-release; writes.Add(1); return nil })
	never := s.cmd(func() tea.Msg { writes.Add(1); return nil })
	late := s.cmd(func() tea.Msg { writes.Add(1); return nil })
	if s.inFlight() != 3 {
		t.Fatalf("in flight %d, want 3", s.inFlight())
	}
	started := make(chan struct{})
	go func() { close(started); slow() }()
	<-started
	for { // wait until slow has claimed its job
		s.mu.Lock()
		n := len(s.pending)
		s.mu.Unlock()
		if n == 2 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	done := make(chan struct{})
	go func() { s.drain(); close(done) }()
	select {
	case <-done:
		t.Fatal("drain returned while a save was still running")
	case <-time.After(50 * time.Millisecond):
	}
	close(release)
	<-done
	if n := writes.Load(); n != 3 {
		t.Fatalf("%d writes after drain, want 3", n)
	}
	_ = never
	late() // the program got round to it after all: it must not write twice
	if n := writes.Load(); n != 3 {
		t.Fatalf("%d writes, want 3: a drained save ran twice", n)
	}
	if s.inFlight() != 0 {
		t.Fatalf("in flight %d after drain", s.inFlight())
	}
}
