package uitest

import (
	"reflect"
	"time"

	tea "charm.land/bubbletea/v2"
)

// Drive feeds msg to m and then runs the commands it returns, feeding
// their messages back, until nothing is left. A command still running
// after wait (the one-second clock tick, say) is abandoned, so tests stay
// fast and deterministic. It returns the model after the last message.
func Drive(m tea.Model, msg tea.Msg, wait time.Duration) tea.Model {
	queue := []tea.Msg{msg}
	for len(queue) > 0 && len(queue) < 10000 {
		next := queue[0]
		queue = queue[1:]
		if next == nil {
			continue
		}
		if batch, ok := next.(tea.BatchMsg); ok {
			for _, c := range batch {
				queue = append(queue, runCmd(c, wait)...)
			}
			continue
		}
		if reflect.TypeOf(next).String() == "tea.sequenceMsg" {
			continue
		}
		var cmd tea.Cmd
		m, cmd = m.Update(next)
		queue = append(queue, runCmd(cmd, wait)...)
	}
	return m
}

func runCmd(c tea.Cmd, wait time.Duration) []tea.Msg {
	if c == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		if msg == nil {
			return nil
		}
		if _, quit := msg.(tea.QuitMsg); quit {
			return nil
		}
		return []tea.Msg{msg}
	case <-time.After(wait):
		return nil
	}
}

// Key is a key press as the terminal would send it: "enter", "esc",
// "ctrl+z", or a single printable character.
func Key(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	}
	if len(k) > 5 && k[:5] == "ctrl+" {
		return tea.KeyPressMsg{Code: rune(k[5]), Mod: tea.ModCtrl}
	}
	r := []rune(k)
	return tea.KeyPressMsg{Code: r[0], Text: k}
}

// Type turns text into key presses, one per character.
func Type(text string) []tea.Msg {
	var out []tea.Msg
	for _, r := range text {
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}
