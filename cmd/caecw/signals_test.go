package main

import (
	"os"
	"slices"
	"testing"
)

// Ctrl+C stops a hub on every system (each system's list is vetted with
// GOOS=windows and GOOS=darwin in CI).
func TestStopSignalsIncludeInterrupt(t *testing.T) {
	if !slices.Contains(stopSignals, os.Interrupt) {
		t.Errorf("stopSignals = %v: no os.Interrupt", stopSignals)
	}
}
