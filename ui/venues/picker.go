package venues

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"caecw/internal/i18n"
	"caecw/internal/search"
	"caecw/ui/common"
)

// picker is a filterable list to choose a session, a delegation or an
// outage from, so that nobody types an id.
type picker struct {
	items []pickItem
	shown []int // indexes of items matching the filter
	list  common.ListCursor
	// chosen runs with the picked item's id.
	chosen func(id string) tea.Cmd
}

type pickItem struct {
	id, label, fold string
}

func newPicker(items []pickItem, chosen func(string) tea.Cmd) *picker {
	p := &picker{items: items, chosen: chosen}
	for i := range p.items {
		p.items[i].fold = search.Fold(p.items[i].label + " " + p.items[i].id)
	}
	p.filter("")
	return p
}

func (p *picker) filter(q string) {
	words := strings.Fields(search.Fold(q))
	p.shown = p.shown[:0]
	for i, it := range p.items {
		ok := true
		for _, w := range words {
			if !strings.Contains(it.fold, w) {
				ok = false
				break
			}
		}
		if ok {
			p.shown = append(p.shown, i)
		}
	}
	p.list.SetLen(len(p.shown))
}

// selectID puts the cursor on the item with id, when it shows.
func (p *picker) selectID(id string) {
	for i, k := range p.shown {
		if p.items[k].id == id {
			p.list.Select(i)
			return
		}
	}
}

// openPicker shows a picker under prompt.
func (m *Model) openPicker(prompt string, items []pickItem, chosen func(string) tea.Cmd) tea.Cmd {
	m.pick = newPicker(items, chosen)
	m.mode = picking
	m.input.Reset()
	m.ask(prompt)
	m.layout()
	return m.input.Focus()
}

func (m *Model) pickKey(msg tea.KeyPressMsg) tea.Cmd {
	k, p := m.c.Keys, m.pick
	switch {
	case key.Matches(msg, k.Back):
		m.endInput()
		return common.Status(i18n.Say(i18n.KeyVenuesCancelledFlow))
	case key.Matches(msg, k.FieldUp) || msg.String() == "ctrl+p":
		p.list.Move(-1)
		return nil
	case key.Matches(msg, k.FieldDown) || msg.String() == "ctrl+n":
		p.list.Move(1)
		return nil
	case key.Matches(msg, k.PageUp):
		p.list.Move(-p.list.H)
		return nil
	case key.Matches(msg, k.PageDown):
		p.list.Move(p.list.H)
		return nil
	case key.Matches(msg, k.Open):
		if len(p.shown) == 0 {
			return nil
		}
		id := p.items[p.shown[p.list.Cursor]].id
		m.endInput()
		return p.chosen(id)
	}
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	m.typed()
	return cmd
}

// pickerLines renders the picker's visible rows in h lines of width w.
func (m *Model) pickerLines(w, h int) []string {
	c, s, p := m.c, m.c.Styles, m.pick
	if len(p.shown) == 0 {
		return []string{s.Dim.Render(c.Fit(m.c.P.T(i18n.KeyVenuesPickEmpty), w))}
	}
	p.list.Fit(h)
	var lines []string
	from, to := p.list.Visible()
	for i := from; i < to; i++ {
		it := p.items[p.shown[i]]
		if i == p.list.Cursor {
			lines = append(lines, s.RowSelected.Render(c.Fit("›"+it.label, w)))
		} else {
			lines = append(lines, c.Fit(" "+it.label, w))
		}
	}
	if more := c.More(&p.list, w); more != "" {
		lines = append(lines, more)
	}
	return lines
}
