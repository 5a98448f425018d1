package common_test

import (
	"testing"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/ui/common"
)

func TestFilterKeyTypesLettersAndMovesOnArrows(t *testing.T) {
	c := &common.Common{Keys: common.DefaultKeyMap(i18n.New(i18n.EN))}
	in := textinput.New()
	in.Focus()
	for _, r := range "jk" {
		if out, _ := c.FilterKey(&in, tea.KeyPressMsg{Code: r, Text: string(r)}); out != common.FilterTyped {
			t.Fatalf("%q: outcome %d, want typed", r, out)
		}
	}
	if in.Value() != "jk" {
		t.Fatalf("value %q, want the letters j and k typed, not taken as up/down", in.Value())
	}
	if out, _ := c.FilterKey(&in, tea.KeyPressMsg{Code: tea.KeyDown}); out != common.FilterDown {
		t.Errorf("down arrow: %d", out)
	}
	if out, _ := c.FilterKey(&in, tea.KeyPressMsg{Code: tea.KeyUp}); out != common.FilterUp {
		t.Errorf("up arrow: %d", out)
	}
	if out, _ := c.FilterKey(&in, tea.KeyPressMsg{Code: tea.KeyEnter}); out != common.FilterKept || in.Value() != "jk" {
		t.Errorf("enter: %d, value %q", out, in.Value())
	}
	in.Focus()
	if out, _ := c.FilterKey(&in, tea.KeyPressMsg{Code: tea.KeyEscape}); out != common.FilterCleared || in.Value() != "" {
		t.Errorf("esc: %d, value %q", out, in.Value())
	}
}
