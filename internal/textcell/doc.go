// Package textcell measures, truncates, pads and wraps text in terminal
// cells, for table columns and for the screen's wrapped paragraphs.
//
// Terminals that don't implement Unicode core mode (tmux, xterm, VTE) advance
// the cursor once per code point, by wcwidth, while lipgloss v2 measures
// grapheme clusters. For Khmer and Burmese names the two disagree by 1-3 cells
// (see FINDINGS.md), so a table padded by lipgloss misaligns. This package pads
// by the method the renderer actually uses: [Wc] by default, [Grapheme] once
// the terminal reports mode 2027.
package textcell
