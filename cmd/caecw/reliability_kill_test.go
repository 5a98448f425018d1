package main

import (
	"math/rand"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"caecw/internal/event"
	"caecw/store"
)

const (
	deskNow = "2025-07-26T09:30"
	deskDay = event.Day("2025-07-26")
)

// killRuns is how many times TestKillMidBurst kills the desk;
// CAECW_KILL_RUNS raises it for a long run.
func killRuns() int {
	if n, err := strconv.Atoi(os.Getenv("CAECW_KILL_RUNS")); err == nil && n > 0 {
		return n
	}
	return 20
}

// deskPeople is what the kill test needs to read the desk's screen: the
// badge of every person whose displayed name (native name, then the Latin
// spelling in brackets, as the desk shows it) is unique.
type deskPeople struct {
	badges   []string          // badges of people with a unique displayed name
	byName   map[string]string // displayed name -> badge
	personOf map[string]string // badge -> person id
}

func loadDeskPeople(t testing.TB, path string) deskPeople {
	t.Helper()
	s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "test"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	people, err := s.People()
	if err != nil {
		t.Fatal(err)
	}
	count := map[string]int{}
	for _, p := range people {
		count[shownName(p)]++
	}
	d := deskPeople{byName: map[string]string{}, personOf: map[string]string{}}
	for _, p := range people {
		if p.Badge == "" || count[shownName(p)] != 1 {
			continue
		}
		d.badges = append(d.badges, p.Badge)
		d.byName[shownName(p)] = p.Badge
		d.personOf[p.Badge] = p.ID
	}
	return d
}

// shownName is how the desk shows a person (ui/checkins personName).
func shownName(p event.Person) string {
	if p.NameLatin != "" && p.NameLatin != p.Name {
		return p.Name + " (" + p.NameLatin + ")"
	}
	return p.Name
}

var statusTail = regexp.MustCompile(`\) at \d\d:\d\d\s*$`)

// confirmedOn returns the badges the screen confirms as checked in: the
// status line "Checked in NAME (DELEGATION) at HH:MM" and the box whose
// first line is "✓ CHECKED IN at HH:MM" with the name on the next line.
// Both appear only after the store's write returned.
func (d deskPeople) confirmedOn(screen string) []string {
	var out []string
	lines := strings.Split(screen, "\n")
	for i, l := range lines {
		if j := strings.Index(l, "Checked in "); j >= 0 {
			rest := strings.TrimRight(l[j+len("Checked in "):], " ")
			if statusTail.MatchString(rest) {
				// The name ends at one of the " (" before the delegation.
				for k := 0; k < len(rest); k++ {
					if strings.HasPrefix(rest[k:], " (") {
						if b, ok := d.byName[rest[:k]]; ok {
							out = append(out, b)
							break
						}
					}
				}
			}
		}
		if strings.Contains(l, "✓ CHECKED IN at") && i+1 < len(lines) {
			name := strings.TrimFunc(lines[i+1], func(r rune) bool { return r == ' ' || strings.ContainsRune("┃│║|", r) })
			if b, ok := d.byName[name]; ok {
				out = append(out, b)
			}
		}
	}
	return out
}

// TestKillMidBurst runs the desk in a pseudo-terminal, scans a stream of
// badges into it and kills it with SIGKILL at a random moment. Every
// arrival the screen had confirmed must be in the file, which must pass
// `caecw check` (pages, references, journal against counts).
func TestKillMidBurst(t *testing.T) {
	if testing.Short() {
		t.Skip("skipped in -short: runs the desk 20 times")
	}
	template := filepath.Join(t.TempDir(), "template.db")
	demoCopy(t, template)
	people := loadDeskPeople(t, template)
	if len(people.badges) < 200 {
		t.Fatalf("only %d people with unique names", len(people.badges))
	}
	seed := time.Now().UnixNano()
	if s, err := strconv.ParseInt(os.Getenv("CAECW_KILL_SEED"), 10, 64); err == nil {
		seed = s
	}
	t.Logf("seed %d (CAECW_KILL_SEED=%d repeats this run)", seed, seed)
	rng := rand.New(rand.NewSource(seed))
	var totalSent, totalConfirmed, totalFound, totalLost, totalSaved int
	runs := killRuns()
	for run := 1; run <= runs; run++ {
		path := filepath.Join(t.TempDir(), "caecw.db")
		demoCopy(t, path)
		badges := append([]string(nil), people.badges...)
		rng.Shuffle(len(badges), func(i, j int) { badges[i], badges[j] = badges[j], badges[i] })
		killAt := time.Duration(100+rng.Intn(1400)) * time.Millisecond
		gap := time.Duration(rng.Intn(12)) * time.Millisecond

		confirmed := map[string]bool{}
		tm := startTerm(t, 200, 50, func(screen string) {
			for _, b := range people.confirmedOn(screen) {
				confirmed[b] = true
			}
		}, "desk", "--db", path, "--now", deskNow)
		if !tm.waitFor(10*time.Second, func(s string) bool { return strings.Contains(s, "Scan a badge") }) {
			t.Fatalf("run %d: desk did not start:\n%s", run, tm.screen())
		}
		stop := make(chan struct{})
		sent := make(chan struct{})
		var written atomic.Int64
		go func() {
			defer close(sent)
			for _, b := range badges {
				select {
				case <-stop:
					return
				default:
				}
				tm.send(b + "\r")
				written.Add(1)
				if gap > 0 {
					time.Sleep(gap)
				}
			}
		}()
		time.Sleep(killAt)
		close(stop)
		tm.kill()
		// A write caught in flight when the program died can block for
		// ever (the pty is in raw mode and its input queue full, and
		// neither a deadline nor a flush frees it): count what was
		// written and leave that goroutine behind rather than hang.
		select {
		case <-sent:
		case <-time.After(3 * time.Second):
			t.Logf("run %d: a write to the killed desk's terminal never returned", run)
		}
		nSent := int(written.Load())

		tm.mu.Lock()
		conf := make([]string, 0, len(confirmed))
		for b := range confirmed {
			conf = append(conf, b)
		}
		tm.mu.Unlock()

		s, err := store.Open(path, store.Options{ReadOnly: true, Desk: "test"})
		if err != nil {
			t.Fatalf("run %d: reopen after kill -9: %v", run, err)
		}
		sentSet := map[string]bool{}
		for _, b := range badges[:nSent] {
			sentSet[b] = true
		}
		found, lost := 0, 0
		for _, b := range conf {
			if !sentSet[b] {
				t.Errorf("run %d: the screen confirmed %s, which was never scanned (misread screen)", run, b)
			}
			if _, ok := s.Arrival(deskDay, people.personOf[b]); ok {
				found++
			} else {
				lost++
				t.Errorf("run %d: badge %s was confirmed on screen but is not in the file", run, b)
			}
		}
		saved := 0
		for _, b := range badges[:nSent] {
			if _, ok := s.Arrival(deskDay, people.personOf[b]); ok {
				saved++
			}
		}
		s.Close()
		if r := runBin(t, "check", "--db", path); r.code != 0 {
			t.Errorf("run %d: check after kill -9: %d %s %s", run, r.code, r.stdout, r.stderr)
		}
		t.Logf("run %2d: gap %2dms, killed at %4dms: sent %3d, confirmed %3d, found %3d, lost %d, saved in file %3d",
			run, gap.Milliseconds(), killAt.Milliseconds(), nSent, len(conf), found, lost, saved)
		totalSent += nSent
		totalConfirmed += len(conf)
		totalFound += found
		totalLost += lost
		totalSaved += saved
	}
	t.Logf("kill -9 x %d: sent %d, confirmed %d, found %d, lost %d, saved in file %d", runs, totalSent, totalConfirmed, totalFound, totalLost, totalSaved)
	if totalConfirmed == 0 {
		t.Errorf("no run confirmed any check-in on screen: the test read nothing")
	}

}
