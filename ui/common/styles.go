package common

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// Styles is the one theme of the screen, built once per background
// (light or dark) so that View never builds styles. Every meaning that
// colour carries is also carried without it (reverse video for the
// selection, brackets for the active tab, words for statuses), so the
// screen reads the same under NO_COLOR.
type Styles struct {
	Dark bool

	HeaderTitle  lipgloss.Style
	HeaderDim    lipgloss.Style
	Demo         lipgloss.Style
	Saved        lipgloss.Style
	ErrorLine    lipgloss.Style
	StatusLine   lipgloss.Style
	TabActive    lipgloss.Style
	TabInactive  lipgloss.Style
	TableHeader  lipgloss.Style
	Row          lipgloss.Style
	RowSelected  lipgloss.Style
	RowNow       lipgloss.Style
	Dim          lipgloss.Style
	Bold         lipgloss.Style
	Warning      lipgloss.Style
	Danger       lipgloss.Style
	OK           lipgloss.Style
	PaneTitle    lipgloss.Style
	Confirm      lipgloss.Style
	ConfirmWarn  lipgloss.Style
	ConfirmError lipgloss.Style
	Input        lipgloss.Style
	BarFull      lipgloss.Style
	BarEmpty     lipgloss.Style

	// Status colours by live phase.
	PhaseNow         lipgloss.Style
	PhaseNext        lipgloss.Style
	PhaseDone        lipgloss.Style
	PhaseDelayed     lipgloss.Style
	PhaseCancelled   lipgloss.Style
	PhaseOverrunning lipgloss.Style
}

// NewStyles builds the theme for a dark or light background.
func NewStyles(dark bool) *Styles {
	ld := lipgloss.LightDark(dark)
	c := func(light, dk string) color.Color { return ld(lipgloss.Color(light), lipgloss.Color(dk)) }
	accent := c("#1F4E9E", "#7AA7FF")
	dim := c("#6B6B6B", "#8A8A8A")
	warn := c("#9A5B00", "#FFB454")
	danger := c("#B00020", "#FF6B6B")
	ok := c("#1B7F3B", "#6BD88A")
	s := &Styles{Dark: dark}
	s.HeaderTitle = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.HeaderDim = lipgloss.NewStyle().Foreground(dim)
	s.Demo = lipgloss.NewStyle().Bold(true).Reverse(true)
	s.Saved = lipgloss.NewStyle().Foreground(ok)
	s.ErrorLine = lipgloss.NewStyle().Bold(true).Reverse(true).Foreground(danger)
	s.StatusLine = lipgloss.NewStyle().Foreground(dim)
	s.TabActive = lipgloss.NewStyle().Bold(true).Underline(true).Foreground(accent)
	s.TabInactive = lipgloss.NewStyle().Foreground(dim)
	s.TableHeader = lipgloss.NewStyle().Bold(true).Underline(true)
	s.Row = lipgloss.NewStyle()
	s.RowSelected = lipgloss.NewStyle().Reverse(true)
	s.RowNow = lipgloss.NewStyle().Bold(true)
	s.Dim = lipgloss.NewStyle().Foreground(dim)
	s.Bold = lipgloss.NewStyle().Bold(true)
	s.Warning = lipgloss.NewStyle().Foreground(warn).Bold(true)
	s.Danger = lipgloss.NewStyle().Foreground(danger).Bold(true)
	s.OK = lipgloss.NewStyle().Foreground(ok)
	s.PaneTitle = lipgloss.NewStyle().Bold(true).Foreground(accent)
	s.Confirm = lipgloss.NewStyle().Border(lipgloss.ThickBorder()).BorderForeground(ok).Padding(0, 2).Bold(true)
	s.ConfirmWarn = lipgloss.NewStyle().Border(lipgloss.DoubleBorder()).BorderForeground(warn).Padding(0, 2).Bold(true)
	s.ConfirmError = lipgloss.NewStyle().Border(lipgloss.DoubleBorder()).BorderForeground(danger).Padding(0, 2).Bold(true)
	s.Input = lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1)
	s.BarFull = lipgloss.NewStyle().Foreground(ok)
	s.BarEmpty = lipgloss.NewStyle().Foreground(dim)
	s.PhaseNow = lipgloss.NewStyle().Bold(true).Foreground(ok)
	s.PhaseNext = lipgloss.NewStyle().Foreground(accent)
	s.PhaseDone = lipgloss.NewStyle().Foreground(dim)
	s.PhaseDelayed = lipgloss.NewStyle().Foreground(warn)
	s.PhaseCancelled = lipgloss.NewStyle().Foreground(danger).Strikethrough(true)
	s.PhaseOverrunning = lipgloss.NewStyle().Foreground(danger).Bold(true)
	return s
}
